"""The voicemail part of the call panel: the script, its spoken length and the pace."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.cliches import (
    VOICEMAIL_MAX_SECONDS,
    VOICEMAIL_MIN_SECONDS,
    find_cliches,
    spoken_seconds,
    voicemail_verdict,
)
from desktop_app.domain.i18n import tr
from desktop_app.views.common.colours import Box, Tone, box_colours, set_tone, text_colour

WARN_STYLE = Box.WARNING
OK_STYLE = Tone.OK


def cliche_warning(text: str) -> str:
    """The warning shown under a reason or a script, or "" when it has no cliché opener."""
    hits = find_cliches(text)
    if not hits:
        return ""
    phrases = ", ".join(f"“{h.text}”" for h in hits)
    return tr("⚠ Cliché opener: {phrases}. Give them a reason instead: a date that matters, "
              "a new offer, an answer to the problem they named.").format(phrases=phrases)


def warning_label(parent: QWidget, name: str) -> QLabel:
    """A hidden boxed warning line (cliché openers)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setObjectName(name)
    label.setWordWrap(True)
    set_tone(label, WARN_STYLE, "padding: 4px;")
    label.hide()
    return label


class VoicemailMeter(QWidget):
    """A bar from 0 to 60 s with the 20–40 s target band, filled to the script's length."""

    SCALE_SECONDS = 60.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("voicemailMeter")
        self.setAccessibleName(tr("Spoken length of the voicemail"))
        self.seconds = 0.0
        self.setMinimumHeight(18)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(240, 18)

    def set_seconds(self, seconds: float) -> None:
        self.seconds = seconds
        self.setToolTip(tr("{seconds} s spoken; aim for {low}–{high} s").format(
            seconds=f"{seconds:.0f}", low=VOICEMAIL_MIN_SECONDS, high=VOICEMAIL_MAX_SECONDS))
        self.setAccessibleDescription(self.toolTip())
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        width = rect.width()

        def x(seconds: float) -> float:
            return rect.left() + width * min(seconds, self.SCALE_SECONDS) / self.SCALE_SECONDS

        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 3, 3)
        band = QRectF(x(VOICEMAIL_MIN_SECONDS), rect.top(),
                      x(VOICEMAIL_MAX_SECONDS) - x(VOICEMAIL_MIN_SECONDS), rect.height())
        painter.setBrush(box_colours(Box.DONE)[0])
        painter.drawRect(band)
        ok = voicemail_verdict(self.seconds) == "ok"
        painter.setBrush(text_colour(Tone.OK if ok else Tone.WARNING))
        fill = QRectF(rect.left(), rect.top() + rect.height() * 0.3,
                      x(self.seconds) - rect.left(), rect.height() * 0.4)
        painter.drawRoundedRect(fill, 2, 2)
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, 3, 3)
        painter.end()


class VoicemailBox(QGroupBox):
    """The script to read to their machine, a meter of its spoken length against the
    20–40 s target, the rep's pace, and a warning on cliché openers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Voice&mail script"), parent)
        layout = QVBoxLayout(self)
        self.script_edit = QPlainTextEdit(self)
        self.script_edit.setObjectName("voicemailScript")
        self.script_edit.setAccessibleName(tr("Voicemail script"))
        self.script_edit.setTabChangesFocus(True)
        self.meter = VoicemailMeter(self)
        self.meter_label = QLabel(self)
        self.meter_label.setTextFormat(Qt.TextFormat.PlainText)
        self.meter_label.setObjectName("voicemailLength")
        self.meter_label.setWordWrap(True)
        wpm_row = QHBoxLayout()
        spoken_at = QLabel(tr("Spoken at"), self)
        wpm_row.addWidget(spoken_at)
        self.wpm_spin = QSpinBox(self)
        self.wpm_spin.setObjectName("wordsPerMinute")
        self.wpm_spin.setRange(80, 250)
        self.wpm_spin.setSingleStep(10)
        self.wpm_spin.setSuffix(tr(" words a minute"))
        self.wpm_spin.setAccessibleName(tr("Spoken at (words a minute)"))
        spoken_at.setBuddy(self.wpm_spin)
        wpm_row.addWidget(self.wpm_spin)
        wpm_row.addStretch(1)
        self.script_warning = warning_label(self, "scriptWarning")
        layout.addWidget(self.script_edit, 1)
        layout.addWidget(self.meter)
        layout.addWidget(self.meter_label)
        layout.addLayout(wpm_row)
        layout.addWidget(self.script_warning)

    def update_meter(self) -> str:
        """Measure the script at the rep's pace and say so; returns the verdict
        ("ok", "short" or "long")."""
        text = self.script_edit.toPlainText()
        wpm = self.wpm_spin.value()
        seconds = spoken_seconds(text, wpm)
        self.meter.set_seconds(seconds)
        verdict = voicemail_verdict(seconds)
        words = {"seconds": f"{seconds:.0f}", "wpm": wpm, "low": VOICEMAIL_MIN_SECONDS,
                 "high": VOICEMAIL_MAX_SECONDS}
        style: Tone | Box
        if verdict == "ok":
            message = tr("{seconds} s at {wpm} words a minute: within {low}–{high} s.")
            style = OK_STYLE
        elif verdict == "short":
            message = tr("⚠ {seconds} s at {wpm} words a minute: too short, aim for "
                         "{low}–{high} s. Say why it matters to them now.")
            style = WARN_STYLE
        else:
            message = tr("⚠ {seconds} s at {wpm} words a minute: too long, aim for "
                         "{low}–{high} s. Cut to the reason and your number.")
            style = WARN_STYLE
        message = message.format(**words)
        self.meter_label.setText(message)
        set_tone(self.meter_label, style, "padding: 4px;" if style is WARN_STYLE else "")
        warning = cliche_warning(text)
        self.script_warning.setText(warning)
        self.script_warning.setVisible(bool(warning))
        return verdict
