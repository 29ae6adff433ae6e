"""The verslag of the conversation (issue 6 item 4; R-000-36, R-000-35, R-004-19, R-001-17).

Every name and text is fictional; marker words in capitals are looked for in the PDF text.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.documents.base import DocumentRefused
from app.domain.intake import Acknowledgement, Compartment, IntakeMode, NoteKind
from app.domain.notes import NoteSource
from app.domain.profile import Law, Role
from app.domain.scope import Trigger
from app.domain.visit_records import MeldcodeKind
from app.services.papers import SOURCES, PaperRequest, PaperService
from app.services.session import Session
from tests.support.intake import ALL_ITEMS, Intakes, informed_intake, intakes
from tests.support.pdf import check_pdf, pdf_text

DOC = "verslag"
ON = date(2026, 11, 23)
LANGUAGES = ("nl", "nl-easy", "en")


def _service(kit: Intakes, profile=None) -> PaperService:  # type: ignore[no-untyped-def]
    s = kit.session
    return PaperService(s.vault.db, s.trail, profile or kit.service.profile, SOURCES, s.now)


def on_roster(kit: Intakes):  # type: ignore[no-untyped-def]
    """The demo profile with the test session's worker as its first roster entry."""
    profile = kit.service.profile
    me = replace(profile.roster[0], id=kit.session.trail.actor, name="Fictieve Consulent")
    return replace(profile, roster=(me, *profile.roster[1:]))


def _full_intake(kit: Intakes, mode: IntakeMode = IntakeMode.SINGLE) -> str:
    """Huishoudelijke hulp (links instrumentele ADL and lichamelijke gezondheid) with content in
    every compartment, one declined and one agreed domain, two scores, a meldcode signal."""
    iid = informed_intake(kit, name="Fictief Voorbeeld", mode=mode)
    r, svc = kit.records, kit.service
    fact = r.add_note(iid, "FEITTEKST stofzuigen lukt niet", NoteKind.FACT, NoteSource.CITIZEN,
                      ON, domain="instrumentele_adl")  # fmt: skip
    r.add_note(iid, "INTERPRETATIETEKST", NoteKind.INTERPRETATION, NoteSource.WORKER, ON,
               domain="instrumentele_adl", refers_to=fact.id)  # fmt: skip
    r.add_note(iid, "AFSPRAAKTEKST bellen", NoteKind.AGREEMENT, NoteSource.WORKER, ON)
    for compartment in (Compartment.CONFIDENTIAL, Compartment.WORK, Compartment.PERSONAL):
        r.add_note(iid, f"GEHEIM{compartment.value.upper()}", NoteKind.FACT,
                   NoteSource.CITIZEN, ON, compartment=compartment)  # fmt: skip
    svc.propose_domain(iid, "financien", Trigger.CITIZEN_RAISED, "REKENINGENZORG")
    svc.answer_domain(iid, "financien", False)
    svc.propose_domain(iid, "huisvesting", Trigger.CITIZEN_RAISED, "TRAPZORG")
    svc.answer_domain(iid, "huisvesting", True)
    svc.score_domain(iid, "instrumentele_adl", 2, "SCOREBASIS kan niet stofzuigen", ON)
    svc.score_domain(iid, "lichamelijke_gezondheid", 4, "loopt zelf naar de winkel", ON)
    r.add_limitation(iid, "lichamelijke_gezondheid", "BEPERKING kan niet lang staan", "inwoner")
    r.add_network_person(iid, "Bep Fictief", "buurvrouw", "CONTACTGEHEIM", "STEUNGEHEIM")
    r.record_onderzoek(iid, "doel", "DOELTEKST zelfstandig thuis wonen")
    r.record_explained(iid, "pgb")
    r.add_medical_advice(iid, "ADVIESTEKST", ON)
    r.record_meldcode(iid, MeldcodeKind.DOMESTIC_VIOLENCE, "MELDCODETEKST", {})
    return iid


