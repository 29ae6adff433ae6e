"""The toestemmingsformulier and the bevestiging mondelinge toestemming, rendered from the vault
in every language variant (issue 6 item 3). Every name is fictional."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from app.documents import consent_form
from app.documents.base import DocumentRefused
from app.domain.consent_terms import Direction, Method, Party
from app.services.consent_requests import ConsentRequestService
from app.services.papers import SOURCES, PaperRequest, PaperService
from app.services.session import Session
from tests.app.test_consent_terms import anna as anna
from tests.app.test_consent_terms import terms
from tests.support.intake import informed_intake, intakes
from tests.support.pdf import check_pdf, page_texts, pdf_text

FORM = "toestemmingsformulier"
ORAL = "bevestiging-mondelinge-toestemming"
GENERIC = ("alle instanties", "derden", "ketenpartners", "alle gegevens", "medisch dossier",
           "alle informatie", "iedereen", "all agencies", "third parties", "all data")  # fmt: skip
# Per language: the words that show each mandatory element is on the paper.
MANDATORY = {
    "nl": ("vrijwillig", "Zegt u nee", "Toestemming intrekken", "ook mondeling",
           "Vanaf dat moment", "Veilig Thuis", "Voor ons eigen werk", "Ik teken als",
           "Een kopie van dit formulier is voor u", "Soort toestemming", "Ja, ik geef",
           "Nee, ik geef geen toestemming",
           "of tot het besluit op deze aanvraag, wat het eerst komt"),
    "nl-easy": ("U mag ook nee zeggen", "Zegt u nee", "Dat mag ook met woorden", "in gevaar",
                "Voor ons eigen werk", "Ik teken als", "kopie", "Ja, dit mag.",
                "Nee, dit mag niet.", "of tot het besluit op deze aanvraag, wat het eerst komt"),
    "en": ("voluntary", "You say no", "Withdrawing your consent", "orally", "From that moment",
           "Veilig Thuis", "our own work", "I sign as", "A copy of this form is for you",
           "Kind of consent", "Yes, I consent", "No, I do not consent",
           "or until the decision on this request, whichever comes first"),
}  # fmt: skip


@pytest.fixture
def papers(anna: Session) -> tuple[PaperService, ConsentRequestService, str]:
    kit = intakes(anna)
    intake_id = informed_intake(kit, name="Fictief Voorbeeld")
    profile = kit.service.profile
    requests = ConsentRequestService(anna.vault.db, anna.trail, profile, anna.now)
    return PaperService(anna.vault.db, anna.trail, profile, SOURCES, anna.now), requests, intake_id


def _save(requests: ConsentRequestService, intake_id: str, **changes: object) -> str:
    valid = requests.today() + timedelta(days=60)
    return requests.create(intake_id, terms(valid_until=valid, **changes)).id


@pytest.mark.parametrize("language", ["nl", "nl-easy", "en"])
def test_r000_25_r002_16_r004_06_form_names_everything_in_every_language(
    papers: tuple[PaperService, ConsentRequestService, str], language: str
) -> None:
    service, requests, intake_id = papers
    items = ("Of de woning een traplift kan krijgen", "Welke aanpassingen al gedaan zijn")
    subject = _save(requests, intake_id, items=items)
    paper = service.render(PaperRequest(FORM, language, intake_id=intake_id, subject_id=subject))
    check_pdf(paper.pdf)
    text = pdf_text(paper.pdf)
    for expected in (
        *MANDATORY[language],
        "College van burgemeester en wethouders van Voorbeeldstad",
        "Woonstichting Voorbeeldstad (woningcorporatie)",
        *items,
        "De aanvraag voor een woningaanpassing beoordelen",
        "Wmo 2015 art. 2.3.2",
        "Privacyloket Voorbeeldstad",
        "Fictief Voorbeeld",
        "Anna de Demo",
        "2026.1",
    ):
        assert expected in text, (language, expected)
    lowered = text.lower()
    for phrase in GENERIC:
        assert phrase not in lowered, (language, phrase)
    assert "☒" not in text
    assert "☑" not in text


def test_r003_16_form_states_exceptions_and_is_its_own_paper(
    papers: tuple[PaperService, ConsentRequestService, str],
) -> None:
    service, requests, intake_id = papers
    subject = _save(requests, intake_id)
    paper = service.render(
        PaperRequest(FORM, "nl", large_print=True, intake_id=intake_id, subject_id=subject)
    )
    check_pdf(paper.pdf)
    pages = page_texts(paper.pdf)
    assert len(pages) >= 3  # large print runs over more pages
    assert "Wanneer delen wij zonder uw toestemming?" in " ".join(pages)
    for page in pages:  # every page belongs to this one form (never the acknowledgement)
        assert "Toestemmingsformulier" in page
        assert "Verklaring" not in page
        assert "Verslag" not in page


def test_r003_20_gp_form_names_the_adviser_as_only_recipient(
    papers: tuple[PaperService, ConsentRequestService, str],
) -> None:
    service, requests, intake_id = papers
    subject = _save(
        requests,
        intake_id,
        kind=consent_form.ConsentKind.GEHEIMHOUDING,
        party=Party("Huisartsenpraktijk Centrum Voorbeeldstad", "huisarts"),
        items=("Kan mevrouw zelf een trap op lopen?",),
        answer_to="Medisch adviseur gemeente Voorbeeldstad",
    )
    text = pdf_text(
        service.render(PaperRequest(FORM, "nl", intake_id=intake_id, subject_id=subject)).pdf
    )
    assert "Wie krijgt het antwoord Medisch adviseur gemeente Voorbeeldstad" in text
    assert "De huisarts stuurt het antwoord alleen naar" in text
    assert "beroepsgeheim" in text


def test_r000_25_form_refused_when_built_directly_from_generic_terms(
    papers: tuple[PaperService, ConsentRequestService, str],
) -> None:
    service, _, intake_id = papers
    ctx = service.context(PaperRequest(FORM, "nl", intake_id=intake_id))
    data = consent_form.sample(ctx)
    consent_form.build_form(data, ctx)  # the sample itself is complete
    for bad in (
        replace(data.terms, party=Party("Ketenpartners")),
        replace(data.terms, items=("alle gegevens",)),
        replace(data.terms, purpose=""),
        replace(data.terms, valid_until=ctx.on),
    ):
        with pytest.raises(DocumentRefused):
            consent_form.build_form(replace(data, terms=bad), ctx)


def test_subject_of_another_intake_is_refused(
    papers: tuple[PaperService, ConsentRequestService, str],
    anna: Session,
) -> None:
    service, requests, intake_id = papers
    subject = _save(requests, intake_id)
    other = informed_intake(intakes(anna), name="Fictief Twee")
    with pytest.raises(DocumentRefused):
        service.render(PaperRequest(FORM, "nl", intake_id=other, subject_id=subject))
    with pytest.raises(DocumentRefused):
        service.render(PaperRequest(FORM, "nl", intake_id=intake_id, subject_id="nope"))


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("nl", ("Op 23 november 2026 om", "mondeling toestemming aan Anna de Demo",
                "vastgelegd als: mondeling", "Toestemming intrekken", "Veilig Thuis",
                "tekenen hoeft niet")),
        ("nl-easy", ("Op 23 november 2026 om", "zei u ja tegen Anna de Demo",
                     "Wij schreven op: mondeling", "Dat mag ook met woorden")),
        ("en", ("On 23 November 2026 at", "orally to Anna de Demo", "oral (mondeling)",
                "Withdrawing your consent", "you do not have to sign")),
    ],
)  # fmt: skip
def test_r004_08_oral_consent_confirmed_on_paper(
    papers: tuple[PaperService, ConsentRequestService, str], language: str, words: tuple[str, ...]
) -> None:
    service, requests, intake_id = papers
    subject = _save(requests, intake_id, method=Method.MONDELING)
    paper = service.render(PaperRequest(ORAL, language, intake_id=intake_id, subject_id=subject))
    check_pdf(paper.pdf)
    text = pdf_text(paper.pdf)
    for expected in (*words, "Woonstichting Voorbeeldstad", "Of de woning een traplift",
                     "Wmo 2015 art. 2.3.2", "Privacyloket Voorbeeldstad"):  # fmt: skip
        assert expected in text, (language, expected)
    for phrase in GENERIC:
        assert phrase not in text.lower()


def test_r004_08_written_consent_gets_the_form_not_the_confirmation(
    papers: tuple[PaperService, ConsentRequestService, str],
) -> None:
    service, requests, intake_id = papers
    subject = _save(requests, intake_id, method=Method.SCHRIFTELIJK)
    with pytest.raises(DocumentRefused, match="not given orally"):
        service.render(PaperRequest(ORAL, "nl", intake_id=intake_id, subject_id=subject))


def test_provide_direction_says_to_whom(
    papers: tuple[PaperService, ConsentRequestService, str],
) -> None:
    service, requests, intake_id = papers
    subject = _save(requests, intake_id, direction=Direction.VERSTREKKEN)
    text = pdf_text(
        service.render(PaperRequest(FORM, "nl", intake_id=intake_id, subject_id=subject)).pdf
    )
    assert "Wij willen gegevens over u geven aan Woonstichting Voorbeeldstad" in text
    assert "Aan wie" in text
    assert "Dan geven wij niets aan Woonstichting" in text


def test_samples_render_for_preview(
    papers: tuple[PaperService, ConsentRequestService, str],
) -> None:
    service, _, intake_id = papers
    for document in (FORM, ORAL):
        for language in ("nl", "nl-easy", "en"):
            ctx = service.context(PaperRequest(document, language, intake_id=intake_id))
            paper = SOURCES[document].sample(ctx)
            check_pdf(paper.pdf)
            assert "fictief" in pdf_text(paper.pdf).lower()
