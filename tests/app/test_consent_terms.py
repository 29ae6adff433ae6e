"""What a consent form asks: the pure checks and the saved request (issue 6 item 3).

Every name is fictional; the clock is injected (23 November 2026).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.crypto import TEST_KDF
from app.domain.consent_terms import (
    ConsentKind,
    ConsentTerms,
    Direction,
    GrantorCapacity,
    Method,
    Party,
    check_terms,
    generic_words_in,
)
from app.domain.medical_request import MedicalRequest, check_request
from app.services import session as session_mod
from app.services.consent_requests import ConsentRequestService, TermsRefused
from app.services.session import Session
from app.storage import audit
from tests.support.intake import informed_intake, intakes

TODAY = date(2026, 11, 23)
MEDICAL_WORDS = ("diagnose", "medicatie")


def terms(**changes: object) -> ConsentTerms:
    base = ConsentTerms(
        kind=ConsentKind.AVG,
        direction=Direction.OPVRAGEN,
        controller="College van burgemeester en wethouders van Voorbeeldstad",
        party=Party("Woonstichting Voorbeeldstad", "woningcorporatie"),
        items=("Of de woning een traplift kan krijgen",),
        purpose="De aanvraag voor een woningaanpassing beoordelen",
        law="Wmo 2015 art. 2.3.2",
        valid_until=TODAY + timedelta(days=60),
        grantor="Fictief Voorbeeld",
        capacity=GrantorCapacity.INWONER,
        method=Method.SCHRIFTELIJK,
        necessity=True,
        subsidiarity=True,
        proportionality=True,
        explained=True,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def gp_request(**changes: object) -> MedicalRequest:
    base = MedicalRequest(
        practice="Huisartsenpraktijk Centrum Voorbeeldstad",
        professional="Dokter F. Fictief",
        adviser="Medisch adviseur gemeente Voorbeeldstad",
        questions=("Kan mevrouw zelf een trap op lopen?",),
        purpose="Beoordelen of een traplift nodig is",
        law="Wmo 2015 art. 5.1.1 lid 5",
        known="Mevrouw komt de trap niet meer op.",
        valid_until=TODAY + timedelta(days=60),
        grantor="Fictief Voorbeeld",
        capacity=GrantorCapacity.INWONER,
        explained=True,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def fields(problems: list) -> set[str]:  # type: ignore[type-arg]
    return {p.field for p in problems}


def test_complete_terms_pass() -> None:
    assert check_terms(terms(), TODAY) == []


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"party": Party("Alle instanties in de wijk")}, "organisation"),
        ({"party": Party("Derden")}, "organisation"),
        ({"party": Party("onze KETENPARTNERS")}, "organisation"),
        ({"party": Party("Iedereen die helpt")}, "organisation"),
        ({"party": Party("Woonstichting", "alle partners")}, "role"),
        ({"items": ("Alle gegevens over wonen",)}, "items"),
        ({"items": ("het medisch dossier",)}, "items"),
        ({"items": ("Alle informatie",)}, "items"),
        ({"purpose": "Delen met derden"}, "purpose"),
    ],
)
def test_r001_10_r002_16_r004_06_generic_recipient_or_data_rejected(
    change: dict[str, object], field: str
) -> None:
    problems = check_terms(terms(**change), TODAY)
    assert field in fields(problems)
    assert any("too general" in p.message for p in problems)


def test_r000_25_every_missing_field_named_at_once() -> None:
    empty = terms(
        party=Party(""),
        items=(),
        purpose=" ",
        law="",
        grantor="",
        valid_until=TODAY,
        necessity=False,
        subsidiarity=False,
        proportionality=False,
        explained=False,
    )
    assert fields(check_terms(empty, TODAY)) == {
        "organisation", "items", "purpose", "law", "grantor", "valid_until",
        "necessity", "subsidiarity", "proportionality", "explained",
    }  # fmt: skip


def test_r003_16_toelichting_gegeven_must_be_ticked() -> None:
    assert fields(check_terms(terms(explained=False), TODAY)) == {"explained"}


def test_r004_06_validity_only_for_this_request() -> None:
    assert "valid_until" in fields(check_terms(terms(valid_until=TODAY), TODAY))
    far = TODAY + timedelta(days=400)
    assert "valid_until" in fields(check_terms(terms(valid_until=far), TODAY))


@pytest.mark.parametrize(
    ("age", "capacity", "ok"),
    [
        (10, GrantorCapacity.INWONER, False),
        (10, GrantorCapacity.OUDER_MET_GEZAG, True),
        (14, GrantorCapacity.JONGERE_VANAF_12, True),
        (14, GrantorCapacity.INWONER, False),
        (40, GrantorCapacity.OUDER_MET_GEZAG, False),
        (40, GrantorCapacity.VERTEGENWOORDIGER, True),
        (None, GrantorCapacity.JONGERE_VANAF_12, True),
    ],
)
def test_who_decides_follows_age(age: int | None, capacity: GrantorCapacity, ok: bool) -> None:
    problems = check_terms(terms(capacity=capacity), TODAY, age)
    assert ("capacity" not in fields(problems)) is ok


def test_r003_20_gp_gets_specific_questions_and_answers_the_adviser_only() -> None:
    gp = Party("Huisartsenpraktijk Centrum Voorbeeldstad", "huisarts")
    problems = check_terms(terms(party=gp, items=("Een kopie van de gegevens",)), TODAY)
    assert {"items", "answer_to"} <= fields(problems)
    ok = terms(
        party=gp,
        items=("Kan mevrouw zelf een trap op lopen?",),
        answer_to="Medisch adviseur gemeente Voorbeeldstad",
    )
    assert check_terms(ok, TODAY) == []
    assert "direction" in fields(check_terms(replace(ok, direction=Direction.VERSTREKKEN), TODAY))


def test_generic_words_found_inside_longer_text() -> None:
    assert generic_words_in("Gegevens  voor ALLE   instanties") == ["alle instanties"]
    assert generic_words_in("Woonstichting Voorbeeldstad") == []


def test_r000_22_gp_questions_specific_never_the_file() -> None:
    assert check_request(gp_request(), TODAY, MEDICAL_WORDS) == []
    for bad in ("Graag een kopie van het dossier?", "Alle medische gegevens?", "Hoe gaat het"):
        assert "questions" in fields(check_request(gp_request(questions=(bad,)), TODAY, ()))
    assert "questions" in fields(check_request(gp_request(questions=()), TODAY, ()))


def test_r000_22_known_is_functional_without_diagnosis_words() -> None:
    problems = check_request(gp_request(known="Diagnose bekend, medicatie"), TODAY, MEDICAL_WORDS)
    assert fields(problems) == {"known"}


def test_r000_23_machtiging_needs_professional_adviser_and_validity() -> None:
    bad = gp_request(professional="", adviser="", valid_until=TODAY, explained=False)
    assert fields(check_request(bad, TODAY, ())) == {
        "professional", "adviser", "valid_until", "explained"
    }  # fmt: skip


# -- the service ------------------------------------------------------------------------------


@pytest.fixture
def anna(tmp_path: Path) -> Iterator[Session]:
    worker = session_mod.WorkerIdentity("w-anna", "Anna de Demo", "Wmo-consulent", "Noord")
    opened = session_mod.create(tmp_path / "kluis", "paars tractor zingt onder water", worker,
                                TEST_KDF)  # fmt: skip
    yield opened
    if not opened.locked:
        opened.lock()


def service_for(session: Session) -> tuple[ConsentRequestService, str]:
    kit = intakes(session)
    intake_id = informed_intake(kit, name="Fictief Voorbeeld")
    service = ConsentRequestService(
        session.vault.db, session.trail, kit.service.profile, session.now
    )
    return service, intake_id


def test_r000_25_create_stores_checked_terms_with_the_dossier_controller(anna: Session) -> None:
    service, intake_id = service_for(anna)
    today = service.today()
    saved = service.create(intake_id, terms(controller="", valid_until=today + timedelta(days=30)))
    assert saved.terms.controller == "College van burgemeester en wethouders van Voorbeeldstad"
    assert service.list_for(intake_id) == [saved]
    assert service.get(saved.id) == saved
    events = anna.vault.db.run(lambda c: audit.events(c))
    event = next(e for e in events if e.object_id == saved.id)
    assert (event.action, event.object_type) == ("create", "consent_request")
    assert "Woonstichting" not in repr(events)


def test_r001_10_invalid_terms_are_refused_and_nothing_is_written(anna: Session) -> None:
    service, intake_id = service_for(anna)
    with pytest.raises(TermsRefused) as refused:
        service.create(intake_id, terms(party=Party("alle instanties"), explained=False))
    assert {p.field for p in refused.value.problems} == {"organisation", "explained"}
    assert service.list_for(intake_id) == []
    events = anna.vault.db.run(lambda c: audit.events(c))
    assert not any(e.object_type == "consent_request" for e in events)


def test_context_shows_the_citizens_own_words(anna: Session) -> None:
    service, intake_id = service_for(anna)
    ctx = service.context(intake_id)
    assert ctx.help_requests == ("Ik kan het huis niet meer schoonhouden",)
    assert ctx.grantor == "Fictief Voorbeeld"
    assert service.adviser() == "Medisch adviseur gemeente Voorbeeldstad"


def test_r000_23_medical_request_stored_or_refused(anna: Session) -> None:
    service, intake_id = service_for(anna)
    valid = gp_request(valid_until=service.today() + timedelta(days=30))
    with pytest.raises(TermsRefused):
        service.create_medical(intake_id, replace(valid, questions=("Een kopie graag?",)))
    assert service.medical_for(intake_id) == []
    saved = service.create_medical(intake_id, valid)
    assert service.get_medical(saved.id) == saved
    assert service.medical_for(intake_id) == [saved]


def test_requests_go_with_the_intake(anna: Session) -> None:
    service, intake_id = service_for(anna)
    saved = service.create(intake_id, terms(valid_until=service.today() + timedelta(days=9)))
    anna.vault.db.transaction(lambda c: c.execute("DELETE FROM intake WHERE id = ?", (intake_id,)))
    assert service.get(saved.id) is None
