"""Small pieces every section of the profile page uses: its colours, labels and fields."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.views.common.colours import Box, Tone, box_css, text_css
from desktop_app.views.common.refusal import FieldErrors


def page_style() -> str:
    """The page's status colours for the current scheme (see colours.py)."""
    return "\n".join([
        f'QLabel[role="error"] {{ {text_css(Tone.ERROR)} }}',
        f'QLabel[role="gap"] {{ {text_css(Tone.WARNING)} }}',
        f'QLabel[role="known"] {{ {text_css(Tone.OK)} }}',
        "QLabel#completeness { font-weight: bold; padding: 2px 8px; border-radius: 8px; }",
        box_css(Box.OPEN, 'QLabel#completeness[state="open"]'),
        box_css(Box.DONE, 'QLabel#completeness[state="done"]'),
        box_css(Box.GAP_FIELD, 'QLineEdit[gap="true"], QPlainTextEdit[gap="true"], '
                               'QComboBox[gap="true"]'),
        box_css(Box.INVALID, 'QLineEdit[invalid="true"]'),
    ])


def set_prop(widget: QWidget, name: str, value: str) -> None:
    """Set a style property and restyle the widget when it changed."""
    if widget.property(name) != value:
        widget.setProperty(name, value)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def small_label(text: str, role: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setProperty("role", role)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def plain_edit(lines: int, placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    metrics = edit.fontMetrics()
    edit.setFixedHeight(metrics.lineSpacing() * lines + 14)
    return edit


def with_error(item: QWidget | QHBoxLayout, key: str, errors: FieldErrors, parent: QWidget,
               field: QWidget) -> QVBoxLayout:
    """``item`` with the refusal of ``field`` (kept in ``errors`` as ``key``) under it."""
    cell = QVBoxLayout()
    cell.setSpacing(2)
    if isinstance(item, QWidget):
        cell.addWidget(item)
    else:
        cell.addLayout(item)
    cell.addWidget(errors.add(key, parent, field))
    return cell


def setup_table(view: QTableView, model: QAbstractTableModel) -> None:
    """A read-only list of whole rows whose rows grow to their wrapped text."""
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    header.sectionResized.connect(lambda *_: view.resizeRowsToContents())
    model.modelReset.connect(view.resizeRowsToContents)
    model.rowsInserted.connect(lambda *_: view.resizeRowsToContents())
    model.dataChanged.connect(lambda *_: view.resizeRowsToContents())
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

