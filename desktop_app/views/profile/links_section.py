"""The page's relationship links: LinkedIn, their site, blog and social pages."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLineEdit, QToolButton, QWidget

from desktop_app.domain.i18n import QT_TR_NOOP, tr

LINKS = (
    ("linkedin", QT_TR_NOOP("LinkedIn")), ("website", QT_TR_NOOP("Company site")),
    ("blog", QT_TR_NOOP("Blog")), ("twitter", QT_TR_NOOP("X / Twitter")),
    ("facebook", QT_TR_NOOP("Facebook")),
)


class LinksSection(QGroupBox):
    """One field per link, each with a button that opens it in the browser."""

    open_requested = Signal(str)  # the link's key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Relationship links"), parent)
        self.edits: dict[str, QLineEdit] = {}
        self.buttons: dict[str, QToolButton] = {}
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, label in LINKS:
            edit = QLineEdit()
            edit.setObjectName(key)
            edit.setPlaceholderText("https://…")
            edit.setAccessibleName(tr(label))
            button = QToolButton()
            button.setObjectName(f"open_{key}")
            button.setText(tr("Open", "verb"))
            button.setToolTip(tr("Open {link} in your browser").format(link=tr(label)))
            button.clicked.connect(lambda _=False, k=key: self.open_requested.emit(k))
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(button)
            self.edits[key] = edit
            self.buttons[key] = button
            form.addRow(tr(label), row)

    def load(self, prospect: Mapping[str, Any]) -> None:
        for key, edit in self.edits.items():
            edit.setText(str(prospect.get(key) or ""))
            edit.setCursorPosition(0)

    def values(self) -> dict[str, str]:
        return {key: edit.text() for key, edit in self.edits.items()}
