"""The domain gate of the intake (issue 4, first step): pure rules, no storage yet."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.assessment import ZrmAssessment
from app.domain.citizen import ValidationError
from app.domain.scope import DomainScope, DomainStatus, Minors, Trigger
from app.domain.zrm import DOMAIN_IDS
from app.services.profile_signing import verify_profile_text
from app.services.profiles import shipped_profiles

AT = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
ON = date(2026, 11, 23)


def demo_profile():
    choice = next(c for c in shipped_profiles() if c.demo)
    return verify_profile_text(choice.text).profile


@pytest.fixture
def scope() -> DomainScope:
    return DomainScope(demo_profile())


def household_help(profile):
    return profile.help_request_type("huishoudelijke-hulp")


def test_r000_01_nothing_is_open_before_a_help_request(scope: DomainScope) -> None:
    assert all(scope.status(d) is DomainStatus.NOT_DISCUSSED for d in scope.all_domains())
    assert not any(scope.accepts_content(d) for d in scope.all_domains())


def test_r000_02_r004_02_a_help_request_opens_only_its_linked_domains(scope: DomainScope) -> None:
    opened = scope.add_help_request(household_help(scope.profile))
    assert opened == {"instrumentele_adl", "lichamelijke_gezondheid"}
    closed = set(scope.all_domains()) - opened
    assert all(scope.status(d) is DomainStatus.NOT_DISCUSSED for d in closed)
    assert scope.status("justitie").label == "not discussed"


def test_r000_05_r002_03_a_further_domain_opens_only_with_the_citizens_ja(
    scope: DomainScope,
) -> None:
    scope.add_help_request(household_help(scope.profile))
    scope.propose("financien", Trigger.CITIZEN_RAISED, "zorgen over de huur")
    assert scope.status("financien") is DomainStatus.PROPOSED
    assert not scope.accepts_content("financien")
    record = scope.answer("financien", True, AT, "w-anna")
    assert (record.trigger, record.concern, record.at, record.worker_id) == (
        Trigger.CITIZEN_RAISED,
        "zorgen over de huur",
        AT,
        "w-anna",
    )
    assert scope.accepts_content("financien")
    assert scope.status("financien").label == "discussed with agreement"


def test_r000_06_r000_10_a_nee_is_kept_as_a_refusal_and_takes_no_content(
    scope: DomainScope,
) -> None:
    scope.add_help_request(household_help(scope.profile))
    scope.propose(
        "financien", Trigger.STRONG_INDICATION, "rekeningen op tafel", "stapel aanmaningen"
    )
    scope.answer("financien", False, AT, "w-anna")
    assert scope.status("financien") is DomainStatus.DECLINED
    assert scope.status("financien").label == "declined by the citizen"
    with pytest.raises(ValidationError, match="closed"):
        scope.require_open("financien")
    with pytest.raises(ValidationError):
        scope.propose("financien", Trigger.CITIZEN_RAISED, "toch")


def test_a_strong_indication_needs_its_reason(scope: DomainScope) -> None:
    scope.add_help_request(household_help(scope.profile))
    with pytest.raises(ValidationError) as error:
        scope.propose("financien", Trigger.STRONG_INDICATION, "zorgen")
    assert error.value.field == "indication_reason"


def test_r000_07_sensitive_domain_under_a_single_wmo_request_needs_a_written_reason(
    scope: DomainScope,
) -> None:
    scope.add_help_request(household_help(scope.profile))
    with pytest.raises(ValidationError) as error:
        scope.propose("middelengebruik", Trigger.CITIZEN_RAISED, "drinkt veel")
    assert error.value.field == "proportionality_reason"
    scope.propose("middelengebruik", Trigger.CITIZEN_RAISED, "drinkt veel", "", "valt vaak")
    assert scope.status("middelengebruik") is DomainStatus.PROPOSED


def test_r000_08_child_domains_only_with_minors_in_the_household(scope: DomainScope) -> None:
    scope.add_help_request(household_help(scope.profile))
    with pytest.raises(ValidationError):
        scope.propose("opvoeding", Trigger.CITIZEN_RAISED, "zorgen om de kinderen")
    scope.minors = Minors.YES
    scope.propose("opvoeding", Trigger.CITIZEN_RAISED, "zorgen om de kinderen")


def test_r000_11_withdrawal_locks_the_domain(scope: DomainScope) -> None:
    scope.add_help_request(household_help(scope.profile))
    scope.propose("sociaal_netwerk", Trigger.CITIZEN_RAISED, "weinig bezoek")
    scope.answer("sociaal_netwerk", True, AT, "w-anna")
    scope.withdraw("sociaal_netwerk")
    assert scope.status("sociaal_netwerk") is DomainStatus.WITHDRAWN
    assert not scope.accepts_content("sociaal_netwerk")


def test_justitie_takes_no_content_in_a_wmo_intake(scope: DomainScope) -> None:
    scope.add_help_request(scope.profile.help_request_type("meervoudig"))
    scope.propose("justitie", Trigger.CITIZEN_RAISED, "boete", "", "")
    scope.answer("justitie", True, AT, "w-chantal")
    assert scope.status("justitie") is DomainStatus.AGREED
    assert not scope.accepts_content("justitie")  # AVG art. 10: criminal data


def test_r000_12_r002_04_every_score_starts_not_assessed(scope: DomainScope) -> None:
    assessment = ZrmAssessment(scope)
    assert all(assessment.value(d) is None for d in scope.all_domains())
    assert assessment.label("financien") == "not assessed"
    assert not assessment.complete


def test_r000_13_r002_05_a_score_needs_an_open_domain_and_a_basis(scope: DomainScope) -> None:
    assessment = ZrmAssessment(scope)
    scope.add_help_request(household_help(scope.profile))
    with pytest.raises(ValidationError):
        assessment.score("financien", 3, "gesprek", ON)  # not discussed
    with pytest.raises(ValidationError) as error:
        assessment.score("instrumentele_adl", 3, "  ", ON)
    assert error.value.field == "basis"
    with pytest.raises(ValidationError):
        assessment.score("instrumentele_adl", 6, "gesprek", ON)
    assessment.score("instrumentele_adl", 3, "kan niet meer stofzuigen", ON)
    assert assessment.value("instrumentele_adl") == 3
    assert not hasattr(assessment, "total")
    assert not hasattr(assessment, "average")


operations = st.lists(
    st.one_of(
        st.tuples(st.just("help"), st.sampled_from(["huishoudelijke-hulp", "schulden", "vervoer"])),
        st.tuples(st.just("propose"), st.sampled_from(sorted(DOMAIN_IDS))),
        st.tuples(st.just("answer"), st.sampled_from(sorted(DOMAIN_IDS)), st.booleans()),
        st.tuples(st.just("withdraw"), st.sampled_from(sorted(DOMAIN_IDS))),
        st.tuples(st.just("score"), st.sampled_from(sorted(DOMAIN_IDS)), st.integers(1, 5)),
    ),
    max_size=30,
)

PROFILE = demo_profile()


@settings(max_examples=200, deadline=None)
@given(operations)
def test_no_sequence_ever_scores_a_domain_that_is_not_open(ops: list[tuple]) -> None:
    scope = DomainScope(PROFILE)
    assessment = ZrmAssessment(scope)
    for op in ops:
        kind, domain = op[0], op[1]
        try:
            if kind == "help":
                scope.add_help_request(PROFILE.help_request_type(domain))
            elif kind == "propose":
                scope.propose(domain, Trigger.CITIZEN_RAISED, "zorg", "", "reden")
            elif kind == "answer":
                scope.answer(domain, op[2], AT, "w-anna")
            elif kind == "withdraw":
                scope.withdraw(domain)
            else:
                open_before = scope.accepts_content(domain)
                before = assessment.value(domain)
                try:
                    assessment.score(domain, op[2], "gesprek", ON)
                except ValidationError:
                    assert not open_before
                    assert assessment.value(domain) == before
                else:
                    assert open_before
        except ValidationError:
            pass
    for domain, score in assessment.scores().items():
        status = scope.status(domain)
        assert status in (DomainStatus.LINKED, DomainStatus.AGREED, DomainStatus.WITHDRAWN)
        assert 1 <= score.value <= 5
