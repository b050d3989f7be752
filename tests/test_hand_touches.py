"""The touches done by hand: notes to write today (addresses, the suggested note, posting
them together), dialling through the system's tel: handler, and the LinkedIn step."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication

from desktop_app.domain.contact import LINKEDIN_SEARCH, linkedin_target, tel_uri
from desktop_app.domain.model import CallOutcome, SlotQuality, StallKind
from desktop_app.services import ValidationError
from desktop_app.services.calls import log_call_outcome
from desktop_app.services.email import RepIdentity, load_identity, save_identity
from desktop_app.services.notes import (
    mark_notes_posted,
    notes_to_write,
    print_choices,
    save_postal_address,
    save_print_choices,
)
from desktop_app.services.prospects import create_prospect
from desktop_app.services.stalls import StallRequest, log_stall
from desktop_app.services.touches import start_call

NO_HANDLER = "This plugin does not support QPlatformServices::openUrl"


class UrlCatcher(QObject):
    """A real handler registered with QDesktopServices.setUrlHandler: the path Qt takes for
    a scheme some app on the desktop has claimed."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.urls.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))


@pytest.fixture
def catch():
    catchers = {}

    def register(scheme: str) -> UrlCatcher:
        catcher = catchers[scheme] = UrlCatcher()
        QDesktopServices.setUrlHandler(scheme, catcher, "handle")
        return catcher

    yield register
    for scheme in catchers:
        QDesktopServices.unsetUrlHandler(scheme)


def step(ctx, prospect_id, key):
    return ctx.store.db.execute(
        "SELECT id FROM touches WHERE prospect_id = ? AND step_key = ?",
        [prospect_id, key]).fetchone()[0]


def status(ctx, touch_id):
    return ctx.store.get_touch(touch_id).status


@pytest.fixture
def rep(ctx):
    return save_identity(ctx, RepIdentity(name="Sam Rivers", company="Northwind Service",
                                          email="sam@northwind.example",
                                          address="Sam Rivers\n1 Quay Street\nBristol BS1 4DJ"))


@pytest.fixture
def month(ctx, prospect_id):
    """Maria (London) said "call me next month" at 09:00; the slot is Tue 22 Dec 10:00."""
    log_stall(ctx, StallRequest(prospect_id, StallKind.NEXT_MONTH, "Call me next month",
                                datetime(2026, 12, 22, 10, 0), SlotQuality.BOOKED))
    return prospect_id


@pytest.fixture
def second(ctx):
    pid = create_prospect(ctx, {"first_name": "Dana", "last_name": "Whitfield",
                                "company": "Hudson Dental Group", "timezone": "America/New_York",
                                "phone": "(212) 555-0199",
                                "address": "88 Pine St\nNew York, NY 10005"})
    log_stall(ctx, StallRequest(pid, StallKind.NEXT_MONTH, "Next month",
                                datetime(2026, 12, 17, 10, 30), SlotQuality.BOOKED))
    return pid


# -- domain ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("typed", "zone", "uri"), [
    ("+44 20 7946 0321", "Europe/London", "tel:+442079460321"),
    ("020 7946 0321", "Europe/London", "tel:+442079460321"),
    ("(212) 555-0199", "America/New_York", "tel:+12125550199"),
    ("+1 212 555 0199 ext. 12", "UTC", "tel:+12125550199;ext=12"),
    ("089 1234567", "Europe/Berlin", "tel:+49891234567"),
    ("call me", "Europe/London", None),
    ("", "Europe/London", None),
    ("+44 20 7946 0321\nBcc: x", "Europe/London", None),
    # a zone's older name, as typed or imported, is still its country
    ("(212) 555-0199", "US/Eastern", "tel:+12125550199"),
    ("98765 43210", "Asia/Calcutta", "tel:+919876543210"),
    ("044 123 45 67", "Europe/Kiev", "tel:+380441234567"),
    # a number without its area code only works locally: +1 5550199 does not exist
    ("555-0199", "America/New_York", None),
    ("1-800-FLOWERS", "America/Chicago", "tel:+18003569377"),
    ("+1-418-656-9254;ext=102", "America/Toronto", "tel:+14186569254;ext=102"),
])
def test_numbers_become_e164_tel_links_or_nothing(typed, zone, uri):
    assert tel_uri(typed, zone) == uri


