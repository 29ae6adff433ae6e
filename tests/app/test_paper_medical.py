"""The letter with questions to the GP and the machtiging for the medical adviser (issue 6
item 6), rendered from the vault in every language variant. Every name is fictional."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from app.documents import medical_letters
from app.documents.base import DocumentRefused
from app.services.consent_requests import ConsentRequestService
from app.services.papers import SOURCES, PaperRequest, PaperService
from app.services.session import Session
from tests.app.test_consent_terms import anna as anna
from tests.app.test_consent_terms import gp_request
from tests.support.intake import informed_intake, intakes
from tests.support.pdf import check_pdf, pdf_text

LETTER = "vragen-huisarts"
MACHTIGING = "machtiging-medisch-adviseur"
QUESTIONS = ("Kan mevrouw zelf een trap op lopen?", "Verwacht u dat dit binnen een jaar verandert?")
# Never on either paper: a request for the whole file, generic recipients, diagnosis words.
FORBIDDEN = ("medisch dossier", "alle medische gegevens", "alle gegevens", "derden",
             "alle instanties", "diagnose", "medicatie", "all medical",
             "third parties")  # fmt: skip
LETTER_WORDS = {
    "nl": (
        "Geachte Dokter F. Fictief",
        "Waarvoor wij het vragen",
        "Wat wij al weten",
        "Onze vragen",
        "Wij vragen geen kopie",
        "gesloten envelop",
        "alleen aan",
        "leest uw antwoord niet",
        "Wettelijke basis: Wmo 2015 art. 5.1.1 lid 5",
    ),
    "nl-easy": (
        "Beste Dokter F. Fictief",
        "Onze vragen",
        "Wij willen geen kopie",
        "dichte envelop",
        "De medewerker leest het antwoord niet",
    ),
    "en": (
        "Dear Dokter F. Fictief",
        "Why we ask",
        "What we already know",
        "Our questions",
        "We do not ask for a copy",
        "sealed envelope",
        "only to",
        "does not read your answer",
        "Legal basis: Wmo 2015 art. 5.1.1 lid 5",
    ),
}
MACHTIGING_WORDS = {
    "nl": ("Wie geeft antwoord", "Alleen Medisch adviseur gemeente Voorbeeldstad",
           "gesloten envelop", "opent die envelop niet", "Machtiging intrekken",
           "ook mondeling", "Vanaf dat moment", "Tekenen is vrijwillig", "Ik teken als",
           "Ja, ik geef deze machtiging.", "Een kopie van deze machtiging is voor u",
           "of tot het besluit op deze aanvraag, wat het eerst komt"),
    "nl-easy": ("Alleen Medisch adviseur gemeente Voorbeeldstad", "dichte envelop",
                "De medewerker leest het niet", "Dat mag ook met woorden", "U mag ook nee zeggen",
                "Ja, dit mag.", "of tot het besluit op deze aanvraag, wat het eerst komt"),
    "en": ("Who answers", "Only Medisch adviseur gemeente Voorbeeldstad", "sealed envelope",
           "does not open that envelope", "Withdrawing the authorisation", "orally",
           "From that moment", "Signing is voluntary", "I sign as",
           "or until the decision on this request, whichever comes first"),
}  # fmt: skip


@pytest.fixture
def papers(anna: Session) -> tuple[PaperService, str, str]:
    kit = intakes(anna)
    intake_id = informed_intake(kit, name="Fictief Voorbeeld")
    profile = kit.service.profile
    requests = ConsentRequestService(anna.vault.db, anna.trail, profile, anna.now)
    valid = requests.today() + timedelta(days=60)
    saved = requests.create_medical(intake_id, gp_request(questions=QUESTIONS, valid_until=valid))
    return PaperService(anna.vault.db, anna.trail, profile, SOURCES, anna.now), intake_id, saved.id


def _text(papers: tuple[PaperService, str, str], document: str, language: str, lp: bool) -> str:
    service, intake_id, subject = papers
    request = PaperRequest(document, language, lp, intake_id=intake_id, subject_id=subject)
    paper = service.render(request)
    check_pdf(paper.pdf)
    return pdf_text(paper.pdf)


@pytest.mark.parametrize(("language", "lp"), [("nl", False), ("nl-easy", False), ("en", False),
                                              ("nl", True)])  # fmt: skip
def test_r000_22_r003_20_letter_asks_specific_questions_never_the_file(
    papers: tuple[PaperService, str, str], language: str, lp: bool
) -> None:
    text = _text(papers, LETTER, language, lp)
    for expected in (
        *LETTER_WORDS[language],
        "Huisartsenpraktijk Centrum Voorbeeldstad",
        "1. Kan mevrouw zelf een trap op lopen?",
        "2. Verwacht u dat dit binnen een jaar verandert?",
        "Beoordelen of een traplift nodig is",
        "Mevrouw komt de trap niet meer op.",
        "Medisch adviseur gemeente Voorbeeldstad",
        "Fictief Voorbeeld",
        "Anna de Demo",
    ):
        assert expected in text, (language, expected)
    for phrase in FORBIDDEN:
        assert phrase not in text.lower(), (language, phrase)


@pytest.mark.parametrize("language", ["nl", "nl-easy", "en"])
def test_r000_23_machtiging_names_professional_and_sole_recipient(
    papers: tuple[PaperService, str, str], language: str
) -> None:
    text = _text(papers, MACHTIGING, language, False)
    for expected in (
        *MACHTIGING_WORDS[language],
        "Dokter F. Fictief",
        "Huisartsenpraktijk Centrum Voorbeeldstad",
        "1. Kan mevrouw zelf een trap op lopen?",
        "Beoordelen of een traplift nodig is",
        "Wmo 2015 art. 5.1.1 lid 5",
        "Privacyloket Voorbeeldstad",
        "College van burgemeester en wethouders van Voorbeeldstad",
    ):
        assert expected in text, (language, expected)
    for phrase in FORBIDDEN:
        assert phrase not in text.lower(), (language, phrase)


def test_r000_22_letter_refused_when_built_directly_without_specific_questions(
    papers: tuple[PaperService, str, str],
) -> None:
    service, intake_id, _ = papers
    ctx = service.context(PaperRequest(LETTER, "nl", intake_id=intake_id))
    data = medical_letters.sample(ctx)
    medical_letters.build_letter(data, ctx)
    for bad in (
        replace(data.request, questions=()),
        replace(data.request, questions=("Stuur een kopie van het dossier?",)),
        replace(data.request, questions=("Hoe gaat het met mevrouw",)),
        replace(data.request, known="De diagnose is bekend."),
        replace(data.request, purpose=""),
    ):
        with pytest.raises(DocumentRefused):
            medical_letters.build_letter(replace(data, request=bad), ctx)
        with pytest.raises(DocumentRefused):
            medical_letters.build_machtiging(replace(data, request=bad), ctx)


def test_letter_needs_a_sender_on_the_roster(papers: tuple[PaperService, str, str]) -> None:
    service, intake_id, _ = papers
    ctx = replace(service.context(PaperRequest(LETTER, "nl", intake_id=intake_id)), worker=None)
    with pytest.raises(DocumentRefused):
        medical_letters.build_letter(medical_letters.sample(ctx), ctx)


def test_samples_render_for_preview(papers: tuple[PaperService, str, str]) -> None:
    service, intake_id, _ = papers
    for document in (LETTER, MACHTIGING):
        for language in ("nl", "nl-easy", "en"):
            ctx = service.context(PaperRequest(document, language, intake_id=intake_id))
            paper = SOURCES[document].sample(ctx)
            check_pdf(paper.pdf)
            assert "fictief" in pdf_text(paper.pdf).lower()
