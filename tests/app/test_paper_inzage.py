"""The inzage-overzicht (issue 6 item 5; R-003-05, R-003-21, R-003-22, R-000-37).

Every name and text is fictional; marker words in capitals are looked for in the PDF text.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.domain.intake import NoteKind
from app.domain.notes import NoteSource
from app.domain.visit_records import Disposition, DocumentSource
from app.services.papers import SOURCES, PaperRequest, PaperService
from app.services.session import Session
from tests.app.test_paper_verslag import _full_intake, add_consent
from tests.support.intake import Intakes, informed_intake, intakes
from tests.support.pdf import check_pdf, page_texts, pdf_text

DOC = "inzage-overzicht"
ON = date(2026, 11, 23)
LANGUAGES = ("nl", "nl-easy", "en")


def _service(kit: Intakes, personal: bool = False) -> PaperService:
    s = kit.session
    profile = kit.service.profile
    profile = replace(profile, paper=replace(profile.paper, personal_notes_in_inzage=personal))
    return PaperService(s.vault.db, s.trail, profile, SOURCES, s.now)


def _citizen_with_everything(kit: Intakes) -> tuple[str, str]:
    iid = _full_intake(kit)
    r = kit.records
    note = r.add_note(iid, "EERSTE WOORDING", NoteKind.FACT, NoteSource.CITIZEN, ON)
    r.correct_note(note.id, "TWEEDE WOORDING")
    kit.review.record_citizen_view(iid, "note", note.id, "MIJNMENING over de notitie")
    r.log_document(iid, DocumentSource.GP, ON, Disposition.RETURNED, True)
    add_consent(kit, iid, "Fictieve Thuiszorg")
    citizen_id = kit.service.get(iid).citizen_id  # type: ignore[union-attr]
    return citizen_id, iid


def test_r003_05_r000_37_inzage_holds_everything_per_language(session: Session) -> None:
    kit = intakes(session)
    citizen_id, iid = _citizen_with_everything(kit)
    service = _service(kit)
    ack = PaperRequest("verklaring-kennisname", "nl", intake_id=iid)
    service.record(ack, service.render(ack), "geprint")
    labels = {
        "nl": ["Uw persoonsgegevens", "Dossier: Wmo 2015", "AVG art. 6", "AVG art. 9",
               "niet gewenst door inwoner", "hoort bij de hulpvraag", "niet besproken",
               "vertrouwelijk", "Eerder stond er", "Wie heeft uw gegevens bekeken",
               "vastgelegd", "Taken van de medewerker", "aan u teruggegeven",
               "Verklaring: ik heb de informatie gekregen", "Fictieve Thuiszorg"],
        "nl-easy": ["Over u", "Dossier: Wmo", "niet gewenst door inwoner", "vertrouwelijk",
                    "Eerst stond er", "Wie keek naar uw gegevens?", "terug naar u"],
        "en": ["Your personal details", "File: Wmo 2015", "GDPR art. 6", "confidential",
               "Earlier wording", "Who looked at or changed your data?", "returned to you",
               "niet gewenst door inwoner"],
    }  # fmt: skip
    for language in LANGUAGES:
        paper = service.render(PaperRequest(DOC, language, citizen_id=citizen_id))
        check_pdf(paper.pdf)
        text = pdf_text(paper.pdf)
        for phrase in labels[language]:
            assert phrase in text, (language, phrase)
        # Confidential and work-file notes are the citizen's own data: in the overview.
        for marker in ("Fictief Voorbeeld", "Ik kan het huis niet meer schoonhouden",
                       "GEHEIMVERTROUWELIJK", "GEHEIMWERKDOSSIER", "FEITTEKST",
                       "EERSTE WOORDING", "TWEEDE WOORDING", "MIJNMENING", "ADVIESTEKST",
                       "CONTACTGEHEIM", "BEPERKING", "SCOREBASIS", "DOELTEKST",
                       "niet beoordeeld"):  # fmt: skip
            assert marker in text, (language, marker)
        # Restricted meldcode record and (by default) personal work notes stay out.
        assert "MELDCODETEKST" not in text
        assert "GEHEIMPERSOONLIJK" not in text


def test_r003_22_personal_notes_follow_the_agency_setting(session: Session) -> None:
    kit = intakes(session)
    citizen_id, _ = _citizen_with_everything(kit)
    request = PaperRequest(DOC, "nl", citizen_id=citizen_id)
    without = pdf_text(_service(kit, personal=False).render(request).pdf)
    with_personal = pdf_text(_service(kit, personal=True).render(request).pdf)
    assert "GEHEIMPERSOONLIJK" not in without
    assert "Persoonlijke werkaantekeningen van de medewerker staan niet" in without
    assert "GEHEIMPERSOONLIJK" in with_personal
    assert "persoonlijke werkaantekening" in with_personal


def test_r003_05_another_household_members_data_never_in_the_overview(session: Session) -> None:
    kit = intakes(session)
    first = informed_intake(kit, name="Fictief Eerste")
    second = informed_intake(kit, name="Fictief Huisgenoot")
    kit.records.add_note(first, "EIGENNOTITIE", NoteKind.FACT, NoteSource.CITIZEN, ON)
    kit.records.add_note(second, "HUISGENOOTNOTITIE", NoteKind.FACT, NoteSource.CITIZEN, ON)
    kit.records.add_network_person(second, "Fictieve Buur", "buurman")
    a = kit.service.get(first).citizen_id  # type: ignore[union-attr]
    b = kit.service.get(second).citizen_id  # type: ignore[union-attr]
    kit.records.link_household(a, b, "wonen samen (fictief)")
    service = _service(kit)
    text_a = pdf_text(service.render(PaperRequest(DOC, "nl", citizen_id=a)).pdf)
    text_b = pdf_text(service.render(PaperRequest(DOC, "nl", citizen_id=b)).pdf)
    assert "EIGENNOTITIE" in text_a
    for other in ("HUISGENOOTNOTITIE", "Fictief Huisgenoot", "Fictieve Buur"):
        assert other not in text_a
    assert "HUISGENOOTNOTITIE" in text_b
    assert "EIGENNOTITIE" not in text_b


def test_r003_05_disclosures_come_from_the_register(session: Session) -> None:
    kit = intakes(session)
    citizen_id, _ = _citizen_with_everything(kit)
    text = pdf_text(_service(kit).render(PaperRequest(DOC, "nl", citizen_id=citizen_id)).pdf)
    assert "Gegevens aan anderen gegeven" in text
    # The disclosure register exists (issue 7): an empty register reads as "none given"
    # (R-002-25; shares themselves are covered in tests/app/test_rights_inzage.py).
    assert "Er zijn geen gegevens aan anderen gegeven" in text


def fill_notes(kit: Intakes, intake_id: str, count: int, size: int = 3000) -> None:
    """``count`` long fictional notes (for page-count and benchmark tests)."""
    sentence = "Dit is een fictieve notitie voor een lange inzage, zonder echte gegevens. "
    body = (sentence * (size // len(sentence) + 1))[:size]
    for n in range(count):
        kit.records.add_note(intake_id, f"NOTITIE{n:03d} {body}", NoteKind.FACT,
                             NoteSource.WORKER, ON)  # fmt: skip


def test_r003_21_fifty_page_overview_numbers_every_page(session: Session) -> None:
    kit = intakes(session)
    iid = informed_intake(kit, name="Fictief Lang")
    fill_notes(kit, iid, 75)
    citizen_id = kit.service.get(iid).citizen_id  # type: ignore[union-attr]
    paper = _service(kit).render(PaperRequest(DOC, "nl", citizen_id=citizen_id))
    check_pdf(paper.pdf)
    pages = page_texts(paper.pdf)
    assert len(pages) == paper.pages >= 50
    for index, text in enumerate(pages, start=1):
        assert f"Pagina {index} van {len(pages)}" in text
        assert paper.meta.number in text
    everything = " ".join(pages)
    assert all(f"NOTITIE{n:03d}" in everything for n in range(75))


@pytest.mark.parametrize("language", LANGUAGES)
def test_inzage_sample_and_large_print_render(session: Session, language: str) -> None:
    kit = intakes(session)
    service = _service(kit)
    ctx = replace(service.context(PaperRequest(DOC, language)), large_print=True)
    paper = SOURCES[DOC].sample(ctx)
    check_pdf(paper.pdf)
    assert "Voorbeeld (fictief)" in pdf_text(paper.pdf)