def test_an_older_zone_name_keeps_its_country_for_holidays_too():
    """US/Eastern or Asia/Calcutta, kept as typed or imported, is the US or India: a plan
    skips its holidays as it would for America/New_York."""
    from datetime import date

    from desktop_app.domain import workdays

    assert workdays.country_for_zone("US/Eastern") == "US"
    assert workdays.country_for_zone("Asia/Calcutta") == "IN"
    assert not workdays.is_working_day(date(2026, 12, 25),
                                       workdays.country_for_zone("US/Eastern"))
    assert workdays.country_for_zone("Etc/GMT+5") == ""


def test_linkedin_opens_their_page_or_searches_for_name_and_company():
    assert linkedin_target("linkedin.com/in/maria-okafor", "Maria Okafor", "Harbourview") == (
        "https://linkedin.com/in/maria-okafor", True)
    assert linkedin_target("https://uk.linkedin.com/in/m", "M", "") == (
        "https://uk.linkedin.com/in/m", True)
    for hostile in ("javascript:alert(1)", "https://linkedin.com.evil.example/in/x",
                    "https://evil.example/?linkedin.com", "https://www.linkedin.com/", "",
                    # a browser reads these as evil.example, or with a user name and port
                    "https://evil.example\\@linkedin.com/in/x",
                    "https://evil.example\\@www.linkedin.com/in/x",
                    "https://user:pw@www.linkedin.com/in/x",
                    "https://www.linkedin.com:8443/in/x",
                    "https://www.linkedin.com/in/x\nhttps://evil.example"):
        url, own = linkedin_target(hostile, "José Müller", "A&B Ltd")
        assert not own
        assert url == LINKEDIN_SEARCH + "Jos%C3%A9%20M%C3%BCller%20A%26B%20Ltd"


# -- notes to write -------------------------------------------------------------------------

def test_todays_notes_carry_the_address_gap_and_a_note_with_the_agreed_date(
        ctx, clock, month, second, rep):
    notes = notes_to_write(ctx)
    assert [n.name for n in notes] == ["Maria Okafor", "Dana Whitfield"]
    maria, dana = notes
    assert not maria.has_address and dana.has_address
    assert dana.recipient == ["Dana Whitfield", "Hudson Dental Group", "88 Pine St",
                              "New York, NY 10005"]
    assert maria.note.startswith("Dear Maria,")
    assert "Thank you for your time today" in maria.note
    assert "I will call you on Tuesday 22 December at 10:00" in maria.note
    assert "Thursday 17 December at 10:30" in dana.note  # their wall time, not the rep's
    assert maria.note.rstrip().endswith("Sam Rivers") and maria.note_problems == ()
    # tomorrow's queue only holds what is still open: today's notes stay until posted
    clock.advance(days=1)
    assert [n.overdue for n in notes_to_write(ctx)] == [True, True]


def test_a_note_without_the_reps_name_says_so_instead_of_a_blank(ctx, month):
    note = notes_to_write(ctx)[0]
    assert "[rep name: empty for this prospect]" in note.note
    assert any("rep_name" in p for p in note.note_problems)


def test_the_missing_address_is_filled_through_the_profile(ctx, month, rep):
    with pytest.raises(ValidationError) as exc:
        save_postal_address(ctx, month, "   \n ")
    assert exc.value.field == "address"
    before = ctx.store.get_prospect(month)
    save_postal_address(ctx, month, "  12 Harbour Road\r\nPortsmouth\nPO1 3AA  ")
    after = ctx.store.get_prospect(month)
    assert after.address == "12 Harbour Road\nPortsmouth\nPO1 3AA"
    assert {k: getattr(after, k) for k in ("phone", "email", "first_name", "timezone")} == {
        k: getattr(before, k) for k in ("phone", "email", "first_name", "timezone")}
    assert notes_to_write(ctx)[0].recipient[-1] == "PO1 3AA"


