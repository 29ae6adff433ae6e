"""What every intake page shares: the three intake services, the open intake's id, and one
way to run a service call that turns a refusal into a plain message and keeps the input.

Pages call :meth:`IntakeContext.attempt`; on success ``changed`` tells the shell to refresh the
steps and the *Wat leggen we vast* panel.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QMessageBox, QWidget

from app.domain.citizen import ValidationError
from app.domain.closing import ReviewItem
from app.domain.notes import MedicalWordWarning
from app.domain.profile import AgencyProfile
from app.services.intake import IntakeService
from app.services.intake_records import IntakeRecords
from app.services.intake_review import IntakeReview
from app.services.lookups import ManualLookups
from app.services.retention import RetentionService
from app.services.session import Session
from app.storage.errors import VaultError

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str) -> W:
    """Give ``widget`` its stable objectName (tests and screen readers find it by this)."""
    widget.setObjectName(name)
    return widget


def message_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAccessibleName(QCoreApplication.translate("IntakeContext", "Message"))
    return label


def confirm(parent: QWidget, text: str, on_yes: Callable[[], object]) -> QMessageBox:
    """Ask before a physical deletion, in a box that does not block (a lock may close it)."""
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    title = QCoreApplication.translate("IntakeContext", "Delete for good?")
    box = QMessageBox(QMessageBox.Icon.Question, title, text, yes | no, parent)
    box.setDefaultButton(no)
    box.setEscapeButton(no)

    def answered(_result: int) -> None:
        if box.standardButton(box.clickedButton()) == yes:
            on_yes()

    box.finished.connect(answered)
    box.finished.connect(box.deleteLater)
    box.open()
    return box


def labelled_form(rows: list[tuple[str, QWidget]], wrap: bool = False) -> QFormLayout:
    """A form whose labels are buddies of their fields (Alt+letter and accessible names)."""
    form = QFormLayout()
    if wrap:
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    for text, field in rows:
        label = QLabel(text)
        label.setBuddy(field)
        form.addRow(label, field)
    return form


def guidance_box(profile: AgencyProfile, point: str) -> QLabel:
    """The agency's short guidance at a decision point (R-002-29), or nothing."""
    text = profile.guidance_for(point)
    label = QLabel(text)
    label.setObjectName(f"guidance_{point}")
    label.setWordWrap(True)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setMargin(6)
    if not text:  # hide() only: show() before it has a parent would open a window
        label.hide()
    return label


class IntakeContext(QObject):
    changed = Signal()

    def __init__(
        self,
        session: Session,
        profile: AgencyProfile,
        citizen_id: str,
        intake_id: str | None = None,
    ) -> None:
        super().__init__()
        self.session = session
        self.profile = profile
        self.citizen_id = citizen_id
        self.intake_id = intake_id
        self.service = IntakeService(session.vault.db, session.trail, profile, session.now)
        self.records = IntakeRecords(self.service)
        self.review = IntakeReview(self.service)
        self.lookups = ManualLookups(self.service)
        self.retention = RetentionService(session.vault.db, session.trail, profile, session.now)
        self.last_error: Exception | None = None

    @property
    def started(self) -> bool:
        return self.intake_id is not None

    def require_id(self) -> str:
        if self.intake_id is None:
            raise ValidationError("intake", self.tr("Start the conversation first."))
        return self.intake_id

    def review_items(self) -> list[ReviewItem]:
        """Everything the open intake will store (empty before it starts)."""
        return self.review.review_items(self.intake_id) if self.intake_id is not None else []

    def attempt(self, work: Callable[[], object], message: QLabel, done: str = "") -> bool:
        """Run ``work``; a refusal shows in ``message`` and the fields keep their text."""
        self.last_error = None
        try:
            work()
        except (ValidationError, VaultError) as exc:
            self.last_error = exc
            message.setText(str(exc))
            if isinstance(exc, MedicalWordWarning) and self.intake_id is not None:
                self.records.medical_warning_shown(self.intake_id)  # counted, never its words
            return False
        message.setText(done)
        self.changed.emit()
        return True
