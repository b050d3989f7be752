"""A refusal in the rep's words, beside the field it concerns: the one way every screen shows it.

A service refuses bad input with a ``ValidationError`` (a ``ValueError``) whose message is
written for the rep and whose ``field`` names what it is about. ``FieldError`` is the label
that shows such a message under or beside that field:

- in the error colour of ``colours.py`` (following the light or dark scheme);
- as plain text, never as HTML: a name with ``<`` or ``&`` in it reads as typed;
- to screen readers too: while shown, the message is the field's accessible description,
  and an alert is raised so it is read out without moving the focus;
- gone as soon as the rep edits the field again (the next save checks afresh).

``FieldErrors`` keeps a form's labels by field name, so a refusal finds its place from the
error's ``field``, and the rest land on a catch-all label.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import cast

from PySide6.QtCore import QSize, Qt, SignalInstance
from PySide6.QtGui import QAccessible, QAccessibleEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from desktop_app.services import ValidationError
from desktop_app.views.common.colours import Box, Tone, set_tone


def edit_signal(field: QWidget) -> SignalInstance | None:
    """The signal a field sends when the rep changes it (None: pass ``cleared_by``)."""
    if isinstance(field, QLineEdit):
        return field.textEdited  # the rep's typing only, not the form filling itself in
    if isinstance(field, QComboBox):
        return field.currentTextChanged if field.isEditable() else field.activated
    if isinstance(field, QPlainTextEdit | QTextEdit):
        return field.textChanged
    if isinstance(field, QDateTimeEdit):
        return field.dateTimeChanged
    if isinstance(field, QSpinBox | QDoubleSpinBox):
        return field.valueChanged
    if isinstance(field, QAbstractButton):
        return field.clicked
    return None


def _repolish(widget: QWidget, invalid: bool) -> None:
    value = "true" if invalid else "false"
    if widget.property("invalid") != value:
        widget.setProperty("invalid", value)  # for style sheets: QLineEdit[invalid="true"]
        widget.style().unpolish(widget)
        widget.style().polish(widget)


class FieldError(QLabel):
    """The rep-worded refusal beside one field (or a whole form, without a field).

    Hidden until ``refuse``; ``withdraw`` hides it again, and so does the rep editing the
    field. A status line that also says good news (``Saved.``) uses ``say`` with a tone.
    """

    def __init__(self, parent: QWidget | None = None, *, field: QWidget | None = None,
                 name: str = "", cleared_by: SignalInstance | None = None) -> None:
        super().__init__(parent)
        if name:
            self.setObjectName(name)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._tone: Tone | Box | None = None
        self._field: QWidget | None = None
        self._description = ""
        self._hint_height = 0
        self._style(Tone.ERROR)
        self.hide()
        if field is not None:
            self.watch(field, cleared_by)

    def sizeHint(self) -> QSize:
        # A wrapped QLabel guesses a narrow, tall shape; forms that ask for the hint (not the
        # height for the width they give) then leave blank lines around one line of words.
        hint = super().sizeHint()
        if self._hint_height:
            hint.setHeight(self._hint_height)
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        height = self.heightForWidth(self.width())
        if height > 0 and height != self._hint_height:
            self._hint_height = height
            self.updateGeometry()

    def _guess_height(self) -> None:
        """Before the label has a width of its own, take its field's (or its parent's): a
        first layout from QLabel's own guess would grow the window for lines never used."""
        if self.isVisible() and self.width() > 1:
            width = self.width()
        elif self._field is not None and self._field.width() > 1:
            width = self._field.width()
        else:
            parent = self.parentWidget()
            width = parent.contentsRect().width() if parent is not None else 0
        height = self.heightForWidth(width) if width > 1 else 0
        if height > 0 and height != self._hint_height:
            self._hint_height = height
            self.updateGeometry()

    def _style(self, tone: Tone | Box | None) -> None:
        if tone != self._tone:
            self._tone = tone
            set_tone(self, tone)

    @property
    def field(self) -> QWidget | None:
        return self._field

    def watch(self, field: QWidget, cleared_by: SignalInstance | None = None) -> None:
        """Tie the label to ``field``: it describes the field to screen readers while shown
        and goes away when the rep edits it (``cleared_by``, else the field's own signal)."""
        self._field = field
        self._description = field.accessibleDescription()
        signal = cleared_by if cleared_by is not None else edit_signal(field)
        if signal is not None:
            signal.connect(self._edited)

    def refuse(self, message: str) -> None:
        """Show ``message`` (a service's words, shown as typed) in the error colour."""
        self.say(message, Tone.ERROR)

    def say(self, message: str, tone: Tone | Box | None = Tone.ERROR) -> None:
        """Show ``message`` in ``tone`` (None: the window's plain text colour)."""
        self._style(tone)
        self.setText(message)
        self._guess_height()
        self.setVisible(bool(message))
        if self._field is not None:
            refused = tone is Tone.ERROR and bool(message)
            self._field.setAccessibleDescription(message if message else self._description)
            _repolish(self._field, refused)
        if message:
            self._make_room()
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))

    def _make_room(self) -> None:
        """Grow the window when the message needs it, so nothing else gets squeezed or cut."""
        window = self.window()
        layout = window.layout()
        if window is self or layout is None or not window.isVisible():
            return
        layout.activate()
        width = window.width()
        needed = max(layout.totalMinimumSize().height(),
                     layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else 0)
        screen = window.screen().availableGeometry().height()
        if window.height() < needed and not window.isMaximized():
            window.resize(width, min(needed, screen))

    def withdraw(self) -> None:
        """Hide the message; the field reads as it did before."""
        self.hide()
        self.setText("")
        if self._field is not None:
            self._field.setAccessibleDescription(self._description)
            _repolish(self._field, False)

    def is_shown(self) -> bool:
        return bool(self.text()) and not self.isHidden()

    def _edited(self, *_args: object) -> None:
        if self.is_shown():
            self.withdraw()


