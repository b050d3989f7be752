"""What the rep knows about the deal: one field per gap, with its question while open."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.gaps import GAP_FIELDS, Profile
from desktop_app.domain.i18n import QT_TR_NOOP, tr
from desktop_app.views.common.refusal import FieldErrors
from desktop_app.views.profile.page_widgets import plain_edit, set_prop, small_label

BUDGET_CHOICES = (("unknown", QT_TR_NOOP("Unknown")), ("planned", QT_TR_NOOP("Planned")),
                  ("not_planned", QT_TR_NOOP("Not planned")))


class DealSection(QGroupBox):
    """The qualification fields. An open gap shows its question and a tinted field."""

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(tr("What we know about the deal"), parent)
        grid = QVBoxLayout(self)
        grid.setSpacing(3)
        self.gap_hints: dict[str, QLabel] = {}
        self.gap_states: dict[str, QLabel] = {}

        self.what_will_change = plain_edit(2, tr("e.g. a new site opens, the team grows, a "
                                                 "contract ends"))
        self.decision_maker_name = QLineEdit()
        self.decision_maker_name.setPlaceholderText(tr("Name"))
        self.decision_maker_role = QLineEdit()
        self.decision_maker_role.setPlaceholderText(tr("Role"))
        self.others_involved = plain_edit(2, tr("One person or group per line"))
        self.purchasing_process = plain_edit(2, tr("Steps and paperwork, e.g. three quotes, "
                                                   "then a PO"))
        self.budget_status = QComboBox()
        for value, label in BUDGET_CHOICES:
            self.budget_status.addItem(tr(label), value)
        self.budget_amount = QLineEdit()
        self.budget_amount.setPlaceholderText(tr("Amount"))
        self.budget_source = QLineEdit()
        self.budget_source.setPlaceholderText(tr("If not planned: how would it be found?"))
        self.timeline = QLineEdit()
        self.timeline.setPlaceholderText(tr("When they want it in place"))
        for name in ("what_will_change", "decision_maker_name", "decision_maker_role",
                     "others_involved", "purchasing_process", "budget_status",
                     "budget_amount", "budget_source", "timeline"):
            getattr(self, name).setObjectName(name)

        dm_row = QHBoxLayout()
        dm_row.addWidget(self.decision_maker_name, 1)
        dm_row.addWidget(self.decision_maker_role, 1)
        budget = QGridLayout()
        budget.addWidget(self.budget_status, 0, 0)
        budget.addWidget(self.budget_amount, 0, 1)
        budget.addWidget(self.budget_source, 1, 0, 1, 2)
        budget.setColumnStretch(1, 1)
        editors: dict[str, QWidget | QHBoxLayout | QGridLayout | None] = {
            "what_will_change": self.what_will_change,
            "decision_maker": dm_row,
            "others_involved": self.others_involved,
            "purchasing_process": self.purchasing_process,
            "budget": budget,
            "timeline": self.timeline,
            "compelling_events": None,
        }
        # the fields tinted while their gap is open
        self.gap_widgets: dict[str, list[QWidget]] = {
            "what_will_change": [self.what_will_change],
            "decision_maker": [self.decision_maker_name],
            "others_involved": [self.others_involved],
            "purchasing_process": [self.purchasing_process],
            "budget": [self.budget_status],
            "timeline": [self.timeline],
            "compelling_events": [],
        }
        for index, gap in enumerate(GAP_FIELDS):
            title = QLabel(f"<b>{tr(gap.label)}</b>")
            title.setObjectName(f"gapTitle_{gap.key}")
            state = QLabel()
            state.setObjectName(f"gapState_{gap.key}")
            hint = small_label(tr("Ask: “{question}”").format(question=tr(gap.question)), "gap")
            hint.setObjectName(f"gap_{gap.key}")
            # a filled gap hides its question but keeps its room: the page does not jump
            # under the rep's cursor as they type
            policy = hint.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            hint.setSizePolicy(policy)
            self.gap_states[gap.key] = state
            self.gap_hints[gap.key] = hint
            title_row = QHBoxLayout()
            title_row.addWidget(title)
            title_row.addStretch(1)
            title_row.addWidget(state)
            if index:
                grid.addSpacing(6)
            grid.addLayout(title_row)
            grid.addWidget(hint)
            editor = editors[gap.key]
            if isinstance(editor, QWidget):
                grid.addWidget(editor)
            elif editor is not None:
                grid.addLayout(editor)
            if gap.key == "budget":
                grid.addWidget(errors.add("budget_status", self, self.budget_status))

    def load(self, profile: Profile) -> None:
        self.what_will_change.setPlainText(profile.what_will_change)
        self.decision_maker_name.setText(profile.decision_maker_name)
        self.decision_maker_role.setText(profile.decision_maker_role)
        self.others_involved.setPlainText("\n".join(profile.others_involved))
        self.purchasing_process.setPlainText(profile.purchasing_process)
        self.budget_status.setCurrentIndex(
            max(0, self.budget_status.findData(profile.budget_status or "unknown")))
        self.budget_amount.setText(profile.budget_amount)
        self.budget_source.setText(profile.budget_source)
        self.timeline.setText(profile.timeline)
        for line in (self.decision_maker_name, self.decision_maker_role, self.budget_amount,
                     self.budget_source, self.timeline):
            line.setCursorPosition(0)

    def values(self) -> dict[str, Any]:
        return {
            "what_will_change": self.what_will_change.toPlainText(),
            "decision_maker_name": self.decision_maker_name.text(),
            "decision_maker_role": self.decision_maker_role.text(),
            "others_involved": [line for line in self.others_involved.toPlainText().splitlines()
                                if line.strip()],
            "purchasing_process": self.purchasing_process.toPlainText(),
            "budget_status": self.budget_status.currentData(),
            "budget_amount": self.budget_amount.text(),
            "budget_source": self.budget_source.text(),
            "timeline": self.timeline.text(),
        }

    def show_gaps(self, open_keys: set[str]) -> None:
        """Mark each gap open (question shown, field tinted) or known."""
        known = len(GAP_FIELDS) - len(open_keys)
        self.setTitle(tr("What we know about the deal — {known} of {total}").format(
            known=known, total=len(GAP_FIELDS)))
        for gap in GAP_FIELDS:
            is_open = gap.key in open_keys
            state = self.gap_states[gap.key]
            state.setText(tr("● open gap") if is_open else tr("✓ known"))
            set_prop(state, "role", "gap" if is_open else "known")
            self.gap_hints[gap.key].setVisible(is_open)
            for widget in self.gap_widgets[gap.key]:
                set_prop(widget, "gap", "true" if is_open else "false")
