"""The optional profile parts added after format 1 shipped: needs, scope and guidance.

Each is optional, so a profile signed before they existed stays valid and gets the defaults of
:class:`AgencyProfile`. They live apart from ``profile_parse`` to keep that module small; like
it, they raise only :class:`InvalidField`, naming the wrong field by its dotted path.
"""

from __future__ import annotations

from typing import Any

from app.domain.profile import GUIDANCE_POINTS, NEEDS
from app.domain.profile_errors import InvalidField
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