def test_posting_completes_the_notes_together_or_not_at_all(ctx, month, second):
    maria, dana = (step(ctx, month, "note"), step(ctx, second, "note"))
    thank_you = step(ctx, month, "thank_you")
    with pytest.raises(ValidationError, match="not a touch by post"):
        mark_notes_posted(ctx, [maria, thank_you, dana])
    assert status(ctx, maria) == status(ctx, dana) == "pending"
    assert mark_notes_posted(ctx, [maria, dana, maria]) == 2
    assert status(ctx, maria) == status(ctx, dana) == "done"
    assert notes_to_write(ctx) == []
    with pytest.raises(ValidationError, match="already done"):
        mark_notes_posted(ctx, [maria])


def test_envelope_and_card_choices_are_remembered(ctx):
    assert print_choices(ctx) == ("dl", "a6")  # a rep in London
    ctx.set_rep_timezone("America/Chicago")
    assert print_choices(ctx) == ("us10", "4x6")
    save_print_choices(ctx, "us10", None)
    assert print_choices(ctx) == ("us10", None)
    with pytest.raises(ValidationError):
        save_print_choices(ctx, "b4", "a6")


def test_the_return_address_is_part_of_the_reps_identity(ctx, rep):
    assert load_identity(ctx).address == "Sam Rivers\n1 Quay Street\nBristol BS1 4DJ"


# -- minutes late at the dial ---------------------------------------------------------------

def test_minutes_late_are_taken_when_the_rep_dials(ctx, clock, month):
    callback = step(ctx, month, "callback")
    clock.set(datetime(2026, 12, 22, 10, 3, tzinfo=UTC))
    assert start_call(ctx, callback) == 3
    clock.advance(minutes=20)
    assert start_call(ctx, callback) == 3  # a redial keeps the first moment
    log_call_outcome(ctx, callback, CallOutcome.CONVERSATION, reason="Budget round signed off")
    assert ctx.store.get_touch(callback).minutes_late == 3
    with pytest.raises(ValidationError):
        start_call(ctx, step(ctx, month, "note"))


# -- GUI: dialling --------------------------------------------------------------------------

def _queue_index(window, touch_id, column):
    return window.queue_model.index(window.queue_model.row_of_touch(touch_id), column)


