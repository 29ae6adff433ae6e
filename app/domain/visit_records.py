"""What else a visit may record, each kept to the minimum the ombudsmen asked for.

- identity: document type, number, expiry, who verified it and when — never an image (R-004-01);
- network persons: name, relation, contact, support offered — nothing else, and never a BSN:
  a 9-digit number that passes the elfproef is refused in every field (R-000-15, R-002-11);
- medical documents handed over: logged as seen with a disposition, content never (R-000-21);
- the Wmo onderzoek items of art. 2.3.2 lid 4 and what was explained (DESIGN section 1);
- meldcode signals: restricted, outside the domain gate, with the meldcode steps taken.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from app.domain.citizen import ValidationError
from app.i18n import QT_TRANSLATE_NOOP, translate

MAX_FIELD = 500
# Digits possibly grouped by single spaces, dots or hyphens ("123 456 782", "1234.56.782").
_DIGIT_RUN = re.compile(r"(?<![\d])\d(?:[ .\-]?\d)*(?![\d])")
_NINE_DIGITS = re.compile(r"[0-9]{9}")


def ascii_digits(text: str) -> str:
    """The decimal digits of any script as ASCII ("１２" and "١٢" become "12"); others stay,
    so a superscript "²" (a digit to ``str.isdigit``, not to ``int``) is no digit here."""
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in text)


def elfproef(digits: str) -> bool:
    """True for a 9-digit number that passes the BSN eleven test (digits of any script)."""
    digits = ascii_digits(digits)
    if not _NINE_DIGITS.fullmatch(digits):
        return False
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    total = sum(int(d) * w for d, w in zip(digits, weights, strict=True))
    return total % 11 == 0 and digits != "000000000"


def contains_bsn(text: str) -> bool:
    """Whether ``text`` holds a 9-digit run (spaces, dots, hyphens allowed) passing the elfproef."""
    for match in _DIGIT_RUN.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        if elfproef(digits):
            return True
    return False


def check_bsn(value: str) -> str:
    """The BSN as nine ASCII digits; separators (space, dot, hyphen) and other scripts' digits
    are accepted as typed, superscripts and the like are not digits."""
    digits = ascii_digits(re.sub(r"[ .\-]", "", value.strip()))
    if not elfproef(digits):
        raise ValidationError(
            "bsn", translate("Records", "This is not a valid BSN (9 digits, eleven test).")
        )
    return digits


def check_text(field: str, text: str, required: bool, label: str) -> str:
    cleaned = " ".join(text.split())
    if required and not cleaned:
        raise ValidationError(field, translate("Records", "Fill in: {label}.").format(label=label))
    if len(cleaned) > MAX_FIELD:
        raise ValidationError(
            field, translate("Records", "This text is too long (at most 500 characters).")
        )
    return cleaned


# -- identity ------------------------------------------------------------------------------------
class IdDocument(enum.StrEnum):
    PASSPORT = "paspoort"
    ID_CARD = "identiteitskaart"
    DRIVING_LICENCE = "rijbewijs"
    RESIDENCE = "verblijfsdocument"


ID_DOCUMENT_TEXT = {
    IdDocument.PASSPORT: QT_TRANSLATE_NOOP("Records", "passport"),
    IdDocument.ID_CARD: QT_TRANSLATE_NOOP("Records", "identity card"),
    IdDocument.DRIVING_LICENCE: QT_TRANSLATE_NOOP("Records", "driving licence"),
    IdDocument.RESIDENCE: QT_TRANSLATE_NOOP("Records", "residence document"),
}


@dataclass(frozen=True)
class IdentityCheck:
    doc_type: IdDocument
    doc_number: str
    expires_on: date
    verified_by: str
    verified_at: date


def check_identity(doc_number: str, expires_on: date, on: date) -> str:
    number = "".join(doc_number.split()).upper()
    if not re.fullmatch(r"[A-Z0-9]{6,12}", number):
        raise ValidationError(
            "doc_number",
            translate("Records", "Write the document number: 6 to 12 letters and digits."),
        )
    if expires_on < on:
        raise ValidationError(
            "expires_on",
            translate("Records", "This document has expired; ask for a valid one."),
        )
    return number


# -- network persons -----------------------------------------------------------------------------
@dataclass(frozen=True)
class NetworkPerson:
    id: str
    intake_id: str
    name: str
    relation: str
    contact: str
    support: str


def check_network_person(
    name: str, relation: str, contact: str, support: str
) -> tuple[str, str, str, str]:
    cleaned = (
        check_text("name", name, True, translate("Records", "name")),
        check_text("relation", relation, True, translate("Records", "relation")),
        check_text("contact", contact, False, ""),
        check_text("support", support, False, ""),
    )
    for field, value in zip(("name", "relation", "contact", "support"), cleaned, strict=True):
        if contains_bsn(value):
            raise ValidationError(
                field,
                translate(
                    "Records",
                    "This looks like a BSN. A network person's BSN is never recorded; "
                    "remove the number.",
                ),
            )
    return cleaned


# -- medical documents ---------------------------------------------------------------------------
class DocumentSource(enum.StrEnum):
    GP = "huisarts"
    SPECIALIST = "specialist"
    HOSPITAL = "ziekenhuis"
    MENTAL_HEALTH = "ggz"
    OTHER = "anders"


SOURCE_TEXT = {
    DocumentSource.GP: QT_TRANSLATE_NOOP("Records", "GP (huisarts)"),
    DocumentSource.SPECIALIST: QT_TRANSLATE_NOOP("Records", "medical specialist"),
    DocumentSource.HOSPITAL: QT_TRANSLATE_NOOP("Records", "hospital"),
    DocumentSource.MENTAL_HEALTH: QT_TRANSLATE_NOOP("Records", "mental health care (ggz)"),
    DocumentSource.OTHER: QT_TRANSLATE_NOOP("Records", "other"),
}


class Disposition(enum.StrEnum):
    RETURNED = "teruggegeven"
    DESTROYED = "vernietigd"
    TO_ADVISER = "doorgestuurd_medisch_adviseur"


DISPOSITION_TEXT = {
    Disposition.RETURNED: QT_TRANSLATE_NOOP("Records", "returned to the citizen"),
    Disposition.DESTROYED: QT_TRANSLATE_NOOP("Records", "destroyed"),
    Disposition.TO_ADVISER: QT_TRANSLATE_NOOP("Records", "sent on to the medical adviser"),
}


@dataclass(frozen=True)
class MedicalDocument:
    id: str
    intake_id: str
    seen_on: date
    source_type: DocumentSource
    disposition: Disposition | None
    citizen_informed: bool


# -- Wmo onderzoek (art. 2.3.2 lid 4) ------------------------------------------------------------
ONDERZOEK_ITEMS = {
    "doel": QT_TRANSLATE_NOOP("Onderzoek", "What the citizen wants to achieve"),
    "eigen_kracht": QT_TRANSLATE_NOOP("Onderzoek", "What the citizen can do alone (eigen kracht)"),
    "gebruikelijke_hulp": QT_TRANSLATE_NOOP(
        "Onderzoek", "Help that housemates usually give (gebruikelijke hulp)"
    ),
    "mantelzorg": QT_TRANSLATE_NOOP("Onderzoek", "Informal care (mantelzorg)"),
    "mantelzorger_behoefte": QT_TRANSLATE_NOOP(
        "Onderzoek", "What the informal carer needs to keep going"
    ),
    "sociaal_netwerk": QT_TRANSLATE_NOOP("Onderzoek", "Help from the social network"),
    "voorliggend": QT_TRANSLATE_NOOP(
        "Onderzoek", "General facilities that come first (voorliggende voorzieningen)"
    ),
}
# What the worker must tell every Wmo citizen (persoonlijk plan, free support, pgb).
EXPLAINED_ITEMS = {
    "persoonlijk_plan": QT_TRANSLATE_NOOP(
        "Onderzoek", "The citizen may hand in a personal plan within 7 days"
    ),
    "clientondersteuning": QT_TRANSLATE_NOOP(
        "Onderzoek", "Free, independent client support (cliëntondersteuning)"
    ),
    "pgb": QT_TRANSLATE_NOOP("Onderzoek", "The choice of a personal budget (pgb)"),
}


# -- meldcode ------------------------------------------------------------------------------------
class MeldcodeKind(enum.StrEnum):
    DOMESTIC_VIOLENCE = "huiselijk_geweld"
    CHILD_ABUSE = "kindermishandeling"


# The five steps of the Wet verplichte meldcode (with the afwegingskader in steps 4 and 5).
MELDCODE_STEPS = {
    "1_signalen": QT_TRANSLATE_NOOP("Meldcode", "1. Map the signs"),
    "2_consultatie": QT_TRANSLATE_NOOP(
        "Meldcode", "2. Consult a colleague and, if needed, Veilig Thuis"
    ),
    "3_gesprek": QT_TRANSLATE_NOOP("Meldcode", "3. Talk with the citizen"),
    "4_wegen": QT_TRANSLATE_NOOP("Meldcode", "4. Weigh the violence or abuse"),
    "5_beslissen": QT_TRANSLATE_NOOP("Meldcode", "5. Decide: report and/or organise help"),
}


@dataclass(frozen=True)
class MeldcodeSignal:
    id: str
    intake_id: str
    kind: MeldcodeKind
    signs: str
    steps: dict[str, date]


# -- limitations and the medical adviser's conclusion ------------------------------------------
@dataclass(frozen=True)
class Limitation:
    """What the citizen cannot do, in a domain that is open — never a diagnosis (R-000-19)."""

    id: str
    intake_id: str
    domain: str
    description: str
    source: str
    on: date


@dataclass(frozen=True)
class MedicalAdvice:
    """The medical adviser's conclusion as the adviser wrote it for the municipality."""

    id: str
    intake_id: str
    conclusion: str
    on: date
