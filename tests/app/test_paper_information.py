"""The information sheet, "Wat wij van u vastleggen" and the network-person notice (issue 6
item 1): mandatory elements and forbidden phrases per language, refusal while the profile lacks
an element, and only the domains the conversation really opened. Every name is fictional."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from app.documents.base import DocumentRefused
from app.domain.profile import (
    AgencyProfile,
    ComplaintRoute,
    Contact,
    PaperSettings,
    Retention,
    Role,
)
from app.domain.scope import Trigger
from app.services.papers import SOURCES, PaperRequest, PaperService
from app.services.registrations import RegistrationService
from app.services.session import Session
from tests.support.intake import Intakes, informed_intake, intakes
from tests.support.pdf import check_pdf, page_texts, pdf_text

SHEET = "informatieblad-privacy"
RECORD = "wat-wij-vastleggen"
NOTICE = "bericht-netwerkpersoon"
LANGUAGES = ("nl", "nl-easy", "en")
# Never on any of these papers: consent as the basis, sweeping sharing, medical records.
FORBIDDEN = (
    "alle instanties", "derden", "ketenpartners", "alle gegevens", "medisch dossier",
    "ik geef toestemming", "all agencies", "third parties", "all data",
)  # fmt: skip


def _service(
    session: Session, profile: AgencyProfile | None = None
) -> tuple[PaperService, Intakes, str]:
    kit = intakes(session)
    intake_id = informed_intake(kit, name="Fictief Voorbeeld")
    service = PaperService(
        session.vault.db, session.trail, profile or kit.service.profile, SOURCES, session.now
    )
    return service, kit, intake_id


def _as_roster_worker(session: Session, kit: Intakes) -> AgencyProfile:
    """The demo profile with the test session's worker on the roster (team, substitute)."""
    profile = kit.service.profile
    anna = profile.worker("w-anna")
    assert anna is not None
    me = replace(anna, id=session.trail.actor, name="Testa Werker")
    return replace(profile, roster=(*profile.roster, me))


def _text(service: PaperService, request: PaperRequest) -> tuple[str, Any]:
    paper = service.render(request)
    check_pdf(paper.pdf)
    return pdf_text(paper.pdf), paper


def _no_forbidden(text: str) -> None:
    lowered = text.lower()
    for phrase in FORBIDDEN:
        assert phrase not in lowered, phrase


# -- informatieblad privacy --------------------------------------------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
def test_r000_31_r001_13_sheet_carries_every_element(session: Session, language: str) -> None:
    service, kit, intake_id = _service(session)
    service = PaperService(
        session.vault.db, session.trail, _as_roster_worker(session, kit), SOURCES, session.now
    )
    text, _ = _text(service, PaperRequest(SHEET, language, intake_id=intake_id))
    p = service.profile
    # From the profile: controller, employer and team, substitute, case system, medical adviser,
    # every statutory recipient, retention, contact point, FG, every route of a public body.
    for needed in (
        "College van burgemeester en wethouders van Voorbeeldstad",
        "Gemeente Voorbeeldstad",
        "Wmo-team Noord",
        "Bram Proefmans",
        p.paper.case_system,
        "Medisch adviseur gemeente Voorbeeldstad",
        *(r.name for r in p.statutory_recipients),
        f"{p.retention.wmo_years}",
        f"{p.retention.jeugd_years}",
        f"{p.retention.purge_after_handover_days}",
        p.privacy_contact.name,
        p.privacy_contact.email,
        p.fg.email,
        *(r.name for r in p.complaint_routes),
        "Veilig Thuis",
        "Fictief Voorbeeld",
    ):
        assert needed in text, needed
    words = {
        "nl": ("geen toestemming", "de wet", "moet u geven", "niet nodig", "bewaren de brief niet",
               "inzien", "verbeteren", "wissen", "beperking", "bezwaar", "drie maanden",
               "bestuursrechter", "Autoriteit Persoonsgegevens", "versleuteld", "vaste vervanger"),
        "nl-easy": ("niet om toestemming", "wet", "moeten sommige", "hoeft u niet",
                    "houden wij niet", "lezen", "fouten", "weg te halen",
                    "even niet", "bezwaar", "drie maanden", "rechter", "op slot",
                    "vaste vervanger"),
        "en": ("do not ask your consent", "legal task", "have to give", "do not have to give",
               "do not keep it", "access", "correct", "erase", "restriction", "object",
               "three months", "administrative court", "Autoriteit Persoonsgegevens",
               "encrypted", "permanent substitute"),
    }[language]  # fmt: skip
    for word in words:
        assert word.lower() in text.lower(), word
    _no_forbidden(text)
    if language == "nl-easy":
        assert "artikel" not in text.split("De wetten:")[0]  # no article numbers in the main text


