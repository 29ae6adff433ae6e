"""A law's process as data: the events a worker records and the deadlines they start.

The Wmo 2015 procedure is built in (art. 2.3.2 lid 1, 2, 3 and 8; art. 2.3.3; art. 2.3.5 lid 2).
The Jeugdwet has no statutory onderzoek term; its steps come from the municipal verordening, so
an agency profile defines them (``[procedure.jeugdwet]``, parsed in ``profile_extras``). A law
without a procedure simply has none.

A deadline runs from one event (``from_event``) and is met by another (``done_by``). A statutory
deadline (set in a wet or AMvB) is computed under the Algemene termijnenwet and never hides
behind a postponement; an agency's own term ends on its calendar date.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime

from app.domain.deadlines import NO_EXTRA, calendar_due, due_after, weeks
from app.formatting import current_locale
from app.i18n import QT_TRANSLATE_NOOP, translate

MAX_TERM_DAYS = 365


@dataclass(frozen=True)
class Label:
    """A label in Dutch with an optional English text (agency profile), or a built-in one.

    Built-in labels (``builtin``) hold the English source text in ``en`` and go through Qt
    Linguist (context "Procedure"); the Dutch wording lives in the catalog.
    """

    nl: str
    en: str = ""
    builtin: bool = False

    def text(self) -> str:
        if self.builtin:
            return translate("Procedure", self.en)
        if self.en and current_locale().startswith("en"):
            return self.en
        return self.nl


def _builtin(text: str) -> Label:
    return Label("", text, builtin=True)


class Detail(enum.StrEnum):
    """What an event records besides its date."""

    NONE = "none"
    REASON = "reason"  # a short reason is required (spoed)
    CHOICE = "choice"  # one of the event's choices (the reaction to the verslag)


@dataclass(frozen=True)
class EventSpec:
    key: str
    label: Label
    detail: Detail = Detail.NONE
    choices: tuple[tuple[str, Label], ...] = ()
    # Only after this event, and not before its date (the reaction follows the verslag).
    after: str | None = None

    def choice_label(self, key: str) -> str:
        return next((label.text() for k, label in self.choices if k == key), key)


@dataclass(frozen=True)
class DeadlineSpec:
    key: str
    label: Label
    from_event: str
    days: int
    done_by: str
    statutory: bool
    basis: str = ""  # the article, e.g. "Wmo 2015 art. 2.3.2 lid 1"

    def due(self, start: date, extra: frozenset[date] = NO_EXTRA) -> date:
        """The last day: under the Atw when a wet sets the term, else the calendar date."""
        if self.statutory:
            return due_after(start, self.days, extra)
        return calendar_due(start, self.days)


@dataclass(frozen=True)
class Procedure:
    """The events in the order the worker meets them (the first one starts the process)."""

    law: str
    events: tuple[EventSpec, ...]
    deadlines: tuple[DeadlineSpec, ...]

    @property
    def start(self) -> str:
        return self.events[0].key

    def event(self, key: str) -> EventSpec | None:
        return next((e for e in self.events if e.key == key), None)

    def deadline(self, key: str) -> DeadlineSpec | None:
        return next((d for d in self.deadlines if d.key == key), None)

    def started_by(self, event: str) -> tuple[DeadlineSpec, ...]:
        return tuple(d for d in self.deadlines if d.from_event == event)

    def met_by(self, event: str) -> tuple[DeadlineSpec, ...]:
        return tuple(d for d in self.deadlines if d.done_by == event)


@dataclass(frozen=True)
class RecordedEvent:
    """An event as stored for one intake; ``detail`` is the spoed reason or the reaction."""

    intake_id: str
    event: str
    on: date
    detail: str
    recorded_at: datetime
    worker_id: str


def deadline_kind(law: str, key: str) -> str:
    """The task kind of a deadline: ``deadline:<law>:<key>`` (keys may repeat across laws)."""
    return f"deadline:{law}:{key}"


REACTIONS = (
    ("akkoord", _builtin(QT_TRANSLATE_NOOP("Procedure", "agreed"))),
    ("opmerkingen", _builtin(QT_TRANSLATE_NOOP("Procedure", "agreed, with remarks"))),
    ("geen_reactie", _builtin(QT_TRANSLATE_NOOP("Procedure", "no reaction"))),
)

WMO = Procedure(
    "wmo",
    events=(
        EventSpec("melding", _builtin(QT_TRANSLATE_NOOP("Procedure", "Melding received"))),
        EventSpec(
            "spoed",
            _builtin(QT_TRANSLATE_NOOP("Procedure", "Urgent case (spoed, art. 2.3.3)")),
            Detail.REASON,
        ),
        EventSpec(
            "voorziening_geregeld",
            _builtin(QT_TRANSLATE_NOOP("Procedure", "Temporary provision arranged")),
            after="spoed",
        ),
        EventSpec(
            "plan_aangeboden",
            _builtin(QT_TRANSLATE_NOOP("Procedure", "Told about the persoonlijk plan")),
        ),
        EventSpec(
            "clientondersteuning_aangeboden",
            _builtin(QT_TRANSLATE_NOOP("Procedure", "Free cliëntondersteuning offered")),
        ),
        EventSpec(
            "verslag_verstuurd",
            _builtin(QT_TRANSLATE_NOOP("Procedure", "Written verslag of the onderzoek sent")),
        ),
        EventSpec(
            "reactie_verslag",
            _builtin(QT_TRANSLATE_NOOP("Procedure", "Citizen's reaction to the verslag")),
            Detail.CHOICE,
            REACTIONS,
            after="verslag_verstuurd",
        ),
        EventSpec("aanvraag", _builtin(QT_TRANSLATE_NOOP("Procedure", "Aanvraag received"))),
        EventSpec(
            "beschikking",
            _builtin(QT_TRANSLATE_NOOP("Procedure", "Beschikking sent")),
            after="aanvraag",
        ),
    ),
    deadlines=(
        DeadlineSpec(
            "persoonlijk_plan",
            _builtin(QT_TRANSLATE_NOOP("Procedure", "Tell about the persoonlijk plan (7 days)")),
            "melding",
            7,
            "plan_aangeboden",
            True,
            "Wmo 2015 art. 2.3.2 lid 2",
        ),
        DeadlineSpec(
            "onderzoek",
            _builtin(QT_TRANSLATE_NOOP("Procedure", "Onderzoek and verslag (6 weeks)")),
            "melding",
            weeks(6),
            "verslag_verstuurd",
            True,
            "Wmo 2015 art. 2.3.2 lid 1 en 8",
        ),
        DeadlineSpec(
            "clientondersteuning",
            _builtin(QT_TRANSLATE_NOOP("Procedure", "Offer free cliëntondersteuning")),
            "melding",
            weeks(6),
            "clientondersteuning_aangeboden",
            True,
            "Wmo 2015 art. 2.3.2 lid 3",
        ),
        DeadlineSpec(
            "spoed",
            _builtin(QT_TRANSLATE_NOOP("Procedure", "Arrange a temporary provision at once")),
            "spoed",
            0,
            "voorziening_geregeld",
            True,
            "Wmo 2015 art. 2.3.3",
        ),
        DeadlineSpec(
            "beschikking",
            _builtin(QT_TRANSLATE_NOOP("Procedure", "Beschikking (2 weeks)")),
            "aanvraag",
            weeks(2),
            "beschikking",
            True,
            "Wmo 2015 art. 2.3.5 lid 2",
        ),
    ),
)