@pytest.mark.gui
def test_a_number_clicked_in_the_queue_goes_to_the_tel_handler_and_opens_the_call_panel(
        qtbot, window, ctx, clock, month, catch):
    from PySide6.QtCore import Qt

    from desktop_app.views.queue.queue_model import COL_PHONE

    phone = catch("tel")
    callback = step(ctx, month, "callback")
    clock.set(datetime(2026, 12, 22, 10, 4, tzinfo=UTC))
    window.refresh_queue()
    index = _queue_index(window, callback, COL_PHONE)
    assert index.data() == "+44 20 7946 0321"
    rect = window.queue_view.visualRect(index)
    qtbot.mouseClick(window.queue_view.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    assert phone.urls == ["tel:+442079460321"]
    panel = window.features.reminders.panels[callback]
    assert panel.isVisible()
    assert "dialled 10:04, 4 min late" in panel.slot_label.text()
    clock.advance(minutes=9)  # the call runs on; the figure stays
    panel._update_times()
    assert "4 min late" in panel.slot_label.text()


@pytest.mark.gui
@pytest.mark.qt_log_ignore(NO_HANDLER)
def test_with_no_tel_handler_the_number_is_copied_and_the_rep_told(qtbot, window, ctx, month):
    window.select_touch(step(ctx, month, "note"))
    QGuiApplication.clipboard().clear()
    result = window.features.hand_touches.dial_selected()
    assert result is not None and result.outcome == "copied"
    assert QGuiApplication.clipboard().text() == "+44 20 7946 0321"
    assert "is copied" in window.statusBar().currentMessage()
    assert window.features.reminders.panels == {}  # not a call touch: no panel


@pytest.mark.gui
def test_the_call_panel_and_the_profile_numbers_are_tel_links(qtbot, window, ctx, clock, month,
                                                               catch):
    phone = catch("tel")
    callback = step(ctx, month, "callback")
    ctx.store.update_prospect(month, {"mobile": "<img src=x> 07700"}, ctx.now())
    panel = window.features.reminders.open_call_panel(callback)
    assert 'href="tel:+442079460321"' in panel.phone_label.text()
    assert "&lt;img src=x&gt; 07700" in panel.phone_label.text()  # shown, not a link
    clock.set(datetime(2026, 12, 22, 9, 58, tzinfo=UTC))
    panel.phone_label.linkActivated.emit("tel:+442079460321")
    assert phone.urls == ["tel:+442079460321"]
    assert "2 min early" in panel.slot_label.text()

    from PySide6.QtWidgets import QToolButton

    from desktop_app.views.profile.profile_editor import ProfileEditorDialog

    editor = ProfileEditorDialog(ctx, month, window.changes)
    qtbot.addWidget(editor)
    editor.contact["mobile"].setText("07700 900123")
    editor.findChild(QToolButton, "call_mobile").click()
    assert phone.urls[-1] == "tel:+447700900123"


# -- GUI: LinkedIn --------------------------------------------------------------------------

@pytest.mark.gui
def test_the_linkedin_step_searches_for_them_and_is_done_when_the_rep_confirms(
        qtbot, window, ctx, month, catch):
    web = catch("https")
    linkedin = step(ctx, month, "linkedin")
    window.select_touch(linkedin)
    assert window.features.hand_touches.open_linkedin(confirm=lambda _q: False) is False
    assert web.urls == [LINKEDIN_SEARCH + "Maria%20Okafor%20Harbourview%20Clinics"]
    assert status(ctx, linkedin) == "pending"
    ctx.store.update_prospect(month, {"linkedin": "https://www.linkedin.com/in/maria-o"},
                              ctx.now())
    window.select_touch(linkedin)
    asked = []
    hand_touches = window.features.hand_touches
    assert hand_touches.open_linkedin(confirm=lambda q: asked.append(q) or True) is True
    assert web.urls[-1] == "https://www.linkedin.com/in/maria-o"
    assert asked == ["Did you connect with Maria Okafor on LinkedIn?"]
    assert status(ctx, linkedin) == "done"
    assert ctx.store.get_touch(linkedin).notes == "Connected on LinkedIn"


# -- GUI: notes to write --------------------------------------------------------------------

@pytest.mark.gui
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_notes_dialog_fills_the_gap_prints_and_marks_posted(qtbot, window, ctx, month, second,
                                                            tmp_path):
    window.select_touch(step(ctx, second, "note"))
    dialog = window.features.hand_touches.open_notes()
    qtbot.waitExposed(dialog)
    assert dialog.selected_note().name == "Dana Whitfield"  # opened on the queue's note
    assert "2 notes to write" in dialog.heading.text()
    assert "1 without a postal address" in dialog.heading.text()

    # no return address yet: asked for, nothing written
    pdf = tmp_path / "notes.pdf"
    assert dialog.save_pdf(str(pdf)) == 0 and not pdf.exists()
    assert "No postal address yet for Maria Okafor" in dialog.problem.text()
    assert dialog.selected_note().name == "Maria Okafor"
    assert dialog.address_gap.isVisible() and "No postal address" in dialog.address_gap.text()

    dialog.address_edit.setPlainText("  \n ")  # no address at all: refused beside it
    dialog.save_address_button.click()
    assert "Write the postal address" in dialog.errors["address"].text()
    assert dialog.errors["address"].isVisibleTo(dialog) and dialog.problem.isHidden()
    assert ctx.store.get_prospect(month).address in ("", None)
    dialog.address_edit.setPlainText("12 Harbour Road\nPortsmouth\nPO1 3AA")
    dialog.save_address_button.click()
    assert dialog.errors.shown() == {"status": dialog.problem.text()}
    assert ctx.store.get_prospect(month).address == "12 Harbour Road\nPortsmouth\nPO1 3AA"
    assert "without a postal address" not in dialog.heading.text()

    assert dialog.save_pdf(str(pdf)) == 0
    assert "return address" in dialog.errors["return_address"].text()
    assert dialog.errors["return_address"].isVisibleTo(dialog)
    dialog.return_edit.setPlainText("Sam Rivers\n1 Quay Street\nBristol BS1 4DJ")
    dialog.envelope_combo.setCurrentIndex(dialog.envelope_combo.findData("c5"))
    dialog.note_edit.setPlainText("Dear Maria,\nThank you. Until Tuesday 22 December!\nSam")
    assert dialog.save_pdf(str(pdf)) == 4
    assert load_identity(ctx).address == "Sam Rivers\n1 Quay Street\nBristol BS1 4DJ"
    assert print_choices(ctx) == ("c5", "a6")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "PO1 3AA" in text and "New York, NY 10005" in text and "Bristol BS1 4DJ" in text
    assert "Until Tuesday 22 December!" in text  # the rep's own words, not the suggestion
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                          check=True).stdout
    assert "649 x 459 pts" in info  # C5

    dialog.posted_button.click()
    assert status(ctx, step(ctx, month, "note")) == "done"
    assert status(ctx, step(ctx, second, "note")) == "done"
    assert "No notes to write today" in dialog.heading.text()
    assert "Marked 2 notes posted" in dialog.problem.text()
    assert all(r.channel.value != "post" for r in window.queue_model.rows())