def test_r000_36_verslag_mandatory_and_forbidden_per_language(session: Session) -> None:
    kit = intakes(session)
    iid = _full_intake(kit)
    service = _service(kit)
    mandatory = {
        "nl": ["Uw hulpvraag", "Wat wilt u bereiken?", "Wat kunt u zelf?", "(mantelzorg)",
               "voorliggende voorzieningen", "Afspraken", "Eigen bijdrage", "CAK",
               "Conclusie van de medewerker", "Uw reactie", "aanvraag", "Handtekening",
               "Interpretatie van de medewerker", "hoort bij uw hulpvraag", "u bracht dit zelf in"],
        "nl-easy": ["Uw vraag", "Wat wilt u?", "Wat kunt u zelf?", "Afspraken", "pgb",
                    "Wat de medewerker denkt", "Handtekening", "aanvraag"],
        "en": ["Your help request", "What do you want to achieve?", "informal carer",
               "Agreements", "personal contribution", "The worker's interpretation",
               "Your reaction", "Signature", "application"],
    }  # fmt: skip
    for language in LANGUAGES:
        paper = service.render(PaperRequest(DOC, language, intake_id=iid))
        check_pdf(paper.pdf)
        text = pdf_text(paper.pdf)
        for phrase in mandatory[language]:
            assert phrase in text, (language, phrase)
        for marker in ("Ik kan het huis niet meer schoonhouden", "FEITTEKST", "INTERPRETATIETEKST",
                       "AFSPRAAKTEKST", "BEPERKING", "DOELTEKST", "Bep Fictief", "buurvrouw",
                       "TRAPZORG", "SCOREBASIS", "Fictief Voorbeeld"):  # fmt: skip
            assert marker in text, (language, marker)
        # R-001-17 / compartments: only dossier notes; nothing medical; no meldcode; network
        # persons by name and relation only; a declined domain without its content.
        for forbidden in ("GEHEIMVERTROUWELIJK", "GEHEIMWERKDOSSIER", "GEHEIMPERSOONLIJK",
                          "MELDCODETEKST", "ADVIESTEKST", "CONTACTGEHEIM", "STEUNGEHEIM",
                          "REKENINGENZORG", "alle instanties", "derden", "ketenpartners",
                          "ik geef toestemming", "I give consent"):  # fmt: skip
            assert forbidden.lower() not in text.lower(), (language, forbidden)
        for medical in kit.service.profile.medical_words:
            assert medical.lower() not in text.lower(), (language, medical)


def test_r000_12_r000_13_verslag_prints_niet_beoordeeld_and_never_a_total(
    session: Session,
) -> None:
    kit = intakes(session)
    iid = _full_intake(kit)
    service = _service(kit)
    for language in LANGUAGES:
        text = pdf_text(service.render(PaperRequest(DOC, language, intake_id=iid)).pdf)
        # huisvesting is open (agreed) and was not scored: "niet beoordeeld" literally.
        assert "niet beoordeeld" in text
        assert ("Onvolledige ZRM" if language != "en" else "Incomplete ZRM") in text
        # Scores 2 and 4 are printed as given; no sum (6) nor average (3) appears.
        assert ("2 – niet zelfredzaam" if language == "nl" else "2 –") in text
        assert "3 –" not in text
        for word in ("totaalscore", "total score", "gemiddelde score", "average score"):
            assert word not in text.lower()
        # Undiscussed domains are not on the verslag at all.
        for undiscussed in ("Werk en opleiding", "Werk en school", "Work and education"):
            assert undiscussed not in text


def test_r000_36_declined_domain_by_name_only(session: Session) -> None:
    kit = intakes(session)
    iid = _full_intake(kit)
    text = pdf_text(_service(kit).render(PaperRequest(DOC, "nl", intake_id=iid)).pdf)
    assert "Financiën: niet gewenst door inwoner" in text
    assert "REKENINGENZORG" not in text


def test_r000_36_non_wmo_dossier_has_no_article_2_3_2_headings(session: Session) -> None:
    kit = intakes(session)
    iid = informed_intake(kit, type_id=None, law=Law.JEUGDWET, name="Fictief Jeugd")
    text = pdf_text(_service(kit).render(PaperRequest(DOC, "nl", intake_id=iid)).pdf)
    assert "Wat wilt u bereiken?" not in text
    assert "2.3.2" not in text
    assert "Eigen bijdrage" not in text
    assert "Uw reactie" in text
    assert "Handtekening" in text


