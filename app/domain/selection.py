"""Choosing what leaves the dossier: for a share, a case meeting or a bundle (issue 7;
R-003-03, R-002-18, R-001-07, DESIGN section 1 "Sharing").

The catalogue of an intake or citizen is a list of :class:`Item`: *dat*-information first
(that there is contact, and who the contact person is), then *wat*-information (content).
Nothing is ever pre-selected: a :class:`Choice` exists only for what the worker ticked.
Special-category items (health, addiction, justice) are offered one by one and each needs its
own ground in words. Notes in the ``persoonlijk`` and ``vertrouwelijk`` compartments are never
offered (:func:`offerable` drops them even if a catalogue builder forgets).

Pure: no I/O, no Qt.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.domain.consent_terms import Problem, generic_words_in
from app.domain.intake import Compartment
from app.i18n import QT_TRANSLATE_NOOP, translate

MAX_PURPOSE = 500


class InfoKind(enum.StrEnum):
    DAT = "dat"  # that there is contact, and who
    WAT = "wat"  # content about the help


class Special(enum.StrEnum):
    NONE = ""
    HEALTH = "gezondheid"
    ADDICTION = "verslaving"
    JUSTICE = "justitie"


INFO_TEXT = {
    InfoKind.DAT: QT_TRANSLATE_NOOP("Selection", "that there is contact, and who"),
    InfoKind.WAT: QT_TRANSLATE_NOOP("Selection", "content"),
}
SPECIAL_TEXT = {
    Special.NONE: "",
    Special.HEALTH: QT_TRANSLATE_NOOP("Selection", "health"),
    Special.ADDICTION: QT_TRANSLATE_NOOP("Selection", "addiction"),
    Special.JUSTICE: QT_TRANSLATE_NOOP("Selection", "justice"),
}
# Compartments that never leave the app (DESIGN section 5 ``Note``).
NEVER_OFFERED = frozenset({Compartment.PERSONAL, Compartment.CONFIDENTIAL})


@dataclass(frozen=True)
class Item:
    """One piece of data that could leave: ``key`` is stable ("note:<id>", "dat:contact")."""

    key: str
    label: str  # plain words for the worker ("Note on mobility, 23-11-2026")
    info: InfoKind
    text: str  # what would leave, exactly
    special: Special = Special.NONE
    domain: str | None = None
    compartment: Compartment = Compartment.DOSSIER
    source_type: str = ""  # "note", "limitation", "help_request", "citizen", ...
    source_id: str = ""


@dataclass(frozen=True)
class Choice:
    """An item the worker ticked; a special-category item carries its own ground in words."""

    key: str
    ground: str = ""


def offerable(items: Iterable[Item]) -> list[Item]:
    """What may be offered, *dat* first (stable order within each kind); never a personal or
    confidential note."""
    allowed = [i for i in items if i.compartment not in NEVER_OFFERED]
    return [i for i in allowed if i.info is InfoKind.DAT] + [
        i for i in allowed if i.info is InfoKind.WAT
    ]


def check_selection(
    offered: Sequence[Item], chosen: Sequence[Choice], purpose: str
) -> list[Problem]:
    """Every problem with a selection at once (R-003-03): something chosen, a purpose in
    words, only offered keys, and a ground for each special-category item."""
    problems: list[Problem] = []
    by_key = {i.key: i for i in offerable(offered)}
    if not chosen:
        problems.append(
            Problem("items", translate("Selection", "Tick at least one item to share."))
        )
    if not purpose.strip():
        problems.append(Problem("purpose", translate("Selection", "Write down the purpose.")))
    elif len(purpose) > MAX_PURPOSE:
        problems.append(
            Problem("purpose", translate("Selection", "The purpose is too long (at most 500)."))
        )
    elif found := generic_words_in(purpose):
        problems.append(
            Problem(
                "purpose",
                translate("Selection", "The purpose is too general (\u201c{word}\u201d).").format(
                    word=found[0]
                ),
            )
        )
    seen: set[str] = set()
    for choice in chosen:
        item = by_key.get(choice.key)
        if item is None or choice.key in seen:
            problems.append(
                Problem("items", translate("Selection", "An item cannot be shared from here."))
            )
            continue
        seen.add(choice.key)
        if item.special is not Special.NONE and not choice.ground.strip():
            problems.append(
                Problem(
                    "ground",
                    translate(
                        "Selection", "\u201c{label}\u201d is {kind} data: give its own ground."
                    ).format(
                        label=item.label, kind=translate("Selection", SPECIAL_TEXT[item.special])
                    ),
                )
            )
    return problems


def chosen_items(offered: Sequence[Item], chosen: Sequence[Choice]) -> list[Item]:
    """The offered items that were ticked, in catalogue order."""
    keys = {c.key for c in chosen}
    return [i for i in offerable(offered) if i.key in keys]


def dat_only(items: Iterable[Item]) -> list[Item]:
    """Only *dat*-information: what a financial or invoice export may hold (R-001-26)."""
    return [i for i in items if i.info is InfoKind.DAT]