def test_r003_25_sheet_for_a_private_controller_names_the_civil_court(session: Session) -> None:
    from app.domain.intake import IntakeMode
    from app.domain.profile import Law

    kit = intakes(session)
    profile = _as_roster_worker(session, kit)
    citizen = session.caseload.add_citizen("Fictief Wijkteam")
    intake_id = kit.service.start_intake(
        citizen.id, Law.WMO, Role.HULPVERLENING, IntakeMode.SINGLE
    ).id
    service = PaperService(session.vault.db, session.trail, profile, SOURCES, session.now)
    text, _ = _text(service, PaperRequest(SHEET, "nl", intake_id=intake_id))
    assert "Stichting Wijkteams Voorbeeldstad is geen overheid" in text
    assert "civiele" in text
    assert "bestuursrechter." not in text  # the Awb route is the college's, not the stichting's
    assert "bezwaar maken. Dat moet binnen zes weken" not in text
    # A public controller gets the Awb route instead.
    public_id = informed_intake(kit, name="Fictief Publiek")
    public, _ = _text(service, PaperRequest(SHEET, "nl", intake_id=public_id))
    assert "bezwaar maken. Dat moet binnen zes weken" in public
    assert "is geen overheid" not in public


BLANKS = {
    "paper.case_system": lambda p: replace(p, paper=PaperSettings("")),
    "statutory_recipients": lambda p: replace(p, statutory_recipients=()),
    "medisch adviseur": lambda p: replace(
        p, recipient_organisations=tuple(
            r for r in p.recipient_organisations if r.role != "medisch adviseur"
        )
    ),
    "privacy.contact_point": lambda p: replace(p, privacy_contact=Contact("", "", "", "")),
    "privacy.fg": lambda p: replace(p, fg=replace(p.fg, email="", phone="")),
    "retention.wmo_years": lambda p: replace(p, retention=replace(p.retention, wmo_years=0)),
    "retention.jeugd_years": lambda p: replace(p, retention=replace(p.retention, jeugd_years=0)),
    "retention.purge_after_handover_days": lambda p: replace(
        p, retention=replace(p.retention, purge_after_handover_days=0)
    ),
    "kind klachtenloket": lambda p: _without_route(p, "klachtenloket"),
    "kind ombudsman": lambda p: _without_route(p, "ombudsman"),
    "kind autoriteit_persoonsgegevens": lambda p: _without_route(p, "autoriteit_persoonsgegevens"),
    "kind bezwaar": lambda p: _without_route(p, "bezwaar"),
    "kind rechter": lambda p: _without_route(p, "rechter"),
    "organisation.name": lambda p: replace(p, organisation=replace(p.organisation, name="")),
    "controllers.toeleiding.name": lambda p: replace(
        p, controllers={**p.controllers, Role.TOELEIDING: replace(
            p.controllers[Role.TOELEIDING], name="")}
    ),
    "roster.vaste_vervanger": lambda p: replace(
        p, roster=tuple(replace(w, vaste_vervanger="w-nobody") for w in p.roster)
    ),
    "teams": lambda p: replace(p, teams=()),
    "roster.employer": lambda p: replace(
        p, roster=tuple(replace(w, employer="") for w in p.roster)
    ),
}  # fmt: skip