class FieldErrors:
    """A form's ``FieldError`` labels by field name; a refusal naming no known field goes to
    the ``fallback`` label."""

    def __init__(self, fallback: str | None = None) -> None:
        self._labels: dict[str, FieldError] = {}
        self.fallback = fallback

    def add(self, key: str, parent: QWidget, field: QWidget | None = None, *,
            cleared_by: SignalInstance | None = None) -> FieldError:
        """A new label for ``key`` (object name ``error_<key>``, for tests and styling)."""
        label = FieldError(parent, field=field, name=f"error_{key}", cleared_by=cleared_by)
        self._labels[key] = label
        return label

    def put(self, key: str, label: FieldError) -> FieldError:
        self._labels[key] = label
        return label

    def __getitem__(self, key: str) -> FieldError:
        return self._labels[key]

    def __contains__(self, key: object) -> bool:
        return key in self._labels

    def __iter__(self) -> Iterator[str]:
        return iter(self._labels)

    def get(self, key: str | None) -> FieldError | None:
        return self._labels.get(key or "")

    def place(self, key: str | None) -> FieldError | None:
        """The label for ``key``, else the fallback's."""
        label = self.get(key)
        return label if label is not None else self.get(self.fallback)

    def refuse(self, key: str | None, message: str) -> FieldError | None:
        """Show ``message`` beside ``key``'s field (or on the fallback); the label used."""
        label = self.place(key)
        if label is not None:
            label.refuse(message)
        return label

    def refuse_error(self, error: ValueError, *, focus: bool = False) -> FieldError | None:
        """Show a service's refusal where its ``field`` says; ``focus``: put the cursor in
        that field (after Save, not while the rep is typing elsewhere)."""
        field = error.field if isinstance(error, ValidationError) else None
        label = self.refuse(field, str(error))
        if focus and label is not None and label.field is not None:
            label.field.setFocus()
        return label

    def withdraw(self) -> None:
        for label in self._labels.values():
            label.withdraw()

    def shown(self) -> dict[str, str]:
        """What is refused now, by field: for tests and for moving the focus."""
        return {key: label.text() for key, label in self._labels.items() if label.is_shown()}


def error_row(form: QFormLayout, row: QWidget | QLayout, label: FieldError) -> None:
    """Put ``label`` in ``form``'s field column, on the line under ``row`` (a field, or a
    layout holding fields) and under any refusals already there. Hidden, it takes no room."""
    if isinstance(row, QWidget):
        # PySide6's stub says ``object``; Qt returns (row, role) as for a layout
        index, _role = cast("tuple[int, QFormLayout.ItemRole]", form.getWidgetPosition(row))
    else:
        index, _role = form.getLayoutPosition(row)
    if index < 0:
        raise ValueError("the row is not in that form")
    index += 1
    while index < form.rowCount():
        item = form.itemAt(index, QFormLayout.ItemRole.FieldRole)
        if item is None or not isinstance(item.widget(), FieldError):
            break
        index += 1
    form.insertRow(index, "", label)


__all__ = ["FieldError", "FieldErrors", "edit_signal", "error_row"]
