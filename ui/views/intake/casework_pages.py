"""Two intake steps around the conversation (issue 5): who else is present (each with the
citizen's agreement) and the law's process with its deadlines. Each page builds its panel once
the conversation has started; a change tells the window to refresh the steps and the list.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from app.domain.tasks import TaskState
from app.services.procedure import ProcedureService
from app.services.representation import RepresentationService
from app.services.tasks import TaskService
from ui.views.casework.present_panel import PresentPanel
from ui.views.casework.process_panel import ProcessPanel
from ui.views.intake.context import IntakeContext


class _LazyPanelPage(QWidget):
    """Shows a hint until the intake exists, then the panel ``build(intake_id)`` makes."""

    def __init__(self, ctx: IntakeContext, hint: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.panel: QGroupBox | None = None
        self._for: str | None = None
        self.hint = QLabel(hint)
        self.hint.setWordWrap(True)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.hint)
        self._layout.addStretch(1)

    def build(self, intake_id: str) -> QGroupBox:
        raise NotImplementedError

    def refresh(self) -> None:
        intake_id = self.ctx.intake_id
        if intake_id is None or intake_id == self._for:
            if self.panel is not None:
                self.panel.refresh()  # type: ignore[attr-defined]
            return
        if self.panel is not None:
            self.panel.deleteLater()
        self._for = intake_id
        self.panel = self.build(intake_id)
        self._layout.insertWidget(self._layout.count() - 1, self.panel, 1)
        self.hint.hide()


class PresentPage(_LazyPanelPage):
    def __init__(self, ctx: IntakeContext) -> None:
        super().__init__(
            ctx,
            self.tr("Start the conversation first; then record who else is present."),
        )
        self.service = RepresentationService(
            ctx.session.vault.db, ctx.session.trail, ctx.profile, ctx.session.now
        )

    def build(self, intake_id: str) -> QGroupBox:
        panel = PresentPanel(self.service, intake_id)
        panel.present_changed.connect(self.ctx.changed)
        return panel


def procedure_service(ctx: IntakeContext) -> ProcedureService:
    session = ctx.session
    tasks = TaskService(
        session.vault.db, session.trail, session.now, procedures=ctx.profile.procedures
    )
    return ProcedureService(ctx.service, tasks)


class ProcedurePage(_LazyPanelPage):
    def __init__(self, ctx: IntakeContext) -> None:
        super().__init__(
            ctx,
            self.tr("Start the conversation first; then record the melding and later steps."),
        )
        self.procedure = procedure_service(ctx)

    def build(self, intake_id: str) -> QGroupBox:
        panel = ProcessPanel(self.procedure, intake_id)
        panel.process_changed.connect(self.ctx.changed)
        return panel

    def state(self) -> str:
        return procedure_state(self.procedure, self.ctx.intake_id)


def procedure_state(procedure: ProcedureService, intake_id: str | None) -> str:
    """``skip`` (no procedure for this law), ``todo``, ``overdue`` or ``done``: the state of
    the step in the list, without building its page."""
    if intake_id is None:
        return "todo"
    if procedure.procedure(intake_id) is None:
        return "skip"
    states = {d.state for d in procedure.deadlines(intake_id, procedure.today())}
    if TaskState.OVERDUE in states:
        return "overdue"
    return "done" if states <= {TaskState.DONE} else "todo"