def _without_route(p: AgencyProfile, kind: str) -> AgencyProfile:
    routes: tuple[ComplaintRoute, ...] = tuple(r for r in p.complaint_routes if r.kind != kind)
    return replace(p, complaint_routes=routes)


@pytest.mark.parametrize("field", sorted(BLANKS))
def test_r002_13_sheet_is_refused_naming_each_missing_profile_item(
    session: Session, field: str
) -> None:
    service, kit, intake_id = _service(session)
    profile = BLANKS[field](_as_roster_worker(session, kit))
    service = PaperService(session.vault.db, session.trail, profile, SOURCES, session.now)
    with pytest.raises(DocumentRefused) as refused:
        service.render(PaperRequest(SHEET, "nl", intake_id=intake_id))
    assert field in str(refused.value)
    assert len(refused.value.missing) == 1, refused.value.missing  # only what is missing


def test_sheet_needs_a_worker_on_the_roster(session: Session) -> None:
    service, _, intake_id = _service(session)  # the test worker is not on the demo roster
    with pytest.raises(DocumentRefused, match="roster"):
        service.render(PaperRequest(SHEET, "nl", intake_id=intake_id))


def test_r003_21_r002_14_sheet_large_print_footer_and_preprint(session: Session) -> None:
    service, kit, intake_id = _service(session)
    service = PaperService(
        session.vault.db, session.trail, _as_roster_worker(session, kit), SOURCES, session.now
    )
    normal = service.render(PaperRequest(SHEET, "en", intake_id=intake_id))
    large = service.render(PaperRequest(SHEET, "en", large_print=True, intake_id=intake_id))
    check_pdf(large.pdf)
    assert large.pages > normal.pages
    for index, page in enumerate(page_texts(large.pdf), start=1):
        assert f"Page {index} of {large.pages}" in page
        assert "text version 2026.1" in page
        assert "English" in page
    issue = service.record_preprinted(PaperRequest(SHEET, "nl-easy", intake_id=intake_id), "0042")
    assert (issue.version, issue.language, issue.delivery) == ("2026.1", "nl-easy", "voorgedrukt")


# -- wat wij van u vastleggen -------------------------------------------------------------------
def test_r002_28_r003_12_what_we_record_names_only_opened_domains(session: Session) -> None:
    service, kit, intake_id = _service(session)
    service = PaperService(
        session.vault.db, session.trail, _as_roster_worker(session, kit), SOURCES, session.now
    )
    kit.service.propose_domain(intake_id, "sociaal_netwerk", Trigger.CITIZEN_RAISED, "eenzaam")
    kit.service.answer_domain(intake_id, "sociaal_netwerk", True)
    kit.service.propose_domain(intake_id, "financien", Trigger.CITIZEN_RAISED, "rekeningen")
    kit.service.answer_domain(intake_id, "financien", False)
    regs = RegistrationService(session.vault.db, session.trail, session.now)
    regs.add(intake_id, "registratie", "Voedselbank Fictief", "inschrijving", "de voedselbank")
    regs.add(intake_id, "casusoverleg_verslag", "Wijkteam Fictief", "overleg", "Wijkteam Fictief")
    sheet = PaperRequest(SHEET, "nl", intake_id=intake_id)
    service.record(sheet, service.render(sheet), "geprint")
    for language in LANGUAGES:
        text, _ = _text(service, PaperRequest(RECORD, language, intake_id=intake_id))
        labels = {
            "nl": ("Instrumentele ADL", "Lichamelijke gezondheid", "Sociaal netwerk", "Financiën"),
            "nl-easy": ("Instrumentele ADL", "Lichamelijke gezondheid", "Sociaal netwerk",
                        "Financiën"),
            "en": ("Household activities", "Physical health", "Social network", "Finances"),
        }[language]  # fmt: skip
        for label in labels:
            assert label in text, label
        for never in ("Huisvesting", "Housing", "Justitie", "Middelengebruik", "Mental health"):
            assert never not in text, never
        # No content: neither the help request's words nor a proposal's concern.
        for content in ("schoonhouden", "eenzaam", "rekeningen"):
            assert content not in text
        for needed in (
            "Voedselbank Fictief",
            "Wijkteam Fictief",
            service.profile.paper.case_system,
            "Testa Werker",
            "Bram Proefmans",  # the vaste vervanger from the roster
            "Fictief Voorbeeld",
            "23 november 2026" if language != "en" else "23 November 2026",
        ):
            assert needed in text, needed
        assert {"nl": "Informatie over uw privacy", "nl-easy": "Informatie over uw privacy",
                "en": "Informatie over uw privacy"}[language] in text  # fmt: skip
        assert ("15 jaar" if language != "en" else "15 years") in text
        _no_forbidden(text)