@pytest.mark.gui
def test_an_unticked_note_stays_on_the_queue(qtbot, window, ctx, month, second):
    from PySide6.QtCore import Qt

    dialog = window.features.hand_touches.open_notes()
    first = dialog.model.index(0, 0)
    assert dialog.model.setData(first, Qt.CheckState.Unchecked.value,
                                Qt.ItemDataRole.CheckStateRole)
    dialog.mark_posted()
    assert status(ctx, step(ctx, month, "note")) == "pending"
    assert status(ctx, step(ctx, second, "note")) == "done"
    assert [n.name for n in dialog.model.rows()] == ["Maria Okafor"]


def test_migration_adds_the_dial_moment_and_keeps_the_touches(db_path):
    import sqlite3

    from sqlite_utils import Database

    from desktop_app.store.database import migrate, user_version
    from desktop_app.store.migrations import MIGRATIONS, m011_touch_dialled

    number = MIGRATIONS.index(m011_touch_dialled) + 1
    db = Database(sqlite3.connect(db_path), execute_plugins=False)
    migrate(db, db_path, upto=number - 1)
    db.execute("INSERT INTO prospects (first_name, timezone, created_utc, updated_utc) "
               "VALUES ('Ann', 'UTC', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")
    db.execute("INSERT INTO touches (prospect_id, step_key, title, channel, due_utc, "
               "original_due_utc, status, created_utc) VALUES (1, 'callback', 'Callback', "
               "'call', '2026-01-02T10:00:00Z', '2026-01-02T10:00:00Z', 'pending', "
               "'2026-01-01T00:00:00Z')")
    db.conn.commit()
    migrate(db, db_path, upto=number)
    assert user_version(db) == number
    assert db.execute("SELECT title, status, dialled_utc FROM touches").fetchall() == [
        ("Callback", "pending", None)]


def test_the_reps_own_note_template_is_checked_and_used(ctx, month, rep):
    from desktop_app.services.notes import (
        note_template,
        reset_note_template,
        save_note_template,
    )

    with pytest.raises(ValidationError, match=r"\{\{firstname\}\}: not a merge field"):
        save_note_template(ctx, "Dear {{firstname}}, see you {{slot_date}}.")
    with pytest.raises(ValidationError):
        save_note_template(ctx, "  \n ")
    save_note_template(ctx, "{{first_name}} — talk on {{slot_date}}!\r\n{{rep_first_name}}")
    assert notes_to_write(ctx)[0].note == "Maria — talk on Tuesday 22 December!\nSam\n"
    reset_note_template(ctx)
    assert "{{slot_date}} at {{slot_time}}" in note_template(ctx)


@pytest.mark.gui
def test_a_new_template_reaches_the_notes_left_as_suggested_not_the_edited_ones(
        qtbot, window, ctx, month, second, rep):
    dialog = window.features.hand_touches.open_notes()
    dialog.select_note(step(ctx, month, "note"))
    dialog.note_edit.setPlainText("Maria, my own words.")
    editor = dialog.template_dialog()
    qtbot.addWidget(editor)
    editor.body_edit.setPlainText("Hello {{first_name}}")
    assert editor.save()
    dana = next(n for n in dialog.model.rows() if n.name == "Dana Whitfield")
    maria = next(n for n in dialog.model.rows() if n.name == "Maria Okafor")
    assert dialog.note_text(dana) == "Hello Dana\n"
    assert dialog.note_text(maria) == "Maria, my own words."
