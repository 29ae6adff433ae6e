"""Which papers apply to a conversation or a citizen, and their names on screen (issue 6).

The registry (``app.services.papers.SOURCES``) decides which papers exist; a paper whose module
is still a placeholder is simply not there. A paper about one thing (a network person, a
consent request, a GP request) is listed once per such thing; the services of those things
name them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from app.domain.consent_terms import Method
from app.i18n import QT_TRANSLATE_NOOP
from app.services.consent_requests import ConsentRequestService
from app.services.intake_records import IntakeRecords
from app.services.papers import PaperService

# Names of the papers on screen (the paper's own title is in its text file).
PAPER_NAMES = {
    "informatieblad-privacy": QT_TRANSLATE_NOOP("Papers", "Information sheet on privacy"),
    "verklaring-kennisname": QT_TRANSLATE_NOOP("Papers", "Statement: information received"),
    "wat-wij-vastleggen": QT_TRANSLATE_NOOP("Papers", "What we record about you"),
    "verslag": QT_TRANSLATE_NOOP("Papers", "Report of the conversation (verslag)"),
    "bericht-netwerkpersoon": QT_TRANSLATE_NOOP("Papers", "Notice for a network person"),
    "toestemmingsformulier": QT_TRANSLATE_NOOP("Papers", "Consent form"),
    "bevestiging-mondelinge-toestemming": QT_TRANSLATE_NOOP(
        "Papers", "Confirmation of oral consent"
    ),
    "vragen-huisarts": QT_TRANSLATE_NOOP("Papers", "Questions to the GP"),
    "machtiging-medisch-adviseur": QT_TRANSLATE_NOOP(
        "Papers", "Authorisation for the medical adviser"
    ),
    "inzage-overzicht": QT_TRANSLATE_NOOP("Papers", "Inzage overview: all we hold"),
}
LANGUAGE_NAMES = (
    ("nl", QT_TRANSLATE_NOOP("Papers", "Nederlands")),
    ("nl-easy", QT_TRANSLATE_NOOP("Papers", "Eenvoudig Nederlands")),
    ("en", QT_TRANSLATE_NOOP("Papers", "English")),
)
DELIVERY_NAMES = {
    "geprint": QT_TRANSLATE_NOOP("Papers", "printed"),
    "opgeslagen": QT_TRANSLATE_NOOP("Papers", "saved as PDF"),
    "voorgedrukt": QT_TRANSLATE_NOOP("Papers", "pre-printed copy handed over"),
    "wachtrij": QT_TRANSLATE_NOOP("Papers", "waiting to be printed at the office"),
    "per_post": QT_TRANSLATE_NOOP("Papers", "sent by post"),
}


def paper_name(document: str) -> str:
    name = PAPER_NAMES.get(document)
    return QCoreApplication.translate("Papers", name) if name else document


@dataclass(frozen=True)
class PaperChoice:
    """One line of the list: a paper, and for a paper about something, that thing."""

    document: str
    label: str
    subject_id: str = ""


def paper_choices(
    service: PaperService,
    for_intake: bool,
    subjects: Mapping[str, Sequence[tuple[str, str]]] | None = None,
) -> list[PaperChoice]:
    """What applies here, in the registry's order: papers about the conversation (only with
    one), papers about the citizen, and one line per subject (``document -> [(id, name)]``).
    Papers the registry does not hold yet are simply not listed."""
    subjects = subjects or {}
    choices: list[PaperChoice] = []
    for document, source in service.sources.items():
        name = paper_name(document)
        if source.scope == "citizen" or (source.scope == "intake" and for_intake):
            choices.append(PaperChoice(document, name))
        elif source.scope == "subject" and for_intake:
            choices.extend(
                PaperChoice(document, f"{name}: {label}", subject_id)
                for subject_id, label in subjects.get(document, ())
            )
    return choices


def intake_subjects(
    records: IntakeRecords, consents: ConsentRequestService, intake_id: str
) -> dict[str, list[tuple[str, str]]]:
    """``document -> [(subject id, name on screen)]`` for the papers about one thing."""
    people = [(p.id, f"{p.name} · {p.relation}") for p in records.network_persons(intake_id)]
    forms: list[tuple[str, str]] = []
    oral: list[tuple[str, str]] = []
    for row in consents.list_for(intake_id):
        party = row.terms.party
        label = " · ".join(p for p in (party.organisation, party.role, party.person) if p)
        forms.append((row.id, label))
        if row.terms.method is Method.MONDELING:
            oral.append((row.id, label))
    medical = [
        (row.id, row.request.practice or row.request.professional)
        for row in consents.medical_for(intake_id)
    ]
    return {
        "bericht-netwerkpersoon": people,
        "toestemmingsformulier": forms,
        "bevestiging-mondelinge-toestemming": oral,
        "vragen-huisarts": medical,
        "machtiging-medisch-adviseur": medical,
    }
