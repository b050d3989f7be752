"""Palettes and window walks shared by the desktop tests (dark mode, keyboard, screens)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyleFactory


def light_palette() -> QPalette:
    """Fusion's own light palette."""
    style = QStyleFactory.create("Fusion")
    return style.standardPalette()


def dark_palette() -> QPalette:
    """The usual Fusion dark palette (what a dark desktop theme gives Qt apps)."""
    pal = QPalette()
    window, base, text = QColor(53, 53, 53), QColor(35, 35, 35), QColor(240, 240, 240)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        pal.setColor(group, QPalette.ColorRole.Window, window)
        pal.setColor(group, QPalette.ColorRole.WindowText, text)
        pal.setColor(group, QPalette.ColorRole.Base, base)
        pal.setColor(group, QPalette.ColorRole.AlternateBase, QColor(45, 45, 45))
        pal.setColor(group, QPalette.ColorRole.ToolTipBase, QColor(25, 25, 25))
        pal.setColor(group, QPalette.ColorRole.ToolTipText, text)
        pal.setColor(group, QPalette.ColorRole.PlaceholderText, QColor(160, 160, 160))
        pal.setColor(group, QPalette.ColorRole.Text, text)
        pal.setColor(group, QPalette.ColorRole.Button, window)
        pal.setColor(group, QPalette.ColorRole.ButtonText, text)
        pal.setColor(group, QPalette.ColorRole.BrightText, QColor(255, 80, 80))
        pal.setColor(group, QPalette.ColorRole.Link, QColor(120, 170, 255))
        pal.setColor(group, QPalette.ColorRole.Highlight, QColor(42, 130, 218))
        pal.setColor(group, QPalette.ColorRole.HighlightedText, QColor(0, 0, 0))
        pal.setColor(group, QPalette.ColorRole.Light, QColor(80, 80, 80))
        pal.setColor(group, QPalette.ColorRole.Midlight, QColor(66, 66, 66))
        pal.setColor(group, QPalette.ColorRole.Mid, QColor(40, 40, 40))
        pal.setColor(group, QPalette.ColorRole.Dark, QColor(25, 25, 25))
    disabled = QPalette.ColorGroup.Disabled
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        pal.setColor(disabled, role, QColor(127, 127, 127))
    pal.setColor(disabled, QPalette.ColorRole.Window, window)
    pal.setColor(disabled, QPalette.ColorRole.Base, base)
    pal.setColor(disabled, QPalette.ColorRole.Button, window)
    return pal


# -- every window, opened as a rep would see it ----------------------------------------------


def sample_book(ctx, first: str = "Maria", last: str = "Okafor",
                company: str = "Harbourview Clinics") -> dict[str, int]:
    """A prospect with a booked callback (so every screen has something to show)."""
    from datetime import datetime

    from desktop_app.domain.model import SlotQuality, StallKind
    from desktop_app.services.prospects import create_prospect
    from desktop_app.services.stalls import StallRequest, log_stall

    pid = create_prospect(ctx, {
        "first_name": first, "last_name": last, "company": company,
        "email": "maria@harbourview.example", "phone": "+44 20 7946 0321",
        "timezone": "Europe/London"})
    stall = log_stall(ctx, StallRequest(pid, StallKind.NEXT_MONTH, "Call me next month",
                                        datetime(2026, 12, 22, 10, 0), SlotQuality.BOOKED))
    callback = ctx.store.db.execute(
        "SELECT id FROM touches WHERE stall_id = ? AND step_key = 'callback'",
        [stall]).fetchone()[0]
    return {"prospect": pid, "callback": int(callback)}


def open_windows(qtbot, ctx, window, ids):
    """(name, widget) for the main window's tabs and every dialog Tickler has."""
    from keyring.backends import fail

    from desktop_app.platform.secrets import SecretStore
    from desktop_app.views.calls.call_panel import CallPanel
    from desktop_app.views.data.data_feature import ExportDialog
    from desktop_app.views.data.import_wizard import ImportWizard
    from desktop_app.views.mail.compose_dialog import ComposeDialog
    from desktop_app.views.mail.email_settings_dialog import EmailSettingsDialog
    from desktop_app.views.mail.template_editor import TemplateEditorDialog
    from desktop_app.views.notes.notes_dialog import NotesDialog, NoteTemplateDialog
    from desktop_app.views.plans.log_stall_dialog import LogStallDialog
    from desktop_app.views.plans.playbook_editor import PlaybookEditorDialog
    from desktop_app.views.plans.reschedule_dialog import RescheduleDialog
    from desktop_app.views.profile.profile_editor import EventDialog, ProfileEditorDialog
    from desktop_app.views.profile.trash_dialog import TrashDialog
    from desktop_app.views.shell.help_dialogs import DataPlacesDialog, ShortcutsDialog
    from desktop_app.views.tray.popup_settings_dialog import PopupSettingsDialog

    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(1)
        yield f"main window: {window.tabs.tabText(index)}", window
    window.tabs.setCurrentIndex(0)
    if window.features is not None:  # the report's worker must be done before the book closes
        window.features.data.report.job.wait()
    row = window.queue_model.rows()[0]
    makers = {
        "profile": lambda: ProfileEditorDialog(ctx, ids["prospect"], window.changes, window),
        "call panel": lambda: CallPanel(ctx, ids["callback"], window, window.changes),
        "log stall": lambda: LogStallDialog(ctx, parent=window),
        "email settings": lambda: EmailSettingsDialog(ctx, SecretStore(fail.Keyring()),
                                                      None, window),
        "templates": lambda: TemplateEditorDialog(ctx, window, ids["prospect"]),
        "compose": lambda: ComposeDialog("Thank-you to Maria", "Thanks", "Dear Maria,\n",
                                         "Send", window),
        "pop-up settings": lambda: PopupSettingsDialog(ctx, window),
        "reschedule": lambda: RescheduleDialog(ctx, row, window),
        "trash": lambda: TrashDialog(ctx, window),
        "export": lambda: ExportDialog(window),
        "compelling event": lambda: EventDialog(None, ctx.now().date(), window),
        "import": lambda: ImportWizard(ctx, window),
        "playbooks": lambda: PlaybookEditorDialog(ctx, window),
        "notes to post": lambda: NotesDialog(ctx, window.changes, window),
        "note template": lambda: NoteTemplateDialog(ctx, window),
        "shortcuts": lambda: ShortcutsDialog(window),
        "where your data lives": lambda: DataPlacesDialog(ctx.store.path, None, window),
    }
    for name, make in makers.items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        yield name, dialog
        dialog.hide()
