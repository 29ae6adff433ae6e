"""What a consent form ASKS (issue 6; DESIGN section 1 "Sharing", ground 2 *toestemming*).

A consent is needed to obtain data from, or give data to, anyone the statute does not name; to
obtain data from a GP, health insurer or the CIZ (Wmo 2015 art. 5.1.1 lid 5); and to reuse
Jeugdwet, Participatiewet or Wgs data in a Wmo assessment (art. 5.1.1 lid 4). The college's own
processing never depends on it. :class:`ConsentTerms` is one concrete request: a named holder or
recipient, named data items, a purpose tied to this help request, the law, a validity date, who
grants it in what capacity, and the worker's own checks. :func:`check_terms` returns every
problem at once, in plain words; a generic recipient or data item ("alle instanties",
"derden", "alle gegevens" ...) is always a problem (R-001-10, R-002-16, R-004-06, R-000-25).

Whether the citizen said yes or no, and any withdrawal, are consent RECORDS (issue 7), not here.
Pure: no I/O, no Qt.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from app.i18n import QT_TRANSLATE_NOOP, translate

# Words that make a recipient, holder, data item or purpose generic. Matched case-insensitively
# anywhere in the text, also inside a longer phrase ("alle gegevens over wonen").
GENERIC_WORDS = (
    "alle instanties",
    "betrokken instanties",
    "alle partners",
    "derden",
    "ketenpartners",
    "alle gegevens",
    "alle informatie",
    "medisch dossier",
    "iedereen",
    "all agencies",
    "third parties",
    "all data",
    "all information",
    "everyone",
)
# A consent is for this request only: at most this long, and ended earlier by the decision.
MAX_VALID_DAYS = 366
MAX_TEXT = 500
MAX_ITEMS = 20
# The role (in the agency profile's ``recipient_organisations``) of a GP and of the adviser.
GP_ROLES = ("huisarts",)
ADVISER_ROLE = "medisch adviseur"


class ConsentKind(enum.StrEnum):
    """Which kind of consent; the paper says so, and that the college's work does not need it."""

    GEHEIMHOUDING = "geheimhouding"  # the holder's secrecy is waived (e.g. the GP's)
    WETTELIJK = "wettelijk"  # a consent the statute requires (Wmo 5.1.1 lid 4 and 5)
    AVG = "avg"  # AVG consent for sharing beyond the task


class Direction(enum.StrEnum):
    OPVRAGEN = "opvragen"  # obtain from a holder
    VERSTREKKEN = "verstrekken"  # provide to a recipient


class GrantorCapacity(enum.StrEnum):
    """Who decides (DESIGN section 1 "Who decides for whom")."""

    INWONER = "inwoner"
    VERTEGENWOORDIGER = "wettelijk_vertegenwoordiger"
    OUDER_MET_GEZAG = "ouder_met_gezag"
    JONGERE_VANAF_12 = "jongere_vanaf_12"


class Method(enum.StrEnum):
    MONDELING = "mondeling"
    SCHRIFTELIJK = "schriftelijk"