def test_r004_19_complex_intake_has_regie_section(session: Session) -> None:
    kit = intakes(session)
    iid = _full_intake(kit, mode=IntakeMode.COMPLEX)
    service = _service(kit, on_roster(kit))
    worker = service.profile.worker(session.trail.actor)
    assert worker is not None
    with pytest.raises(DocumentRefused):  # a plan's coordinator must be a named worker
        _service(kit).render(PaperRequest(DOC, "nl", intake_id=iid))
    for language, heading in (("nl", "Wie houdt het overzicht over uw plan?"),
                              ("en", "Who keeps the overview of your plan?")):  # fmt: skip
        text = pdf_text(service.render(PaperRequest(DOC, language, intake_id=iid)).pdf)
        assert heading in text
        assert worker.name in text
        assert "CAK" in text
        assert "Sociale Verzekeringsbank" in text
        assert ("tot het plan klaar is" if language == "nl" else "until the plan ends") in text
    single = _full_intake(kit)
    text = pdf_text(service.render(PaperRequest(DOC, "nl", intake_id=single)).pdf)
    assert "Wie houdt het overzicht" not in text


def test_r000_35_large_print_and_role_of_helper_notes(session: Session) -> None:
    kit = intakes(session)
    citizen = session.caseload.add_citizen("Fictief Hulp")
    iid = kit.service.start_intake(citizen.id, Law.WMO, Role.HULPVERLENING, IntakeMode.SINGLE).id
    kit.service.record_handover(iid, "2026.1", "nl", "papier", ALL_ITEMS, Acknowledgement.SIGNED)
    kit.service.add_help_request(iid, "Ik wil hulp bij de was", "huishoudelijke-hulp")
    kit.records.add_note(iid, "HULPNOTITIE", NoteKind.FACT, NoteSource.CITIZEN, ON)
    paper = _service(kit).render(PaperRequest(DOC, "nl-easy", large_print=True, intake_id=iid))
    check_pdf(paper.pdf)
    text = pdf_text(paper.pdf)
    # A note written in the dossier's own role stays on that dossier's verslag.
    assert "HULPNOTITIE" in text
    assert "Stichting Wijkteams Voorbeeldstad" in text
    assert paper.pages >= 2


def add_consent(kit: Intakes, intake_id: str, organisation: str) -> None:
    """A consent request row as the consent form's service stores it (migration 0010)."""

    def write(conn) -> None:  # type: ignore[no-untyped-def]
        conn.execute(
            "INSERT INTO consent_request (id, intake_id, kind, direction, controller,"
            " organisation, items, purpose, law, valid_until, grantor, capacity, method,"
            " necessity, subsidiarity, proportionality, explained, created_at, worker_id)"
            " VALUES (?, ?, 'avg', 'opvragen', 'x', ?, '[\"adres\"]', 'DOELTOESTEMMING',"
            " 'Wmo 2015', '2027-01-31', 'Fictief Voorbeeld', 'inwoner', 'schriftelijk',"
            " 1, 1, 1, 1, '2026-11-23T10:00:00+00:00', 'w-test')",
            (f"c-{organisation}", intake_id, organisation),
        )

    kit.session.vault.db.transaction(write)


def test_r000_36_consents_asked_are_listed_with_recipient_and_term(session: Session) -> None:
    kit = intakes(session)
    iid = _full_intake(kit)
    service = _service(kit)
    text = pdf_text(service.render(PaperRequest(DOC, "nl", intake_id=iid)).pdf)
    assert "Wij hebben u in dit gesprek geen toestemming gevraagd." in text
    add_consent(kit, iid, "Fictieve Thuiszorg")
    text = pdf_text(service.render(PaperRequest(DOC, "nl", intake_id=iid)).pdf)
    assert "Fictieve Thuiszorg: DOELTOESTEMMING" in text
    assert "31 januari 2027" in text
    assert "geen toestemming gevraagd" not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_verslag_sample_renders(session: Session, language: str) -> None:
    kit = intakes(session)
    service = _service(kit)
    paper = SOURCES[DOC].sample(replace(service.context(PaperRequest(DOC, language)),
                                        language=language))  # fmt: skip
    check_pdf(paper.pdf)
    assert "Voorbeeld (fictief)" in pdf_text(paper.pdf)
