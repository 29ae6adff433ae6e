"""Samen terugkijken (what will be stored; delete what both find unneeded; the citizen's own
view beside an entry) and closing (afgerond / afgebroken / niet doorgezet)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.closing import IntakeStatus
from app.services.retention import RetentionService
from ui.views.intake.context import IntakeContext, confirm, guidance_box, message_label, named
from ui.views.retention.block_decisions import BlockDecisions

KEY_ROLE = Qt.ItemDataRole.UserRole


class ReviewPage(QWidget):
    def __init__(self, ctx: IntakeContext) -> None:
        super().__init__()
        self._ctx = ctx
        self.items = named(QListWidget(), "review_list")
        self.items.setAccessibleName(self.tr("Everything that will be stored"))
        self.items.setWordWrap(True)
        self.delete_button = named(
            QPushButton(self.tr("&Delete: we agree it is not needed")), "review_delete"
        )
        self.delete_button.clicked.connect(self.ask_delete)
        self.confirm_box: QMessageBox | None = None
        self.view = named(QLineEdit(), "review_view")
        self.view.setAccessibleName(self.tr("The citizen's own view"))
        self.view.setPlaceholderText(self.tr("The citizen's own view, in their words"))
        self.view_button = named(
            QPushButton(self.tr("Record the citizen's &view")), "review_view_save"
        )
        self.view_button.clicked.connect(self.record_view)
        self.start_button = named(QPushButton(self.tr("&Start looking back")), "review_start")
        self.start_button.clicked.connect(self.start)
        self.finish_button = named(
            QPushButton(self.tr("We have looked back &together")), "review_finish"
        )
        self.finish_button.clicked.connect(self.finish)
        self.message = message_label("review_message")
        intro = QLabel(
            self.tr(
                "Go through the list with the citizen. What you both find not needed is deleted "
                "for good. If the citizen disagrees with something you need, write down their view "
                "beside it."
            )
        )
        intro.setWordWrap(True)
        actions = QHBoxLayout()
        for button in (self.delete_button, self.view_button):
            actions.addWidget(button)
        actions.addStretch(1)
        steps = QHBoxLayout()
        steps.addWidget(self.start_button)
        steps.addWidget(self.finish_button)
        steps.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(guidance_box(ctx.profile, "terugkijken"))
        layout.addWidget(intro)
        layout.addLayout(steps)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.view)
        layout.addLayout(actions)
        layout.addWidget(self.message)

    def _selected(self) -> tuple[str, str] | None:
        item = self.items.currentItem()
        if item is None:
            self.message.setText(self.tr("Select an entry first."))
            return None
        kind, item_id = item.data(KEY_ROLE)
        return str(kind), str(item_id)

    def start(self) -> None:
        self._ctx.attempt(
            lambda: self._ctx.review.start_review(self._ctx.require_id()), self.message
        )

    def ask_delete(self) -> None:
        if self._selected() is not None:
            self.confirm_box = confirm(
                self,
                self.tr("Delete this entry for good? It cannot be brought back."),
                self.delete_selected,
            )

    def delete_selected(self) -> None:
        key = self._selected()
        if key is not None:
            self._ctx.attempt(
                lambda: self._ctx.review.delete_item(self._ctx.require_id(), *key),
                self.message,
                self.tr("Deleted."),
            )

    def record_view(self) -> None:
        key = self._selected()
        if key is not None and self._ctx.attempt(
            lambda: self._ctx.review.record_citizen_view(
                self._ctx.require_id(), key[0], key[1], self.view.text()
            ),
            self.message,
            self.tr("The citizen's view is recorded beside it."),
        ):
            self.view.clear()

    def finish(self) -> None:
        self._ctx.attempt(
            lambda: self._ctx.review.finish_review(self._ctx.require_id()),
            self.message,
            self.tr("Looked back together. You can close the conversation."),
        )

    def refresh(self) -> None:
        row = self.items.currentRow()
        self.items.clear()
        if not self._ctx.started:
            return
        for entry in self._ctx.review_items():
            text = f"{entry.heading}: {entry.text}"
            if entry.citizen_view:
                text += "\n" + self.tr("Citizen's view: {view}").format(view=entry.citizen_view)
            if not entry.deletable:
                text += "  " + self.tr("(stays)")
            item = QListWidgetItem(text)
            item.setData(KEY_ROLE, (entry.kind, entry.id))
            self.items.addItem(item)
        self.items.setCurrentRow(min(max(row, 0), self.items.count() - 1))


class ClosePage(QWidget):
    def __init__(self, ctx: IntakeContext) -> None:
        super().__init__()
        self._ctx = ctx
        self.group = QButtonGroup(self)
        self.outcomes: dict[IntakeStatus, QRadioButton] = {}
        for outcome, text in (
            (IntakeStatus.COMPLETED, self.tr("&Completed")),
            (IntakeStatus.BROKEN_OFF, self.tr("&Broken off (the citizen stops)")),
            (IntakeStatus.NOT_PURSUED, self.tr("&Not pursued (keep contact details only)")),
        ):
            button = named(QRadioButton(text), f"close_{outcome.value}")
            self.group.addButton(button)
            self.outcomes[outcome] = button
        self.outcomes[IntakeStatus.COMPLETED].setChecked(True)
        self.explained = named(
            QCheckBox(self.tr("I explained why the data are needed and what stopping means")),
            "close_explained",
        )
        self.reason = named(QLineEdit(), "close_reason")
        self.reason.setAccessibleName(self.tr("Reason for stopping"))
        self.reason.setPlaceholderText(self.tr("Reason for stopping (broken off)"))
        self.blocks = BlockDecisions(ctx.profile.retention)  # R-001-24
        self.outcomes[IntakeStatus.NOT_PURSUED].toggled.connect(
            lambda on: self.blocks.setEnabled(not on)  # its fixed grace purge (R-000-41)
        )
        self.close_button = named(QPushButton(self.tr("C&lose the conversation")), "close_button")
        self.close_button.clicked.connect(self.close_intake)
        self.state = named(QLabel(), "close_state")
        self.state.setWordWrap(True)
        self.message = message_label("close_message")
        layout = QVBoxLayout(self)
        layout.addWidget(guidance_box(ctx.profile, "afsluiten"))
        layout.addWidget(self.state)
        for button in self.outcomes.values():
            layout.addWidget(button)
        layout.addWidget(self.explained)
        layout.addWidget(self.reason)
        layout.addWidget(self.blocks)
        layout.addWidget(self.close_button)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def close_intake(self) -> None:
        outcome = next(o for o, b in self.outcomes.items() if b.isChecked())
        s = self._ctx.session
        retention = RetentionService(s.vault.db, s.trail, self._ctx.profile, s.now)
        decisions = () if outcome is IntakeStatus.NOT_PURSUED else self.blocks.decisions()
        self._ctx.attempt(
            lambda: retention.close_case(
                self._ctx.require_id(),
                outcome,
                decisions,
                self.explained.isChecked(),
                self.reason.text(),
            ),
            self.message,
            self.tr("The conversation is closed: {state}.").format(state=outcome.label),
        )

    def refresh(self) -> None:
        if not self._ctx.started:
            self.state.setText("")
            return
        check = self._ctx.review.close_check(self._ctx.require_id())
        lines = [self.tr("State: {state}").format(state=check.status.label)]
        if check.documents_without_disposition:
            lines.append(self.tr("A document still needs its disposition (step Medical)."))
        if check.wmo_explained_missing and not check.contact_only:
            lines.append(self.tr("Still to explain: personal plan, client support, pgb."))
        if not check.reviewed and not check.contact_only:
            lines.append(self.tr("Not yet looked back together."))
        self.state.setText("\n".join(lines))
        self.setEnabled(check.status.editable)
