"""Registers of the inzage-overzicht: everything else the vault keeps about the citizen, as
labelled lines (issue 10; R-003-05, R-000-37; AVG art. 15).

A register is a list of entries (one refusal, one case meeting, one consent …); an entry is a
list of fields. A field holds the stored words as they are, a date, or a code. The paper prints
each field as "label: value": the label is the text ``field_<key>`` of the paper's language
variant, a code reads as the text ``<code>_<value>`` (``code`` names the list of words it comes
from; a value without a text is printed as it is, underscores as spaces), a domain in the
paper's words for it. The machine-readable copy is made
from the same objects, so it holds the same fields with the codes themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.documents import record_words as words
from app.documents.layout import PaperWriter
from app.documents.texts import Texts
from app.documents.verslag import subheading
from app.domain.profile import AgencyProfile

Value = str | date | tuple[str, ...]


@dataclass(frozen=True)
class Field:
    key: str  # what it is: the label is the text "field_<key>"
    value: Value  # the stored words, a date, or (with code) a code; a tuple: several
    code: str = ""  # a code: printed as the text "<code>_<value>"


@dataclass(frozen=True)
class Register:
    key: str  # heading: the text "register_<key>"
    entries: tuple[tuple[Field, ...], ...]
    # the entries hold other people's data: see inzage_registers.THIRD_PARTY in app/services/papers
    third_party: bool = False


def code_words(texts: Texts, words_of: str, code: str) -> str:
    name = f"{words_of}_{code}"
    return texts.get(name) if texts.has(name) else code.replace("_", " ")


def field_words(texts: Texts, profile: AgencyProfile, f: Field) -> str:
    """The value as the paper prints it."""
    values = f.value if isinstance(f.value, tuple) else (f.value,)
    shown = []
    for v in values:
        if isinstance(v, date):
            shown.append(words.day(texts, v))
        elif f.code == "domain":
            shown.append(words.domain_label(texts, profile, v))
        elif f.code:
            shown.append(code_words(texts, f.code, v))
        else:
            shown.append(v)
    return "; ".join(shown)


def rows(texts: Texts, profile: AgencyProfile, entry: tuple[Field, ...]) -> list[tuple[str, str]]:
    return [(texts.get(f"field_{f.key}"), field_words(texts, profile, f)) for f in entry]


def render(
    w: PaperWriter,
    texts: Texts,
    profile: AgencyProfile,
    registers: tuple[Register, ...],
    top: bool = False,
) -> None:
    """Each register under its heading (a main heading with ``top``, else a subheading)."""
    for register in registers:
        if not register.entries:
            continue
        title = texts.get(f"register_{register.key}")
        if top:
            w.heading(title)
        else:
            subheading(w, title)
        for entry in register.entries:
            w.facts(rows(texts, profile, entry))
