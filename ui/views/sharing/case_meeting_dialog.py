"""A case meeting for one citizen (issue 7; R-000-47, R-003-06..11, R-004-20).

Thin: every field goes to :class:`CaseMeetingService` and every refusal is shown in plain
words with nothing lost. Top to bottom the worker follows the meeting: participants (each with
a task or ground), what the citizen was told and chose, the citizen's limits, ready, the
agreements per participant (items offered with the limits applied, nothing ticked), and the
export per participant. Use :func:`open_case_meeting` to open it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.case_meeting import (
    ATTENDANCE_TEXT,
    DISCUSSION_TEXT,
    TYPE_TEXT,
    Attendance,
    Discussion,
    MeetingType,
)
from app.domain.citizen import ValidationError
from app.domain.selection import Choice
from app.domain.zrm import display_name
from app.services.case_meetings import CaseMeetingService, LimitDraft
from ui.views.intake.context import labelled_form, message_label, named

KEY_ROLE = Qt.ItemDataRole.UserRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseMeeting", text)


def _date(name: str, value: QDate) -> QDateEdit:
    edit = named(QDateEdit(value), name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    return edit


class CaseMeetingDialog(QDialog):
    def __init__(
        self,
        service: CaseMeetingService,
        citizen_id: str,
        intake_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.citizen_id = citizen_id
        self.intake_id = intake_id
        self.meeting_id: str | None = None
        self.limit_drafts: list[LimitDraft] = []
        self.setWindowTitle(self.tr("Case meeting"))
        today = QDate(service.today())
        # -- the meeting
        self.type = named(QComboBox(), "meeting_type")
        for kind in MeetingType:
            self.type.addItem(_tr(TYPE_TEXT[kind]), kind)
        self.purpose = named(QLineEdit(), "meeting_purpose")
        self.held_on = _date("held_on", today)
        self.create_button = named(QPushButton(self.tr("&Start meeting")), "create_meeting")
        self.create_button.clicked.connect(self.create_meeting)
        # -- participants
        self.organisation = named(QLineEdit(), "participant_organisation")
        self.role = named(QLineEdit(), "participant_role")
        self.task_ground = named(QLineEdit(), "participant_ground")
        self.task_ground.setPlaceholderText(self.tr("the task or legal ground, in words"))
        self.adviser = named(QCheckBox(self.tr("Expert or adviser (no personal data)")), "adviser")
        self.add_participant_button = named(QPushButton(self.tr("Add &participant")), "add_party")
        self.add_participant_button.clicked.connect(self.add_participant)
        self.participants = named(QListWidget(), "participants")
        self.participants.setAccessibleName(self.tr("Participants"))
        self.participants.setMaximumHeight(80)
        # -- before the meeting
        self.informed_on = _date("informed_on", today)
        self.informed_how = named(QLineEdit(), "informed_how")
        self.attendance = named(QComboBox(), "attendance")
        for choice in Attendance:
            self.attendance.addItem(_tr(ATTENDANCE_TEXT[choice]), choice)
        self.discussed = named(QCheckBox(self.tr("Attendance was discussed")), "discussed")
        self.discussion = named(QComboBox(), "discussion")
        for mode in Discussion:
            self.discussion.addItem(_tr(DISCUSSION_TEXT[mode]), mode)
        self.safety_ground = named(QLineEdit(), "safety_ground")
        self.save_before_button = named(QPushButton(self.tr("Save &before-meeting")), "save_before")
        self.save_before_button.clicked.connect(self.save_before)
        # -- limits
        self.limit_party = named(QComboBox(), "limit_participant")
        self.limit_domain = named(QComboBox(), "limit_domain")
        for domain in service.profile.zrm_domains():
            self.limit_domain.addItem(display_name(domain), domain.id)
        self.limit_words = named(QLineEdit(), "limit_words")
        self.limit_words.setPlaceholderText(self.tr("the citizen's words"))
        self.add_limit_button = named(QPushButton(self.tr("Add &limit")), "add_limit")
        self.add_limit_button.clicked.connect(self.add_limit)
        self.limits = named(QListWidget(), "limits")
        self.limits.setAccessibleName(self.tr("Limits"))
        self.limits.setMaximumHeight(60)
        self.record_limits_button = named(
            QPushButton(self.tr("Record &limits (none is an answer too)")), "record_limits"
        )
        self.record_limits_button.clicked.connect(self.record_limits)
        self.ready_button = named(QPushButton(self.tr("Mark &ready")), "mark_ready")
        self.ready_button.clicked.connect(self.mark_ready)
        # -- agreements and export
        self.agreement_party = named(QComboBox(), "agreement_participant")
        self.agreement_party.currentIndexChanged.connect(self.show_offer)
        self.action = named(QLineEdit(), "agreement_action")
        self.items = named(QListWidget(), "agreement_items")
        self.items.setAccessibleName(self.tr("Data this participant may get"))
        self.items.setMaximumHeight(110)
        self.agree_button = named(QPushButton(self.tr("Record &agreement")), "record_agreement")
        self.agree_button.clicked.connect(self.record_agreement)
        self.export_button = named(QPushButton(self.tr("Show &export")), "show_export")
        self.export_button.clicked.connect(self.show_export)
        self.objects_button = named(QPushButton(self.tr("Citizen &objects")), "citizen_objects")
        self.objects_button.clicked.connect(lambda: self._call(service.citizen_objects))
        self.export_text = named(QPlainTextEdit(), "export_text")
        self.export_text.setReadOnly(True)
        self.export_text.setAccessibleName(self.tr("Export"))
        self.export_text.setMaximumHeight(110)
        self.message = message_label("meeting_message")
        self.close_button = named(QPushButton(self.tr("&Close")), "close")
        self.close_button.clicked.connect(self.accept)
        self._layout()
        self._enable(False)
        self.resize(720, 860)

    def _layout(self) -> None:
        def box(title: str, *parts: object) -> QGroupBox:
            group = QGroupBox(title)
            layout = QVBoxLayout(group)
            for part in parts:
                if isinstance(part, QWidget):
                    layout.addWidget(part)
                else:
                    layout.addLayout(part)  # type: ignore[arg-type]
            return group

        def row(*widgets: QWidget) -> QHBoxLayout:
            line = QHBoxLayout()
            for widget in widgets:
                line.addWidget(widget)
            return line

        self.meeting_box = box(
            self.tr("Meeting"),
            labelled_form([(self.tr("&Type"), self.type), (self.tr("P&urpose"), self.purpose),
                           (self.tr("&Date"), self.held_on)]),
            row(self.create_button),
        )  # fmt: skip
        self.parties_box = box(
            self.tr("Participants"),
            labelled_form([(self.tr("&Organisation"), self.organisation),
                           (self.tr("R&ole"), self.role),
                           (self.tr("&Task or ground"), self.task_ground)]),
            row(self.adviser, self.add_participant_button), self.participants,
        )  # fmt: skip
        self.before_box = box(
            self.tr("Before the meeting"),
            labelled_form([
                (self.tr("Citizen &informed on"), self.informed_on),
                (self.tr("&How"), self.informed_how),
                (self.tr("Atte&ndance"), self.attendance),
                (self.tr("If absent, discussed"), self.discussion),
                (self.tr("Safety &ground"), self.safety_ground),
            ]),
            row(self.discussed, self.save_before_button),
        )  # fmt: skip
        self.limits_box = box(
            self.tr("The citizen's limits on sharing"),
            labelled_form([(self.tr("&With"), self.limit_party),
                           (self.tr("Do&main"), self.limit_domain),
                           (self.tr("Wo&rds"), self.limit_words)]),
            row(self.add_limit_button, self.record_limits_button), self.limits,
            row(self.ready_button),
        )  # fmt: skip
        self.agreements_box = box(
            self.tr("Agreements (who gets which data for which action)"),
            labelled_form([(self.tr("Partic&ipant"), self.agreement_party),
                           (self.tr("Agreed a&ction"), self.action)]),
            self.items,
            row(self.agree_button, self.export_button, self.objects_button),
            self.export_text,
        )  # fmt: skip
        inner = QWidget()
        column = QVBoxLayout(inner)
        for group in (self.meeting_box, self.parties_box, self.before_box, self.limits_box,
                      self.agreements_box):  # fmt: skip
            column.addWidget(group)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.message)
        outer.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)

    def _enable(self, started: bool) -> None:
        self.meeting_box.setEnabled(not started)
        for group in (self.parties_box, self.before_box, self.limits_box, self.agreements_box):
            group.setEnabled(started)

    def _call(self, action: object, *args: object) -> bool:
        """Run a service call on this meeting; show the refusal in plain words."""
        try:
            action(self.meeting_id, *args)  # type: ignore[operator]
        except ValidationError as exc:
            self.message.setText(str(exc))
            return False
        self.message.setText(self.tr("Saved."))
        return True

    # -- slots ---------------------------------------------------------------------------------
    def create_meeting(self) -> None:
        try:
            meeting = self.service.create(
                self.citizen_id, self.type.currentData(), self.purpose.text(),
                self.held_on.date().toPython(), self.intake_id,
            )  # fmt: skip
        except ValidationError as exc:
            self.message.setText(str(exc))
            return
        self.meeting_id = meeting.id
        self._enable(True)
        self.message.setText(self.tr("Meeting started."))

    def add_participant(self) -> None:
        if self._call(
            self.service.add_participant, self.organisation.text(), self.role.text(),
            self.task_ground.text(), self.adviser.isChecked(),
        ):  # fmt: skip
            for field in (self.organisation, self.role, self.task_ground):
                field.clear()
            self.adviser.setChecked(False)
            self._show_participants()

    def _show_participants(self) -> None:
        assert self.meeting_id is not None  # noqa: S101 - only after the start
        self.participants.clear()
        self.limit_party.clear()
        self.agreement_party.clear()
        self.limit_party.addItem(self.tr("everyone at the table"), None)
        for party in self.service.participants(self.meeting_id):
            adviser = self.tr(" (adviser)") if party.adviser else ""
            text = f"{party.organisation} – {party.role}{adviser}: {party.task_ground}"
            self.participants.addItem(text)
            self.limit_party.addItem(party.organisation, party.id)
            self.agreement_party.addItem(party.organisation, party.id)

    def save_before(self) -> None:
        ok = self._call(
            self.service.record_informed, self.informed_on.date().toPython(),
            self.informed_how.text(),
        ) and self._call(
            self.service.record_attendance, self.attendance.currentData(),
            self.discussed.isChecked(),
        )  # fmt: skip
        if ok and self.attendance.currentData() is not Attendance.ATTEND:
            self._call(
                self.service.record_discussion, self.discussion.currentData(),
                self.safety_ground.text(),
            )  # fmt: skip

    def add_limit(self) -> None:
        draft = LimitDraft(
            self.limit_party.currentData(), self.limit_domain.currentData(),
            words=self.limit_words.text(),
        )  # fmt: skip
        self.limit_drafts.append(draft)
        self.limits.addItem(
            f"{self.limit_party.currentText()}: {self.limit_domain.currentText()}"
            + (f" ({draft.words.strip()})" if draft.words.strip() else "")
        )
        self.limit_words.clear()

    def record_limits(self) -> None:
        self._call(self.service.record_limits, list(self.limit_drafts))

    def mark_ready(self) -> None:
        if self._call(self.service.mark_ready):
            self.message.setText(self.tr("Ready for the meeting."))
            self.show_offer()

    def show_offer(self) -> None:
        self.items.clear()
        party = self.agreement_party.currentData()
        if self.meeting_id is None or party is None:
            return
        for item in self.service.offer(self.meeting_id, party):
            entry = QListWidgetItem(item.label)
            entry.setData(KEY_ROLE, item.key)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)  # nothing pre-selected
            self.items.addItem(entry)

    def chosen(self) -> list[Choice]:
        return [
            Choice(str(self.items.item(i).data(KEY_ROLE)))
            for i in range(self.items.count())
            if self.items.item(i).checkState() == Qt.CheckState.Checked
        ]

    def record_agreement(self) -> None:
        if self._call(
            self.service.add_agreement, self.agreement_party.currentData(), self.action.text(),
            self.chosen(),
        ):  # fmt: skip
            self.action.clear()
            self.show_offer()

    def show_export(self) -> None:
        try:
            assert self.meeting_id is not None  # noqa: S101 - the box is enabled after start
            export = self.service.export(self.meeting_id, self.agreement_party.currentData())
        except ValidationError as exc:
            self.message.setText(str(exc))
            return
        self.export_text.setPlainText(export.text())


def open_case_meeting(
    parent: QWidget | None,
    service: CaseMeetingService,
    citizen_id: str,
    intake_id: str | None = None,
) -> CaseMeetingDialog:
    """Open the dialog modally and return it (the meeting id is on it)."""
    dialog = CaseMeetingDialog(service, citizen_id, intake_id, parent)
    dialog.exec()
    return dialog