def test_what_we_record_without_opened_domains_or_registrations(session: Session) -> None:
    kit = intakes(session)
    intake_id = informed_intake(kit, type_id=None, name="Fictief Leeg")
    service = PaperService(
        session.vault.db, session.trail, _as_roster_worker(session, kit), SOURCES, session.now
    )
    text, _ = _text(service, PaperRequest(RECORD, "nl", intake_id=intake_id))
    assert "geen enkel onderwerp" in text
    assert "weet niet van andere registraties" in text
    assert "Overleg over uw situatie" not in text


# -- bericht voor een netwerkpersoon ------------------------------------------------------------
def test_r004_17_network_notice_says_who_why_how_long_and_rights(session: Session) -> None:
    service, kit, intake_id = _service(session)
    person = kit.records.add_network_person(
        intake_id, "Fictieve Buur", "buurvrouw", "06-00000000", "boodschappen"
    )
    for language in LANGUAGES:
        text, _ = _text(
            service, PaperRequest(NOTICE, language, intake_id=intake_id, subject_id=person.id)
        )
        contact_point = service.profile.privacy_contact.name
        for needed in ("Fictieve Buur", "buurvrouw", "06-00000000", "boodschappen",
                       "Fictief Voorbeeld", "College van burgemeester en wethouders",
                       contact_point, "15", "Autoriteit Persoonsgegevens"):  # fmt: skip
            assert needed in text, needed
        named = {
            "nl": "genoemd als iemand uit het netwerk van Fictief Voorbeeld",
            "nl-easy": "netwerk van Fictief Voorbeeld",
            "en": "named as someone in the network of Fictief Voorbeeld",
        }[language]
        assert named in text
        # Nothing about the citizen's help request, its domains or the worker's team and role.
        for never in ("schoonhouden", "huishouden", "Hulp bij het huishouden", "Wmo-team",
                      "Wmo-consulent", "Instrumentele", "hulpvraag"):  # fmt: skip
            assert never not in text, never
        _no_forbidden(text)


def test_network_notice_for_an_unknown_person_is_refused(session: Session) -> None:
    service, _, intake_id = _service(session)
    with pytest.raises(DocumentRefused):
        service.render(PaperRequest(NOTICE, "nl", intake_id=intake_id, subject_id="nobody"))


def test_every_sample_renders_in_every_language(session: Session) -> None:
    service, kit, intake_id = _service(session)
    ctx = service.context(PaperRequest(SHEET, "nl", intake_id=intake_id))
    profile = _as_roster_worker(session, kit)
    ctx = replace(ctx, profile=profile, worker=profile.worker(session.trail.actor))
    for document in (SHEET, RECORD, NOTICE):
        for language in LANGUAGES:
            paper = SOURCES[document].sample(replace(ctx, language=language))
            check_pdf(paper.pdf)
            assert "fictief" in pdf_text(paper.pdf).lower()


def test_retention_dataclass_still_has_the_terms_the_papers_print() -> None:
    fields = Retention.__dataclass_fields__
    assert {"wmo_years", "jeugd_years", "purge_after_handover_days"} <= set(fields)
