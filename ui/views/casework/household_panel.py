"""The household on the citizen's screen (R-004-17, R-001-15): the household plans this citizen
belongs to, their members with the reason for each link, the plan and the optional family
facts; add a member found by name, date of birth or case number (reason required); remove a
member after a question whose default is No.

Nothing of another member's dossier appears here: only their name, case number, the relation
(if given) and the reason for the link.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.citizen import ValidationError
from app.domain.household import FAMILY_FACTS, FactAnswer, Household, Relation
from app.services.household import HouseholdService
from app.services.session import Session
from app.storage.errors import VaultError
from ui.widgets.citizen_picker import CitizenPicker

ID_ROLE = Qt.ItemDataRole.UserRole


class HouseholdPanel(QGroupBox):
    def __init__(self, session: Session, citizen_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Household — each member keeps their own dossier"))
        self.setObjectName("household_panel")
        self.citizen_id = citizen_id
        self.service = HouseholdService(session.vault.db, session.trail, session.now)
        self.confirm_box: QMessageBox | None = None
        self._households: list[Household] = []
        self.plans = QComboBox()
        self.plans.setObjectName("household_plans")
        self.plans.currentIndexChanged.connect(lambda _i: self._show_current())
        self.members = QListWidget()
        self.members.setObjectName("household_members")
        self.members.setAccessibleName(self.tr("Household members and the reason for each link"))
        self.members.setWordWrap(True)
        self.members.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.members.setMaximumHeight(self.fontMetrics().height() * 6)
        self.remove_button = QPushButton(self.tr("Remo&ve selected member"))
        self.remove_button.setObjectName("household_remove")
        self.remove_button.clicked.connect(self.ask_remove)
        self.plan_label = QLineEdit()
        self.plan_label.setObjectName("household_plan_label")
        self.plan_text = QLineEdit()
        self.plan_text.setObjectName("household_plan_text")
        self.plan_text.setPlaceholderText(self.tr("Shared problems only"))
        self.facts = {key: self._answers(f"household_fact_{key}") for key in FAMILY_FACTS}
        self.save_plan_button = QPushButton(self.tr("Save plan and &facts"))
        self.save_plan_button.setObjectName("household_save_plan")
        self.save_plan_button.clicked.connect(self.save_plan)
        self.picker = CitizenPicker(session.caseload, self.tr("Citizen to add to the household"))
        self.reason = QLineEdit()
        self.reason.setObjectName("household_reason")
        self.reason.setPlaceholderText(self.tr("Required"))
        self.relation = QComboBox()
        self.relation.setObjectName("household_relation")
        self.relation.addItem(self.tr("— not asked"), "")
        for relation in Relation:
            self.relation.addItem(relation.label, relation.value)
        self.add_button = QPushButton(self.tr("&Add to the household"))
        self.add_button.setObjectName("household_add")
        self.add_button.clicked.connect(self.add_member)
        self.message = QLabel()
        self.message.setObjectName("household_message")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self._layout()
        self.refresh()

    def _answers(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(self.tr("— not asked"), "")
        for answer in FactAnswer:
            combo.addItem(answer.label, answer.value)
        return combo

    def _layout(self) -> None:
        """Three columns: the plans and their members; the plan and the family facts; adding."""
        members = _form(
            [(self.tr("Household &plan:"), self.plans), (self.tr("Members:"), self.members)]
        )
        members.addRow("", self.remove_button)
        plan = _form(
            [
                (self.tr("Plan &label:"), self.plan_label),
                (self.tr("Shared plan &text:"), self.plan_text),
                (self.tr("&Minors:"), self.facts["minors"]),
                (self.tr("Other ad&ults:"), self.facts["adults"]),
                (self.tr("&Carer at home:"), self.facts["carer"]),
            ]
        )
        plan.addRow("", self.save_plan_button)
        self.plan_box = QGroupBox(self.tr("Plan and family facts (all optional)"))
        self.plan_box.setLayout(plan)
        adding = _form(
            [
                (self.tr("F&ind a citizen:"), self.picker),
                (self.tr("&Reason for the link:"), self.reason),
                (self.tr("R&elation (optional):"), self.relation),
            ]
        )
        adding.addRow("", self.add_button)
        add_box = QGroupBox(self.tr("Add a member"))
        add_box.setLayout(adding)
        self.columns = QGridLayout()
        first = QWidget()
        first.setLayout(members)
        for column, part in enumerate((first, self.plan_box, add_box)):
            stack = QVBoxLayout()
            stack.addWidget(part)
            stack.addStretch(1)  # every column starts at the top
            self.columns.addLayout(stack, 0, column)
        layout = QVBoxLayout(self)
        layout.addLayout(self.columns)
        layout.addWidget(self.message)

    # -- reading -------------------------------------------------------------------------------
    def refresh(self, select: str | None = None) -> None:
        """Reload from the vault; keep (or move to) the chosen household plan."""
        current = select if select is not None else self.current_household_id()
        self._households = self.service.households_of(self.citizen_id)
        self.plans.blockSignals(True)
        self.plans.clear()
        for household in self._households:
            count = len(household.members)
            self.plans.addItem(
                self.tr("{plan} ({count} members)").format(plan=household.title, count=count),
                household.id,
            )
        self.plans.addItem(self.tr("A new household plan"), "")
        index = self.plans.findData(current) if current else -1
        self.plans.setCurrentIndex(index if index >= 0 else 0)
        self.plans.blockSignals(False)
        self._show_current()

    def current_household_id(self) -> str | None:
        value = self.plans.currentData()
        return str(value) if value else None

    def _show_current(self) -> None:
        household = next((h for h in self._households if h.id == self.current_household_id()), None)
        self.members.clear()
        for member in household.members if household else ():
            who = f"{member.name} ({member.case_number})"
            if member.citizen_id == self.citizen_id:
                who = self.tr("{who}, this citizen").format(who=who)
            if member.relation is not None:
                who += f" — {member.relation.label}"
            item = QListWidgetItem(
                self.tr("{who} — reason: {reason}").format(who=who, reason=member.reason)
            )
            item.setData(ID_ROLE, member.citizen_id)
            self.members.addItem(item)
        self.plan_label.setText(household.plan_label if household else "")
        self.plan_text.setText(household.plan_text if household else "")
        for key, combo in self.facts.items():
            answer = household.facts.get(key) if household else None
            combo.setCurrentIndex(max(combo.findData(answer.value if answer else ""), 0))
        self.remove_button.setEnabled(household is not None)
        self.plan_box.setVisible(household is not None)  # nothing to plan before a link
        for column, stretch in enumerate((4, 4 if household else 0, 4)):
            self.columns.setColumnStretch(column, stretch)
        self.add_button.setText(
            self.tr("&Add to the household")
            if household
            else self.tr("&Add: start a household plan with this citizen")
        )

    # -- changes -------------------------------------------------------------------------------
    def add_member(self) -> None:
        other = self.picker.citizen_id()
        if other is None:
            self.message.setText(self.tr("Find the citizen to add first."))
            return
        relation = Relation(self.relation.currentData()) if self.relation.currentData() else None
        household_id = self.current_household_id()
        try:
            if household_id is None:
                household = self.service.link(
                    self.citizen_id, other, self.reason.text(), relation=relation
                )
            else:
                household = self.service.add_member(
                    household_id, other, self.reason.text(), relation
                )
        except (ValidationError, VaultError) as exc:
            self.message.setText(str(exc))  # the fields keep their text
            return
        self.reason.clear()
        self.picker.clear()
        self.relation.setCurrentIndex(0)
        self.message.setText(self.tr("Linked. Their own dossier stays their own."))
        self.refresh(select=household.id)

    def save_plan(self) -> None:
        household_id = self.current_household_id()
        if household_id is None:
            return
        facts = {
            key: FactAnswer(combo.currentData()) if combo.currentData() else None
            for key, combo in self.facts.items()
        }
        try:
            self.service.update_plan(
                household_id, self.plan_label.text(), self.plan_text.text(), facts
            )
        except (ValidationError, VaultError) as exc:
            self.message.setText(str(exc))
            return
        self.message.setText(self.tr("Plan saved."))
        self.refresh(select=household_id)

    def ask_remove(self) -> None:
        """Ask first, in a box that does not block (a lock may delete it while it is open)."""
        household_id = self.current_household_id()
        row = self.members.currentRow()
        if household_id is None or row < 0:
            self.message.setText(self.tr("Select a member first."))
            return
        member_id = str(self.members.item(row).data(ID_ROLE))
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove from the household"),
            self.tr(
                "Remove this member from the household plan? Their own dossier stays as it is."
            ),
            yes | no,
            self,
        )
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.finished.connect(
            lambda _r: self._remove_answered(
                household_id, member_id, box.standardButton(box.clickedButton()) == yes
            )
        )
        box.finished.connect(box.deleteLater)
        self.confirm_box = box
        box.open()

    def _remove_answered(self, household_id: str, member_id: str, confirmed: bool) -> None:
        self.confirm_box = None
        if not confirmed:
            return
        try:
            self.service.remove_member(household_id, member_id)
        except (ValidationError, VaultError) as exc:
            self.message.setText(str(exc))
            return
        self.message.setText(self.tr("Removed from the household plan."))
        self.refresh()


def _form(rows: list[tuple[str, QWidget]]) -> QFormLayout:
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    _add_rows(form, rows)
    return form


def _add_rows(form: QFormLayout, rows: list[tuple[str, QWidget]]) -> None:
    """Each label is its field's buddy (Alt+letter and the accessible name)."""
    for text, field in rows:
        label = QLabel(text)
        label.setBuddy(field)
        form.addRow(label, field)
