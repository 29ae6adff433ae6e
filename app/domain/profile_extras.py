"""The optional profile parts added after format 1 shipped: needs, scope, guidance, casework
and the agency's own procedures (issue 5).

Each is optional, so a profile signed before they existed stays valid and gets the defaults of
:class:`AgencyProfile`. They live apart from ``profile_parse`` to keep that module small; like
it, they raise only :class:`InvalidField`, naming the wrong field by its dotted path.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from app.domain.procedure import MAX_TERM_DAYS, DeadlineSpec, Detail, EventSpec, Label, Procedure
from app.domain.profile import GUIDANCE_POINTS, NEEDS, Casework
from app.domain.profile_errors import InvalidField
from app.domain.profile_fields import table as _table
from app.domain.profile_fields import whole as _whole
from app.i18n import translate

# Guidance is a hint beside the form, not a manual: a few calm sentences at most (R-002-29).
MAX_GUIDANCE_CHARS = 600


def parse_needs(table: dict[str, Any], path: str) -> tuple[str, ...]:
    """The ``needs`` of one help-request type (R-000-14); ``()`` when absent.

    ``path`` is the type's prefix, e.g. ``help_request_types[2].``.
    """
    needs = table.get("needs")
    if needs is None:
        return ()
    if not isinstance(needs, list):
        raise InvalidField(f"{path}needs", translate("Profile", "must be a list"))
    for index, need in enumerate(needs):
        where = f"{path}needs[{index}]"
        if not isinstance(need, str) or need not in NEEDS:
            raise InvalidField(
                where, translate("Profile", "must be bsn, identiteit, inkomen or verblijfsstatus")
            )
        if need in needs[:index]:
            raise InvalidField(where, translate("Profile", "used twice"))
    return tuple(needs)


def parse_scope(doc: dict[str, Any]) -> bool:
    """``scope.justitie_in_wmo``: may a Wmo-only dossier hold justitie content (AVG art. 10)?

    Off unless the agency turns it on, so an absent ``[scope]`` table means ``False``.
    """
    scope = doc.get("scope", {})
    if not isinstance(scope, dict):
        raise InvalidField("scope", translate("Profile", "must be a table"))
    for key in scope:
        if key != "justitie_in_wmo":
            raise InvalidField(
                f"scope.{key}", translate("Profile", "unknown field (check the spelling)")
            )
    value = scope.get("justitie_in_wmo", False)
    if not isinstance(value, bool):
        raise InvalidField("scope.justitie_in_wmo", translate("Profile", "must be true or false"))
    return value


def _guidance_text(point: str, text: object) -> str:
    where = f"guidance.{point}"
    if point not in GUIDANCE_POINTS:
        raise InvalidField(where, translate("Profile", "unknown decision point"))
    if not isinstance(text, str) or not text.strip():
        raise InvalidField(where, translate("Profile", "must be a non-empty text"))
    if len(text.strip()) > MAX_GUIDANCE_CHARS:
        problem = translate("Profile", "too long (at most {count} characters)")
        raise InvalidField(where, problem.format(count=MAX_GUIDANCE_CHARS))
    return text.strip()


def parse_guidance(doc: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    """The ``[guidance]`` table as ``(point, text)`` pairs in the order of GUIDANCE_POINTS.

    Keys are checked in file order, so the first wrong one is the one reported.
    """
    table = doc.get("guidance", {})
    if not isinstance(table, dict):
        raise InvalidField("guidance", translate("Profile", "must be a table"))
    texts = {str(point): _guidance_text(str(point), text) for point, text in table.items()}
    return tuple((point, texts[point]) for point in GUIDANCE_POINTS if point in texts)


# -- [casework] and [procedure.<law>] (issue 5) -------------------------------------------------
_LAWS_WITH_OWN_PROCEDURE = ("jeugdwet", "participatiewet", "wgs")  # Wmo's is built in
_EVENT_KEYS = ("id", "label", "label_en", "after", "reason")
_DEADLINE_KEYS = ("id", "label", "label_en", "from", "days", "done_by", "statutory", "basis")
_KEY = re.compile(r"^[a-z][a-z0-9_]{0,47}$")
MAX_LABEL_CHARS = 120
MAX_STEPS = 30


def _text(table: dict[str, Any], key: str, path: str, required: bool = True) -> str:
    value = table.get(key)
    if value is None and not required:
        return ""
    if value is None:
        raise InvalidField(f"{path}{key}", translate("Profile", "missing"))
    if not isinstance(value, str) or not value.strip():
        raise InvalidField(f"{path}{key}", translate("Profile", "must be a non-empty text"))
    if len(value.strip()) > MAX_LABEL_CHARS:
        problem = translate("Profile", "too long (at most {count} characters)")
        raise InvalidField(f"{path}{key}", problem.format(count=MAX_LABEL_CHARS))
    return value.strip()


def parse_casework(doc: dict[str, Any]) -> Casework:
    """``[casework]``: the inform-a-network-person term and the Atw days a royal decree adds.

    Both optional; ``atw_extra_days`` takes TOML dates (``[2026-05-15]``).
    """
    allowed = ("inform_network_person_days", "atw_extra_days")
    table = _table(doc.get("casework", {}), "casework", allowed)
    days = _whole(table, "inform_network_person_days", "casework.", 1, 90, 14)
    extra = table.get("atw_extra_days", [])
    if not isinstance(extra, list):
        raise InvalidField("casework.atw_extra_days", translate("Profile", "must be a list"))
    for index, day in enumerate(extra):
        if not isinstance(day, date) or isinstance(day, datetime):
            raise InvalidField(
                f"casework.atw_extra_days[{index}]",
                translate("Profile", "must be a date, e.g. 2026-05-15"),
            )
    return Casework(days, frozenset(extra))


def _event(table: dict[str, Any], path: str, earlier: list[str]) -> EventSpec:
    key = _text(table, "id", path)
    if not _KEY.match(key):
        raise InvalidField(
            f"{path}id", translate("Profile", "use lower-case letters, digits and _")
        )
    if key in earlier:
        raise InvalidField(f"{path}id", translate("Profile", "used twice"))
    after = table.get("after")
    if after is not None and after not in earlier:
        raise InvalidField(f"{path}after", translate("Profile", "must be an event listed above"))
    reason = table.get("reason", False)
    if not isinstance(reason, bool):
        raise InvalidField(f"{path}reason", translate("Profile", "must be true or false"))
    label = Label(_text(table, "label", path), _text(table, "label_en", path, required=False))
    return EventSpec(key, label, Detail.REASON if reason else Detail.NONE, (), after)


def _deadline(table: dict[str, Any], path: str, events: list[str], seen: list[str]) -> DeadlineSpec:
    key = _text(table, "id", path)
    if not _KEY.match(key):
        raise InvalidField(
            f"{path}id", translate("Profile", "use lower-case letters, digits and _")
        )
    if key in seen:
        raise InvalidField(f"{path}id", translate("Profile", "used twice"))
    label = Label(_text(table, "label", path), _text(table, "label_en", path, required=False))
    ends = []
    for field in ("from", "done_by"):
        if _text(table, field, path) not in events:
            raise InvalidField(f"{path}{field}", translate("Profile", "not one of the events"))
        ends.append(table[field].strip())
    if ends[0] == ends[1]:
        raise InvalidField(f"{path}done_by", translate("Profile", "must differ from 'from'"))
    if "days" not in table:
        raise InvalidField(f"{path}days", translate("Profile", "missing"))
    days = _whole(table, "days", path, 0, MAX_TERM_DAYS, 0)
    statutory = table.get("statutory", False)
    if not isinstance(statutory, bool):
        raise InvalidField(f"{path}statutory", translate("Profile", "must be true or false"))
    basis = _text(table, "basis", path, required=False)
    return DeadlineSpec(key, label, ends[0], days, ends[1], statutory, basis)


def _steps(table: dict[str, Any], key: str, path: str, required: bool) -> list[Any]:
    items = table.get(key, [] if not required else None)
    if items is None or (required and items == []):
        raise InvalidField(f"{path}.{key}", translate("Profile", "list at least one"))
    if not isinstance(items, list):
        raise InvalidField(f"{path}.{key}", translate("Profile", "must be a list"))
    if len(items) > MAX_STEPS:
        problem = translate("Profile", "too many (at most {count})")
        raise InvalidField(f"{path}.{key}", problem.format(count=MAX_STEPS))
    return items


def parse_procedures(doc: dict[str, Any]) -> tuple[Procedure, ...]:
    """``[procedure.<law>]`` tables: the agency's own steps for laws without a statutory one.

    Events come in the order the worker meets them; the first starts the process. A deadline
    runs ``days`` from its ``from`` event and is met by its ``done_by`` event; ``statutory``
    marks a term set in a wet (it then follows the Algemene termijnenwet).
    """
    tables = doc.get("procedure", {})
    if not isinstance(tables, dict):
        raise InvalidField("procedure", translate("Profile", "must be a table"))
    procedures = []
    for law, body in tables.items():
        path = f"procedure.{law}"
        if law not in _LAWS_WITH_OWN_PROCEDURE:
            problem = translate("Profile", "must be jeugdwet, participatiewet or wgs")
            raise InvalidField(path, problem)
        table = _table(body, path, ("events", "deadlines"))
        events: list[EventSpec] = []
        for index, item in enumerate(_steps(table, "events", path, True)):
            where = f"{path}.events[{index}]"
            fields = _table(item, where, _EVENT_KEYS)
            events.append(_event(fields, f"{where}.", [e.key for e in events]))
        keys = [e.key for e in events]
        deadlines: list[DeadlineSpec] = []
        for index, item in enumerate(_steps(table, "deadlines", path, False)):
            where = f"{path}.deadlines[{index}]"
            fields = _table(item, where, _DEADLINE_KEYS)
            deadlines.append(_deadline(fields, f"{where}.", keys, [d.key for d in deadlines]))
        procedures.append(Procedure(law, tuple(events), tuple(deadlines)))
    return tuple(procedures)