KIND_TEXT = {
    ConsentKind.GEHEIMHOUDING: QT_TRANSLATE_NOOP("Consent", "waiver of the holder's secrecy"),
    ConsentKind.WETTELIJK: QT_TRANSLATE_NOOP("Consent", "consent the law requires"),
    ConsentKind.AVG: QT_TRANSLATE_NOOP("Consent", "consent under the AVG (GDPR)"),
}
DIRECTION_TEXT = {
    Direction.OPVRAGEN: QT_TRANSLATE_NOOP("Consent", "obtain data from"),
    Direction.VERSTREKKEN: QT_TRANSLATE_NOOP("Consent", "give data to"),
}
CAPACITY_TEXT = {
    GrantorCapacity.INWONER: QT_TRANSLATE_NOOP("Consent", "the citizen"),
    GrantorCapacity.VERTEGENWOORDIGER: QT_TRANSLATE_NOOP("Consent", "legal representative"),
    GrantorCapacity.OUDER_MET_GEZAG: QT_TRANSLATE_NOOP("Consent", "parent with authority"),
    GrantorCapacity.JONGERE_VANAF_12: QT_TRANSLATE_NOOP("Consent", "young person aged 12 or over"),
}
METHOD_TEXT = {
    Method.MONDELING: QT_TRANSLATE_NOOP("Consent", "oral (mondeling)"),
    Method.SCHRIFTELIJK: QT_TRANSLATE_NOOP("Consent", "in writing"),
}
# The law or task a worker most often names, per kind (a suggestion; the field stays typed).
LAW_SUGGESTIONS = {
    ConsentKind.GEHEIMHOUDING: "Wmo 2015 art. 5.1.1 lid 5",
    ConsentKind.WETTELIJK: "Wmo 2015 art. 5.1.1 lid 4",
    ConsentKind.AVG: "AVG art. 6 lid 1 sub a",
}


@dataclass(frozen=True)
class Party:
    """The named holder (obtain) or recipient (provide): organisation, role, person if known."""

    organisation: str
    role: str = ""
    person: str = ""

    @property
    def is_gp(self) -> bool:
        return self.role.strip().lower() in GP_ROLES


@dataclass(frozen=True)
class ConsentTerms:
    kind: ConsentKind
    direction: Direction
    controller: str  # the dossier's controller (filled in from the role by the service)
    party: Party
    items: tuple[str, ...]  # named data items; for a GP, the specific questions
    purpose: str  # tied to the help request
    law: str  # the law or task, e.g. "Wmo 2015 art. 5.1.1 lid 5"
    valid_until: date  # or the decision on this request, whichever comes first
    grantor: str  # the name of who decides
    capacity: GrantorCapacity
    method: Method
    necessity: bool  # the worker's ticks (R-003-16)
    subsidiarity: bool
    proportionality: bool
    explained: bool  # "toelichting gegeven"
    answer_to: str = ""  # for a GP: the medical adviser, the only one who gets the answer


@dataclass(frozen=True)
class Problem:
    field: str
    message: str


def generic_words_in(text: str) -> list[str]:
    """The generic words in ``text`` (case-insensitive, also inside a longer phrase)."""
    lowered = " ".join(text.lower().split())
    return [word for word in GENERIC_WORDS if word in lowered]


def check_text(field: str, value: str, what: str, problems: list[Problem]) -> None:
    """Append a problem for an empty, too long or generic text ``what`` names."""
    if not value.strip():
        problems.append(Problem(field, translate("Consent", "Fill in {what}.").format(what=what)))
    elif len(value) > MAX_TEXT:
        problems.append(
            Problem(
                field,
                translate("Consent", "{what} is too long (at most 500 characters).").format(
                    what=what.capitalize()
                ),
            )
        )
    elif found := generic_words_in(value):
        problems.append(
            Problem(
                field,
                translate(
                    "Consent",
                    "{what} is too general (\u201c{word}\u201d). Name the organisation, the "
                    "data or the purpose itself.",
                ).format(what=what.capitalize(), word=found[0]),
            )
        )


