"""What the inzage-overzicht prints, as data (R-003-05, R-000-37; issue 10).

The printed paper (``app/documents/inzage.py``) and the machine-readable copy
(``app/services/rights_inzage.py``) are both made from one :class:`Overview`, so they cannot
disagree (R-002-25). Codes stay codes here; the paper turns them into words of its language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from app.documents.inzage_registers import Field, Register
from app.documents.verslag import ConsentLine, Finding


@dataclass(frozen=True)
class NoteLine:
    kind: str
    compartment: str
    source: str
    on: date
    body: str
    domain: str | None = None
    view: str = ""
    history: tuple[tuple[datetime, str, str], ...] = ()  # (replaced at, kind, earlier wording)


@dataclass(frozen=True)
class ConversationPart:
    started: date
    closed: date | None
    mode: str
    help_requests: tuple[tuple[str, str], ...] = ()  # (words, view)
    states: tuple[tuple[str, str], ...] = ()  # (domain, status) for every domain
    scores: tuple[tuple[str, int | None, str], ...] = ()  # (domain, value, basis), open domains
    onderzoek: tuple[tuple[str, str], ...] = ()  # (item key, text)
    details: tuple[tuple[str, str], ...] = ()  # (field key, value): BSN, income …
    notes: tuple[NoteLine, ...] = ()
    network: tuple[tuple[str, str, str, str], ...] = ()  # name, relation, contact, support
    findings: tuple[Finding, ...] = ()
    advices: tuple[tuple[date, str], ...] = ()
    documents: tuple[tuple[date, str, str], ...] = ()  # seen on, source, what happened
    close_note: str = ""
    # issue 10: the rest of what the vault keeps about the conversation
    place: str = ""
    present_roles: tuple[str, ...] = ()  # others present, as typed when the conversation began
    minors: str = ""  # children in the household: ja | nee | onbekend
    status: str = ""  # the intake status code (open, afgerond, niet_doorgezet …)
    concerns: str = ""  # the answer to "andere zorgen?"
    reviewed: date | None = None  # looked back together on
    purge_after: date | None = None  # not pursued: the content goes after this day
    help_types: tuple[str, ...] = ()  # the agency's type of each help request (same order)
    scored_on: tuple[tuple[str, date], ...] = ()  # (domain, date of the score's basis)
    finding_domains: tuple[str, ...] = ()  # the domain of each finding (same order)
    registers: tuple[Register, ...] = ()


@dataclass(frozen=True)
class DossierPart:
    law: str
    role: str
    controller: str
    basis_art6: str
    basis_art9: str
    created: date
    conversations: tuple[ConversationPart, ...] = ()
    handed_over: date | None = None  # the case system confirmed receipt
    local_until: date | None = None  # the copy on this laptop goes after this day


@dataclass(frozen=True)
class Overview:
    citizen: str
    case_number: str
    born: date | None
    since: date
    representatives: tuple[tuple[str, str], ...] = ()  # (kind, name)
    dossiers: tuple[DossierPart, ...] = ()
    tasks: tuple[tuple[str, date, str], ...] = ()  # (what, due, status)
    papers: tuple[tuple[date, str, str, str, str], ...] = ()  # on, title, version, lang, how
    consents: tuple[ConsentLine, ...] | None = None  # None: no consent register
    disclosures: tuple[str, ...] | None = None  # None: no disclosure register (issue 7)
    access: tuple[tuple[datetime, str, str, str], ...] = ()  # at, who, action, object type
    personal_notes: bool = False  # the agency's setting: personal work notes included
    # issue 10: notes outside a conversation, the registers, and details of the lists above
    file_notes: tuple[NoteLine, ...] = ()
    registers: tuple[Register, ...] = ()
    task_details: tuple[tuple[Field, ...], ...] = ()  # per task (same order as tasks)
    paper_details: tuple[tuple[Field, ...], ...] = ()  # per paper (same order as papers)
    disclosure_details: tuple[tuple[Field, ...], ...] = ()  # per disclosure (same order)
    # per disclosure: it shared a network person's data (another person's: R-004-28)
    disclosure_third_party: tuple[bool, ...] = ()


def sample() -> Overview:
    """Clearly fictional data for previews and tests."""
    on = date(2026, 11, 23)
    stamp = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
    return Overview(
        citizen="Mevrouw A. Voorbeeld (fictief)",
        case_number="KT-2026-00001",
        born=date(1950, 1, 1),
        since=on,
        dossiers=(
            DossierPart(
                "wmo",
                "toeleiding",
                "College van burgemeester en wethouders van Voorbeeldstad (fictief)",
                "AVG art. 6 lid 1 sub e; Wmo 2015 art. 2.3.2",
                "",
                on,
                (
                    ConversationPart(
                        on,
                        None,
                        "enkelvoudig",
                        (("Ik kan het huis niet meer schoonhouden (voorbeeld).", ""),),
                        (("instrumentele_adl", "linked"), ("financien", "not_discussed")),
                        (("instrumentele_adl", None, ""),),
                        notes=(
                            NoteLine(
                                "feit",
                                "dossier",
                                "inwoner",
                                on,
                                "Stofzuigen lukt niet (voorbeeld).",
                            ),
                        ),
                        place="Bij u thuis (voorbeeld)",
                        status="open",
                    ),
                ),
            ),
        ),
        access=((stamp, "J. Voorbeeld (fictief)", "create", "citizen"),),
        file_notes=(NoteLine("feit", "dossier", "inwoner", on, "Belde over de trap (voorbeeld)."),),
        registers=(
            Register(
                "refusals",
                ((Field("on_day", on), Field("refusal", "weigering_hulp", "refusal")),),
            ),
        ),
    )
