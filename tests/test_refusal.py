"""A service's refusal is shown one way everywhere: beside its field, in the error colour,
as plain text, read by screen readers, and gone when the rep edits the field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services import ValidationError
from desktop_app.views.common import colours
from desktop_app.views.common.colours import Tone
from desktop_app.views.common.refusal import FieldError, FieldErrors
from tests.desktop_helpers import dark_palette, light_palette

pytestmark = pytest.mark.gui


@pytest.fixture
def form(qtbot):
    widget = QWidget()
    widget.setLayout(QVBoxLayout())
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _add(form: QWidget, field: QWidget) -> QWidget:
    layout = form.layout()
    assert layout is not None
    layout.addWidget(field)
    return field


def test_a_refusal_reads_as_typed_never_as_html(form):
    email = _add(form, QLineEdit(form))
    label = FieldError(form, field=email)
    _add(form, label)
    assert label.isHidden()
    label.refuse("<b>Smith & Co</b> is not an email address")
    assert label.isVisible()
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == "<b>Smith & Co</b> is not an email address"
    assert label.wordWrap()


def test_the_refusal_follows_the_error_colour_of_the_scheme(form):
    before = QApplication.palette()
    try:
        QApplication.setPalette(light_palette())
        label = FieldError(form)
        label.refuse("Pick a time zone from the list.")
        assert colours._TEXT["light"][Tone.ERROR] in label.styleSheet()
        QApplication.setPalette(dark_palette())
        assert colours._TEXT["dark"][Tone.ERROR] in label.styleSheet()
    finally:
        QApplication.setPalette(before)


def test_screen_readers_hear_the_refusal_as_the_fields_description(form):
    email = _add(form, QLineEdit(form))
    email.setAccessibleDescription("Their work address")
    label = FieldError(form, field=email)
    label.refuse("That email address has no @.")
    assert email.accessibleDescription() == "That email address has no @."
    assert email.property("invalid") == "true"
    label.withdraw()
    assert email.accessibleDescription() == "Their work address"
    assert email.property("invalid") == "false"
    assert label.isHidden()


def test_typing_in_the_field_clears_its_refusal_but_filling_it_in_does_not(form, qtbot):
    email = _add(form, QLineEdit(form))
    label = FieldError(form, field=email)
    label.refuse("That email address has no @.")
    email.setText("maria@example.com")  # the form reloading, not the rep
    assert label.is_shown()
    qtbot.keyClicks(email, "x")
    assert not label.is_shown() and label.isHidden()
    assert email.accessibleDescription() == ""


@pytest.mark.parametrize("make, edit", [
    (lambda p: QPlainTextEdit(p), lambda w, bot: bot.keyClicks(w, "more")),
    (lambda p: QSpinBox(p), lambda w, bot: w.setValue(5)),
    (lambda p: QDateTimeEdit(p), lambda w, bot: w.setDateTime(QDateTime(2027, 1, 4, 10, 0, 0))),
    (lambda p: QCheckBox("I understand", p), lambda w, bot: bot.mouseClick(
        w, Qt.MouseButton.LeftButton)),
], ids=["plain text", "spin box", "date and time", "check box"])
def test_every_kind_of_field_clears_its_refusal_when_changed(form, qtbot, make, edit):
    field = _add(form, make(form))
    label = FieldError(form, field=field)
    label.refuse("Not like that.")
    edit(field, qtbot)
    assert not label.is_shown()


def test_a_combo_clears_on_the_reps_choice(form, qtbot):
    combo = _add(form, QComboBox(form))
    combo.addItems(["STARTTLS", "TLS", "None"])
    label = FieldError(form, field=combo)
    label.refuse("Confirm the warning to send unencrypted.")
    combo.setCurrentIndex(1)  # the dialog itself: stays
    assert label.is_shown()
    combo.activated.emit(2)  # what a pick from the list sends
    assert not label.is_shown()


def test_a_widget_of_our_own_names_the_signal_that_clears(form):
    from desktop_app.views.common.zone_list import TimeZonePicker
    from tests.conftest import START

    picker = _add(form, TimeZonePicker(lambda: START, form))
    label = FieldError(form, field=picker, cleared_by=picker.zoneChanged)
    label.refuse("Pick the prospect's time zone from the list.")
    picker.set_zone("Europe/Berlin")
    picker.zoneChanged.emit("Europe/Berlin")
    assert not label.is_shown()


def test_a_status_line_says_good_news_in_its_own_tone(form):
    status = FieldError(form, name="Status")
    status.say("Saved.", Tone.OK)
    assert status.is_shown() and colours.text_css(Tone.OK) in status.styleSheet()
    status.refuse("The port must be a number.")
    assert colours.text_css(Tone.ERROR) in status.styleSheet()
    status.say("Sending a test message…", None)
    assert "color" not in status.styleSheet()
    status.say("", Tone.OK)
    assert status.isHidden()


def test_a_form_routes_each_refusal_to_the_field_it_names(form):
    first, email = _add(form, QLineEdit(form)), _add(form, QLineEdit(form))
    errors = FieldErrors(fallback="form")
    for key, field in (("first_name", first), ("email", email)):
        _add(form, errors.add(key, form, field))
    _add(form, errors.add("form", form))
    assert errors["email"].objectName() == "error_email"

    errors.refuse_error(ValidationError("That email address has no @.", field="email"))
    errors.refuse_error(ValidationError("A prospect needs a name.", field="nickname"))
    errors.refuse_error(ValueError("Something else."))
    assert errors.shown() == {"email": "That email address has no @.",
                              "form": "Something else."}
    assert email.accessibleDescription() == "That email address has no @."
    errors.withdraw()
    assert errors.shown() == {} and email.accessibleDescription() == ""



def test_a_refusal_in_a_form_takes_the_room_its_lines_need_and_no_more(qtbot):
    from PySide6.QtWidgets import QDialog, QFormLayout, QPlainTextEdit

    from desktop_app.views.common.refusal import error_row

    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = QFormLayout(dialog)
    host = QLineEdit(dialog)
    form.addRow("Server:", host)
    notes = QPlainTextEdit(dialog)
    notes.setMinimumHeight(120)
    form.addRow("Notes:", notes)
    label = FieldError(dialog, field=host)
    error_row(form, host, label)
    assert form.getWidgetPosition(label)[0] == 1  # the line under the server
    dialog.resize(520, dialog.sizeHint().height())
    dialog.show()
    before = dialog.height()
    label.refuse("Give the SMTP server's host name, e.g. smtp.example.com.")
    qtbot.waitUntil(lambda: label.height() == label.heightForWidth(label.width()))
    assert label.height() < 2 * label.fontMetrics().lineSpacing()  # one line: no blank ones
    assert dialog.height() > before  # the window grew instead of squeezing the notes
    assert notes.height() >= 120

# -- the screens that use it -------------------------------------------------------------------


def test_a_refused_template_says_why_under_the_subject_and_keeps_the_text(
        qtbot, ctx, thank_you, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.views.mail.template_editor import TemplateEditorDialog

    monkeypatch.setattr(QMessageBox, "warning", lambda *_a, **_k: pytest.fail("a modal box"))
    dialog = TemplateEditorDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.select_template("thank_you")
    dialog.subject_edit.clear()
    dialog.body_edit.setPlainText("Hi {{first_name}} <b>&</b>")
    assert not dialog.save_current()
    assert dialog.errors.shown() == {"subject": "A template needs a subject."}
    assert dialog.errors["subject"].isVisible()
    assert dialog.body_edit.toPlainText() == "Hi {{first_name}} <b>&</b>"  # nothing lost
    qtbot.keyClicks(dialog.subject_edit, "Thank you, {{first_name}}")
    assert dialog.errors.shown() == {}
    assert dialog.save_current()


def test_the_incoming_server_refusal_sits_under_the_host_and_takes_the_focus(qtbot, ctx):
    from keyring.backends import fail

    from desktop_app.platform.secrets import SecretStore
    from desktop_app.views.mail.incoming_settings import IncomingMailBox

    box = IncomingMailBox(ctx, SecretStore(fail.Keyring()))
    qtbot.addWidget(box)
    box.show()
    box.watch_check.setChecked(True)
    box.host_edit.setText("not a host")
    box.user_edit.setText("rep@example.com")
    assert not box.save()
    assert list(box.errors.shown()) == ["imap_host"]
    assert box.errors["imap_host"].isVisible() and box.status.isHidden()
    assert box.focusWidget() is box.host_edit
    assert "host name" in box.host_edit.accessibleDescription()


def test_the_pop_up_hours_refusal_goes_when_either_end_changes(qtbot, ctx):
    from PySide6.QtCore import QTime

    from desktop_app.views.tray.popup_settings_dialog import PopupSettingsDialog

    dialog = PopupSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.hold_check.setChecked(True)
    dialog.start_edit.setTime(QTime(9, 0))
    dialog.end_edit.setTime(QTime(8, 0))
    dialog.save()
    assert "end after it starts" in dialog.hours_error.text()
    assert "end after it starts" in dialog.end_edit.accessibleDescription()
    dialog.start_edit.setTime(QTime(7, 0))
    assert dialog.hours_error.isHidden() and dialog.end_edit.accessibleDescription() == ""



def test_after_save_the_cursor_goes_to_the_refused_field(form):
    email = _add(form, QLineEdit(form))
    other = _add(form, QLineEdit(form))
    errors = FieldErrors()
    _add(form, errors.add("email", form, email))
    for field in (email, other):  # the form was shown before they were added
        field.show()
    other.setFocus()
    errors.refuse_error(ValidationError("That email address has no @.", field="email"))
    assert form.focusWidget() is other  # while typing elsewhere, the cursor stays put
    errors.refuse_error(ValidationError("That email address has no @.", field="email"),
                        focus=True)
    assert form.focusWidget() is email


def test_no_screen_hand_makes_an_error_label_again():
    """Refusals go through FieldError; only live checks of what is being typed (a cliché, an
    unknown merge field, the unencrypted-connection warning) colour a label themselves.
    (profile/ and calls/ are being split and adopt FieldError there.)"""
    import re
    from pathlib import Path

    live_checks = {("compose_dialog.py", "self.warning"),
                   ("email_settings_dialog.py", "self.plain_warning"),
                   ("template_editor.py", "self.issues")}
    views = Path(__file__).resolve().parents[1] / "desktop_app" / "views"
    offenders = []
    for path in sorted(views.rglob("*.py")):
        if path.parent.name in ("profile", "calls") or path.name == "colours.py":
            continue
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r"set_tone\(([\w.]+), [^)\n]*ERROR", text):
            if (path.name, match.group(1)) not in live_checks:
                offenders.append(f"{path.name}: {match.group(0)}")
    assert offenders == [], "use views/common/refusal.py's FieldError"