def check_terms(terms: ConsentTerms, on: date, age: int | None = None) -> list[Problem]:
    """Every problem with ``terms`` at once; empty when the form may be saved and printed.

    ``on`` is today (injected); ``age`` the citizen's age when known, to check the capacity.
    """
    problems: list[Problem] = []
    check_text("controller", terms.controller, translate("Consent", "the agency"), problems)
    holder = (
        translate("Consent", "the organisation that holds the data")
        if terms.direction is Direction.OPVRAGEN
        else translate("Consent", "the organisation that receives the data")
    )
    check_text("organisation", terms.party.organisation, holder, problems)
    for field, value in (("role", terms.party.role), ("person", terms.party.person)):
        if value.strip() and generic_words_in(value):
            check_text(field, value, translate("Consent", "the role or person"), problems)
    _check_items(terms, problems)
    check_text("purpose", terms.purpose, translate("Consent", "the purpose"), problems)
    check_text("law", terms.law, translate("Consent", "the law or task"), problems)
    check_text("grantor", terms.grantor, translate("Consent", "who gives the consent"), problems)
    if terms.valid_until <= on:
        problems.append(
            Problem("valid_until", translate("Consent", "The end date must be after today."))
        )
    elif (terms.valid_until - on).days > MAX_VALID_DAYS:
        problems.append(
            Problem(
                "valid_until",
                translate(
                    "Consent",
                    "A consent is for this request only: choose an end date within one year.",
                ),
            )
        )
    _check_capacity(terms.capacity, age, problems)
    if terms.party.is_gp:
        if terms.direction is not Direction.OPVRAGEN:
            problems.append(
                Problem(
                    "direction",
                    translate("Consent", "A GP is only asked for information, never sent it."),
                )
            )
        check_text(
            "answer_to", terms.answer_to, translate("Consent", "the medical adviser"), problems
        )
    ticks = (
        ("necessity", terms.necessity, translate("Consent", "Confirm that the data are needed.")),
        (
            "subsidiarity",
            terms.subsidiarity,
            translate("Consent", "Confirm that there is no lighter way to get them."),
        ),
        (
            "proportionality",
            terms.proportionality,
            translate("Consent", "Confirm that asking is in proportion to the help request."),
        ),
        (
            "explained",
            terms.explained,
            translate("Consent", "Tick that you explained the form, its exceptions included."),
        ),
    )
    problems.extend(Problem(field, message) for field, ticked, message in ticks if not ticked)
    return problems


def _check_items(terms: ConsentTerms, problems: list[Problem]) -> None:
    items = [item for item in terms.items if item.strip()]
    if not items:
        problems.append(Problem("items", translate("Consent", "Name at least one data item.")))
        return
    if len(items) > MAX_ITEMS:
        problems.append(Problem("items", translate("Consent", "Name at most 20 data items.")))
    for item in items:
        check_text("items", item, translate("Consent", "a data item"), problems)
        if terms.party.is_gp:
            problems.extend(check_question("items", item))


def check_question(field: str, question: str) -> list[Problem]:
    """A question to a doctor asks one specific thing; never for a copy of the file (R-000-22)."""
    lowered = question.lower()
    if any(word in lowered for word in ("kopie", "dossier", "alle medische", "copy", "record")):
        return [
            Problem(
                field,
                translate(
                    "Consent",
                    "A doctor is never asked for a copy of the file. Ask one specific question.",
                ),
            )
        ]
    if not question.rstrip().endswith("?"):
        return [
            Problem(field, translate("Consent", "Write each question as a question (ending in ?)."))
        ]
    return []


def _check_capacity(capacity: GrantorCapacity, age: int | None, problems: list[Problem]) -> None:
    if age is None:
        return
    wrong = (
        (age < 12 and capacity in (GrantorCapacity.INWONER, GrantorCapacity.JONGERE_VANAF_12))
        or (age >= 12 and capacity is GrantorCapacity.INWONER and age < 18)
        or (age >= 18 and capacity in (GrantorCapacity.OUDER_MET_GEZAG,
                                       GrantorCapacity.JONGERE_VANAF_12))
    )  # fmt: skip
    if wrong:
        message = (
            translate("Consent", "Under 12 the parent(s) with authority decide.")
            if age < 12
            else translate(
                "Consent",
                "From 12 to 18 the young person decides, or the parent(s) with authority when "
                "the young person cannot judge this.",
            )
            if age < 18
            else translate(
                "Consent", "An adult decides as the citizen or through a representative."
            )
        )
        problems.append(Problem("capacity", message))
