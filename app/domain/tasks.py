"""One task list for every dated duty (DESIGN section 5 ``Task``; issue 5).

A task row holds no personal data: its title is the label of its *kind*, the citizen's name is
joined in when shown. Kinds live in a small registry so later parts add their own
(:func:`register_kind`); deadline tasks take their label from the law's procedure.

State in words, never colour alone: ``open``, ``te laat``, ``uitgesteld``, ``gedaan``. A
statutory deadline is te laat once its legal date has passed, even when postponed: postponing
never hides a legal deadline. Other tasks are te laat after their (postponed) date.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from app.domain.citizen import ValidationError
from app.domain.procedure import WMO, Procedure
from app.i18n import QT_TRANSLATE_NOOP, translate

MAX_REASON = 500
DEADLINE_PREFIX = "deadline:"

# kind -> English source text (context "TaskKind"); later issues add theirs with register_kind.
_KINDS: dict[str, str] = {
    "inform_network_person": QT_TRANSLATE_NOOP(
        "TaskKind", "Tell a network person that their data were recorded"
    ),
    "case_meeting_feedback": QT_TRANSLATE_NOOP("TaskKind", "Feedback after a case meeting"),
    "review_signal": QT_TRANSLATE_NOOP("TaskKind", "Review a signal"),
    "rights_request": QT_TRANSLATE_NOOP("TaskKind", "Answer a rights request"),
    "purge_after_handover": QT_TRANSLATE_NOOP("TaskKind", "Purge after hand-over"),
    "review_scope": QT_TRANSLATE_NOOP("TaskKind", "Review the domains of an open file"),
    # issue 7: sharing, case meetings and signals
    "explain_sharing": QT_TRANSLATE_NOOP("TaskKind", "Explain a disclosure to the citizen"),
    "review_postponed_telling": QT_TRANSLATE_NOOP(
        "TaskKind", "Review whether the citizen can now be told about a disclosure"
    ),
    "contact_signal_person": QT_TRANSLATE_NOOP("TaskKind", "Contact the person a signal is about"),
    "inform_third_person": QT_TRANSLATE_NOOP(
        "TaskKind", "Tell a third person that material about them was stored"
    ),
    "purge_meeting_details": QT_TRANSLATE_NOOP("TaskKind", "Purge case-meeting details"),
    "review_withdrawn_domain": QT_TRANSLATE_NOOP(
        "TaskKind", "Review whether the data of a withdrawn domain must be deleted"
    ),
    # issue 8: rights, retention and accountability
    "rights_request_extension": QT_TRANSLATE_NOOP(
        "TaskKind", "Send the reasoned notice of an extended rights request"
    ),
    "review_retention": QT_TRANSLATE_NOOP(
        "TaskKind", "Review whether a dossier is still needed on this laptop"
    ),
    "privacy_incident": QT_TRANSLATE_NOOP("TaskKind", "Follow up a privacy incident"),
}


def register_kind(kind: str, source_text: str) -> None:
    """Add a kind; mark ``source_text`` with ``QT_TRANSLATE_NOOP("TaskKind", ...)``."""
    if not kind or kind.startswith(DEADLINE_PREFIX):
        raise ValueError("deadline kinds come from the procedures")
    _KINDS[kind] = source_text


def is_known_kind(kind: str) -> bool:
    return kind in _KINDS or kind.startswith(DEADLINE_PREFIX)


def kind_label(kind: str, procedures: Iterable[Procedure] = ()) -> str:
    """The task's title: the kind's label, or the deadline's label from its procedure."""
    if kind in _KINDS:
        return translate("TaskKind", _KINDS[kind])
    if kind.startswith(DEADLINE_PREFIX):
        law, _, key = kind.removeprefix(DEADLINE_PREFIX).partition(":")
        for procedure in (WMO, *procedures):
            spec = procedure.deadline(key) if procedure.law == law else None
            if spec is not None:
                return spec.label.text()
        return translate("TaskKind", "Deadline")
    return translate("TaskKind", "Task")


class Status(enum.StrEnum):
    """What is stored; the state shown also depends on the day (:class:`TaskState`)."""

    OPEN = "open"
    POSTPONED = "postponed"
    DONE = "done"


class TaskState(enum.StrEnum):
    OPEN = "open"
    OVERDUE = "te_laat"
    POSTPONED = "uitgesteld"
    DONE = "gedaan"

    @property
    def label(self) -> str:
        return translate("TaskState", _STATE_WORDS[self])


_STATE_WORDS = {
    TaskState.OPEN: QT_TRANSLATE_NOOP("TaskState", "open"),  # open
    TaskState.OVERDUE: QT_TRANSLATE_NOOP("TaskState", "overdue"),  # te laat
    TaskState.POSTPONED: QT_TRANSLATE_NOOP("TaskState", "postponed"),  # uitgesteld
    TaskState.DONE: QT_TRANSLATE_NOOP("TaskState", "done"),  # gedaan
}


@dataclass(frozen=True)
class Task:
    id: str
    kind: str
    citizen_id: str | None
    intake_id: str | None
    object_id: str | None
    source_key: str | None
    due_on: date
    statutory: bool
    status: Status
    postponed_to: date | None
    postpone_reason: str
    done_at: datetime | None
    done_note: str
    created_at: datetime

    @property
    def current_due(self) -> date:
        """The date the worker aims for: the postponed date, else the due date."""
        return self.postponed_to or self.due_on

    @property
    def late_after(self) -> date:
        """After this day the task is te laat: a statutory one's legal date never moves."""
        return self.due_on if self.statutory else self.current_due

    def state_on(self, today: date) -> TaskState:
        if self.status is Status.DONE:
            return TaskState.DONE
        if today > self.late_after:
            return TaskState.OVERDUE
        if self.status is Status.POSTPONED:
            return TaskState.POSTPONED
        return TaskState.OPEN

    def label(self, procedures: Iterable[Procedure] = ()) -> str:
        return kind_label(self.kind, procedures)


@dataclass(frozen=True)
class TaskRow:
    """A task as the home screen lists it: with the citizen's name and case number."""

    task: Task
    citizen_name: str
    case_number: str
    state: TaskState


def check_postpone(task: Task, until: date, reason: str, today: date) -> str:
    """The cleaned reason, if ``task`` may move to ``until``; else a plain refusal."""
    if task.status is Status.DONE:
        raise ValidationError("task", translate("Tasks", "This task is done already."))
    text = " ".join(reason.split())
    if not text:
        raise ValidationError("reason", translate("Tasks", "Give a reason for postponing."))
    if len(text) > MAX_REASON:
        raise ValidationError(
            "reason", translate("Tasks", "The reason is too long (at most 500 characters).")
        )
    if until <= task.current_due or until < today:
        raise ValidationError(
            "until",
            translate("Tasks", "Choose a date after the current due date, not in the past."),
        )
    return text


def check_done(task: Task, note: str) -> str:
    if task.status is Status.DONE:
        raise ValidationError("task", translate("Tasks", "This task is done already."))
    text = note.strip()
    if len(text) > MAX_REASON:
        raise ValidationError(
            "note", translate("Tasks", "The note is too long (at most 500 characters).")
        )
    return text
