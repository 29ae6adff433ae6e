"""A consent record as FHIR R5 Consent JSON, validated with ``fhir.resources`` (issue 7).

Every name is fictional; the moments are fixed.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from fhir.resources.consent import Consent

from app.domain.consent_fhir import to_fhir
from app.domain.consent_record import ConsentEvent, Decision, EventKind, intact
from app.domain.consent_terms import Direction, Method, Party
from tests.app.test_consent_record import GP, ITEM, MONDAY, event, record

SUBJECT = "Patient/z-1"
R5_CONSENT_STATE = ("draft", "active", "inactive", "not-done", "entered-in-error", "unknown")


def valid(resource: dict[str, object]) -> Consent:
    """Validate against the R5 model and through a JSON round trip."""
    model = Consent.model_validate(json.loads(json.dumps(resource)))
    assert model.get_resource_type() == "Consent"
    # The model checks structure and types, not the code values: check the R5 value sets here.
    assert model.status in R5_CONSENT_STATE
    assert model.decision in ("permit", "deny")
    return model


def test_fhir_consent_for_a_written_permit_to_obtain_from_the_gp() -> None:
    r = record(items=(ITEM, "Kan mevrouw een trap op?"))
    given = (event(EventKind.GIVEN, r.recorded_at, method="schriftelijk", by_whom="F. Voorbeeld"),)
    resource = to_fhir(r, given, SUBJECT, MONDAY)
    model = valid(resource)
    assert model.status == "active"
    assert model.decision == "permit"
    assert model.subject.reference == SUBJECT
    assert str(model.date) == "2026-11-01"
    assert (str(model.period.start), str(model.period.end)) == ("2026-11-01", "2027-01-31")
    assert model.category[0].coding[0].code == "59284-0"
    assert model.grantor[0].display == "Fictief Voorbeeld (inwoner)"
    assert model.controller[0].display.startswith("College van burgemeester")
    assert model.regulatoryBasis[0].text == "Wmo 2015 art. 5.1.1 lid 5"
    (provision,) = model.provision
    assert provision.actor[0].reference.display == GP
    assert provision.actor[0].role.coding[0].code == "INF"
    assert provision.actor[0].role.text == "huisarts"
    assert provision.action[0].coding[0].code == "access"
    assert [c.text for c in provision.code] == [ITEM, "Kan mevrouw een trap op?"]
    assert provision.purpose[0].display == r.purpose
    assert model.sourceAttachment[0].title == "toestemmingsformulier 2026.1"
    assert model.sourceAttachment[0].language == "nl"
    ext = {e.url.rsplit(":", 1)[-1]: e for e in model.extension}
    assert ext["integrity-sha256"].valueString == r.integrity_hash
    assert intact(r)
    assert ext["version"].valuePositiveInt == 1
    assert model.verification is None


def test_fhir_consent_status_follows_the_events_at_the_moment_given() -> None:
    r = record()
    withdrawn = (event(EventKind.WITHDRAWN, MONDAY, method="mondeling", by_whom="de inwoner"),)
    before = datetime(2026, 11, 20, 9, tzinfo=UTC)
    assert valid(to_fhir(r, withdrawn, SUBJECT, before)).status == "active"
    after = valid(to_fhir(r, withdrawn, SUBJECT, datetime(2026, 11, 24, 9, tzinfo=UTC)))
    assert after.status == "inactive"
    assert valid(to_fhir(r, withdrawn, SUBJECT)).status == "inactive"  # as of the last event
    (mark,) = [e for e in after.extension if e.url.endswith("withdrawn")]
    assert [x.url for x in mark.extension] == ["at", "method", "by"]
    expired = to_fhir(r, (), SUBJECT, datetime(2027, 2, 2, 9, tzinfo=UTC))
    assert valid(expired).status == "inactive"
    error = (event(EventKind.ENTERED_IN_ERROR, MONDAY, method=""),)
    assert valid(to_fhir(r, error, SUBJECT, MONDAY)).status == "entered-in-error"


def test_fhir_consent_renewal_moves_the_period_end() -> None:
    r = record()
    renewed: tuple[ConsentEvent, ...] = (
        event(EventKind.RENEWED, MONDAY, valid_until=date(2027, 4, 30), method=""),
    )
    model = valid(to_fhir(r, renewed, SUBJECT, datetime(2027, 2, 2, 9, tzinfo=UTC)))
    assert model.status == "active"
    assert str(model.period.end) == "2027-04-30"


@pytest.mark.parametrize(("direction", "code", "role"), [
    (Direction.VERSTREKKEN, "disclose", "PRCP"),
    (Direction.OPVRAGEN, "access", "INF"),
])  # fmt: skip
def test_fhir_consent_action_and_actor_role_follow_the_direction(
    direction: Direction, code: str, role: str
) -> None:
    r = record(direction=direction, party=Party("Woonstichting Voorbeeldstad", "", "A. Fictief"))
    provision = valid(to_fhir(r, (), SUBJECT, MONDAY)).provision[0]
    assert provision.action[0].coding[0].code == code
    assert provision.actor[0].role.coding[0].code == role
    assert provision.actor[0].reference.display == "Woonstichting Voorbeeldstad, A. Fictief"


def test_fhir_consent_refusal_and_oral_permit() -> None:
    refused = valid(to_fhir(record(decision=Decision.DENY), (), SUBJECT, MONDAY))
    assert (refused.status, refused.decision) == ("active", "deny")
    oral = record(
        method=Method.MONDELING,
        attestation="mondeling — 2026-11-01 10:00 — w-test — lopen — Ja.",
        id="c-2",
        supersedes="c-1",
        version=2,
    )
    model = valid(to_fhir(oral, (), SUBJECT, MONDAY))
    assert model.verification[0].verificationType.text == "mondeling"
    assert model.verification[0].verifiedBy.display == "w-test"
    assert model.sourceAttachment[0].title == "bevestiging-mondelinge-toestemming 2026.1"
    ext = {e.url.rsplit(":", 1)[-1]: e for e in model.extension}
    assert ext["supersedes"].valueString == "c-1"
    assert ext["attestation"].valueString == oral.attestation
    assert model.meta.versionId == "2"


def test_fhir_consent_is_pure_and_ignores_other_records_events() -> None:
    r = record()
    foreign = (event(EventKind.WITHDRAWN, MONDAY, consent_id="c-9"),)
    assert to_fhir(r, foreign, SUBJECT, MONDAY) == to_fhir(r, (), SUBJECT, MONDAY)
    assert to_fhir(r, (), SUBJECT, MONDAY) == to_fhir(replace(r), (), SUBJECT, MONDAY)
