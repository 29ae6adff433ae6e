"""Who decides for whom (issue 5; DESIGN section 1): the pure ``who_signs`` rule for adults
(Wmo 2015 art. 1.1.1 lid 2) and minors (Wmo 5.3.2/5.3.3/5.3.5, Jeugdwet 7.3.4 and 7.3.15),
and representatives recorded with minimal data. All names are fictional; the clock is
injected."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.citizen import ValidationError
from app.domain.representation import CitizenFacts, who_signs
from app.domain.representatives import (
    SHARING_AND_RIGHTS,
    Act,
    AuthoritySeen,
    Capacity,
    Representative,
    RepresentativeKind,
)
from app.services.representation import RepresentationService
from app.services.session import Session
from app.storage import audit
from tests.support.intake import Clock, intakes

ON = date(2026, 11, 23)
K = RepresentativeKind
NOT_FINANCE = [a for a in Act if a is not Act.FINANCIEN]
BSN = "111 222 333"  # passes the elfproef; fictional


def aged(years: int, days: int = 0) -> date:
    """A date of birth that makes someone ``years`` old on ON, ``days`` after the birthday."""
    return ON.replace(year=ON.year - years) - timedelta(days=days)


def rep(
    kind: RepresentativeKind,
    rid: str = "",
    acts: frozenset[Act] = frozenset(),
    since: date | None = None,
    ended_on: date | None = None,
    seen: AuthoritySeen = AuthoritySeen.VERKLARING,
) -> Representative:
    return Representative(
        rid or kind.value, "c1", kind, f"Mr. {kind.value.title()}", "", "", acts, since, seen,
        "", ended_on,
    )  # fmt: skip


def adult(capable: Capacity = Capacity.NEE, recorded: bool = False) -> CitizenFacts:
    return CitizenFacts(aged(40), ON, capable, recorded)


def minor(years: int, capable: Capacity = Capacity.ONBEKEND, days: int = 0) -> CitizenFacts:
    return CitizenFacts(aged(years, days), ON, capable)


def ids(answer: object) -> list[str]:
    return [r.id for r in answer.representatives]  # type: ignore[attr-defined]


# -- adults: Wmo 2015 art. 1.1.1 lid 2 ----------------------------------------------------------
def test_wmo_1_1_1_order_curator_then_gevolmachtigde_then_partner_then_family() -> None:
    everyone = [
        rep(K.BROER_ZUS), rep(K.KIND), rep(K.OUDER), rep(K.PARTNER),
        rep(K.GEVOLMACHTIGDE, acts=frozenset(Act)), rep(K.CURATOR),
    ]  # fmt: skip
    winners = []
    people = list(everyone)
    while people:
        answer = who_signs(Act.TOESTEMMING, adult(), people)
        assert answer.resolved
        assert not answer.citizen
        winners.append(ids(answer))
        people = [p for p in people if p.id not in ids(answer)]
    assert winners == [["curator"], ["gevolmachtigde"], ["partner"], ["broer_zus", "kind", "ouder"]]


def test_wmo_1_1_1_mentor_ranks_with_the_curator_before_the_gevolmachtigde() -> None:
    people = [rep(K.PARTNER), rep(K.GEVOLMACHTIGDE, acts=frozenset(Act)), rep(K.MENTOR)]
    assert ids(who_signs(Act.AANVRAAG, adult(), people)) == ["mentor"]


def test_wmo_1_1_1_gevolmachtigde_acts_only_within_the_written_scope() -> None:
    people = [rep(K.GEVOLMACHTIGDE, acts=frozenset({Act.AANVRAAG})), rep(K.PARTNER)]
    assert ids(who_signs(Act.AANVRAAG, adult(), people)) == ["gevolmachtigde"]
    assert ids(who_signs(Act.TOESTEMMING, adult(), people)) == ["partner"]


@pytest.mark.parametrize("act", list(Act))
def test_wmo_1_1_1_an_adult_who_can_judge_decides_alone(act: Act) -> None:
    people = [rep(K.MENTOR), rep(K.PARTNER), rep(K.OUDER)]
    answer = who_signs(act, adult(Capacity.JA), people)
    assert (answer.citizen, answer.representatives, answer.resolved) == (True, (), True)


def test_wmo_1_1_1_an_adult_is_presumed_able_when_nothing_is_assessed() -> None:
    answer = who_signs(Act.VERSLAG, adult(Capacity.ONBEKEND), [rep(K.PARTNER)])
    assert answer.citizen
    assert answer.representatives == ()
    assert "presumed" in answer.explanation


def test_wmo_1_1_1_nobody_fits_is_said_not_guessed() -> None:
    answer = who_signs(Act.TOESTEMMING, adult(), [rep(K.BEWINDVOERDER)])
    assert (answer.citizen, answer.representatives, answer.resolved) == (False, (), False)
    assert "Find out" in answer.explanation


def test_bewindvoerder_acts_on_finances_only_even_beside_a_capable_citizen() -> None:
    people = [rep(K.BEWINDVOERDER), rep(K.PARTNER)]
    money = who_signs(Act.FINANCIEN, adult(Capacity.JA), people)
    assert ids(money) == ["bewindvoerder"]
    assert not money.citizen
    assert who_signs(Act.TOESTEMMING, adult(Capacity.JA), people).citizen
    assert ids(who_signs(Act.TOESTEMMING, adult(), people)) == ["partner"]


def test_money_matters_never_go_to_mentor_partner_or_family() -> None:
    people = [rep(K.MENTOR), rep(K.PARTNER), rep(K.KIND)]
    answer = who_signs(Act.FINANCIEN, adult(), people)
    assert not answer.resolved
    assert answer.representatives == ()
    proxy = rep(K.GEVOLMACHTIGDE, acts=frozenset({Act.FINANCIEN}))
    assert ids(who_signs(Act.FINANCIEN, adult(), [*people, proxy])) == ["gevolmachtigde"]


def test_ended_and_future_representatives_never_sign() -> None:
    ended = rep(K.CURATOR, ended_on=ON)
    future = rep(K.MENTOR, since=ON + timedelta(days=1))
    assert ids(who_signs(Act.AANVRAAG, adult(), [ended, future, rep(K.OUDER)])) == ["ouder"]
    assert ids(who_signs(Act.AANVRAAG, adult(), [rep(K.CURATOR, ended_on=ON + timedelta(1))])) == [
        "curator"
    ]


def test_a_recorded_lack_of_capacity_overrules_a_yes() -> None:
    answer = who_signs(Act.AANVRAAG, adult(Capacity.JA, recorded=True), [rep(K.PARTNER)])
    assert ids(answer) == ["partner"]
    assert "lack of capacity is recorded" in answer.explanation


def test_authority_not_seen_yet_is_flagged_in_the_answer() -> None:
    answer = who_signs(Act.AANVRAAG, adult(), [rep(K.CURATOR, seen=AuthoritySeen.NOT_SEEN)])
    assert ids(answer) == ["curator"]
    assert "not seen yet" in answer.explanation


def test_unknown_date_of_birth_is_unresolved() -> None:
    answer = who_signs(Act.TOESTEMMING, CitizenFacts(None, ON, Capacity.JA), [rep(K.PARTNER)])
    assert (answer.citizen, answer.resolved) == (False, False)
    assert "date of birth" in answer.explanation


# -- minors: sharing and the rights (Wmo 5.3.2, 5.3.3, 5.3.5; Jeugdwet 7.3.11, 7.3.15) ----------
PARENTS = [rep(K.OUDER_MET_GEZAG, "mother"), rep(K.OUDER_MET_GEZAG, "father")]


@pytest.mark.parametrize("act", sorted(SHARING_AND_RIGHTS))
def test_wmo_5_3_3_jeugdwet_7_3_15_under_12_the_parents_with_authority_decide(act: Act) -> None:
    answer = who_signs(act, minor(11, Capacity.JA), PARENTS)
    assert (answer.citizen, ids(answer), answer.resolved) == (False, ["mother", "father"], True)


@pytest.mark.parametrize("act", sorted(SHARING_AND_RIGHTS))
def test_wmo_5_3_3_jeugdwet_7_3_11_from_12_a_young_person_who_can_judge_decides_alone(
    act: Act,
) -> None:
    answer = who_signs(act, minor(12, Capacity.JA), PARENTS)
    assert (answer.citizen, answer.representatives, answer.resolved) == (True, (), True)


def test_wmo_5_3_3_from_12_unable_to_judge_the_parents_decide() -> None:
    answer = who_signs(Act.INZAGE, minor(15, Capacity.NEE), [*PARENTS, rep(K.PARTNER)])
    assert ids(answer) == ["mother", "father"]
    assert not answer.citizen


def test_wmo_5_3_3_from_12_not_assessed_asks_for_an_assessment() -> None:
    answer = who_signs(Act.TOESTEMMING, minor(13), PARENTS)
    assert (answer.citizen, answer.representatives, answer.resolved) == (False, (), False)
    assert "assess" in answer.explanation


def test_jeugdwet_7_3_15_a_guardian_holds_authority_and_none_recorded_is_unresolved() -> None:
    assert ids(who_signs(Act.TOESTEMMING, minor(8), [rep(K.VOOGD)])) == ["voogd"]
    answer = who_signs(Act.TOESTEMMING, minor(8), [rep(K.OUDER), rep(K.BROER_ZUS)])
    assert not answer.resolved
    assert answer.representatives == ()


def test_jeugdwet_the_12th_birthday_is_the_boundary_also_on_29_february() -> None:
    day_before = who_signs(Act.TOESTEMMING, minor(12, Capacity.JA, days=-1), PARENTS)
    birthday = who_signs(Act.TOESTEMMING, minor(12, Capacity.JA), PARENTS)
    assert (day_before.citizen, birthday.citizen) == (False, True)
    leap = date(2012, 2, 29)
    before = CitizenFacts(leap, date(2024, 2, 28), Capacity.JA)
    assert who_signs(Act.TOESTEMMING, before, PARENTS).citizen is False
    assert who_signs(
        Act.TOESTEMMING, CitizenFacts(leap, date(2024, 2, 29), Capacity.JA), []
    ).citizen


# -- consent to jeugdhulp itself (Jeugdwet 7.3.4, 7.3.5) -------------------------------------------
def test_jeugdwet_7_3_4_from_12_to_15_both_the_young_person_and_the_parents() -> None:
    answer = who_signs(Act.JEUGDHULP, minor(14, Capacity.JA), PARENTS)
    assert (answer.citizen, answer.together, ids(answer)) == (True, True, ["mother", "father"])
    alone = who_signs(Act.JEUGDHULP, minor(14, Capacity.JA), [])
    assert (alone.citizen, alone.together, alone.resolved) == (True, True, False)


def test_jeugdwet_7_3_5_from_16_alone_and_7_3_15_parents_when_unable() -> None:
    answer = who_signs(Act.JEUGDHULP, minor(16, Capacity.JA), PARENTS)
    assert (answer.citizen, answer.representatives, answer.together) == (True, (), False)
    assert ids(who_signs(Act.JEUGDHULP, minor(17, Capacity.NEE), PARENTS)) == ["mother", "father"]
    assert ids(who_signs(Act.JEUGDHULP, minor(9, Capacity.JA), PARENTS)) == ["mother", "father"]


def test_a_minors_application_and_money_go_to_the_legal_representative() -> None:
    admin = rep(K.BEWINDVOERDER)
    assert ids(who_signs(Act.AANVRAAG, minor(17, Capacity.JA), [*PARENTS, admin])) == [
        "mother", "father",
    ]  # fmt: skip
    assert ids(who_signs(Act.FINANCIEN, minor(17, Capacity.JA), [*PARENTS, admin])) == [
        "bewindvoerder"
    ]
    assert ids(who_signs(Act.FINANCIEN, minor(10), PARENTS)) == ["mother", "father"]


# -- properties -----------------------------------------------------------------------------------
kinds = st.sampled_from(list(RepresentativeKind))
people = st.lists(
    st.builds(
        rep,
        kinds,
        st.uuids().map(str),
        st.frozensets(st.sampled_from(list(Act)), min_size=1),
        st.one_of(st.none(), st.dates(date(2000, 1, 1), date(2030, 1, 1))),
        st.one_of(st.none(), st.dates(date(2000, 1, 1), date(2030, 1, 1))),
    ),
    max_size=8,
)
facts = st.builds(
    CitizenFacts,
    st.one_of(st.none(), st.dates(date(1920, 1, 1), ON)),
    st.just(ON),
    st.sampled_from(list(Capacity)),
    st.booleans(),
)


@settings(max_examples=300, deadline=None)
@given(act=st.sampled_from(list(Act)), facts=facts, people=people)
def test_property_a_bewindvoerder_signs_nothing_but_finances(
    act: Act, facts: CitizenFacts, people: list[Representative]
) -> None:
    answer = who_signs(act, facts, people)
    if act is not Act.FINANCIEN:
        assert all(r.kind is not K.BEWINDVOERDER for r in answer.representatives)


@settings(max_examples=300, deadline=None)
@given(
    act=st.sampled_from(sorted(SHARING_AND_RIGHTS)),
    age=st.integers(12, 17),
    days=st.integers(0, 364),
    people=people,
)
def test_property_a_minor_of_12_who_can_judge_is_never_overruled_on_sharing(
    act: Act, age: int, days: int, people: list[Representative]
) -> None:
    answer = who_signs(act, minor(age, Capacity.JA, days), people)
    assert (answer.citizen, answer.representatives, answer.resolved) == (True, (), True)


@settings(max_examples=300, deadline=None)
@given(act=st.sampled_from(list(Act)), facts=facts, people=people)
def test_property_every_answer_is_someone_or_says_nobody_and_names_only_active_people(
    act: Act, facts: CitizenFacts, people: list[Representative]
) -> None:
    answer = who_signs(act, facts, people)
    assert answer.explanation.strip()
    if answer.resolved:
        assert answer.citizen or answer.representatives
    for chosen in answer.representatives:
        assert chosen in people
        assert chosen.active_on(ON)
        assert chosen.kind is not K.GEVOLMACHTIGDE or act in chosen.acts
    if answer.together:
        assert answer.citizen


@settings(max_examples=200, deadline=None)
@given(act=st.sampled_from(NOT_FINANCE), years=st.integers(18, 100), people=people)
def test_property_wmo_1_1_1_an_adult_who_can_judge_is_never_replaced(
    act: Act, years: int, people: list[Representative]
) -> None:
    answer = who_signs(act, CitizenFacts(aged(years), ON, Capacity.JA), people)
    assert answer.citizen
    assert answer.representatives == ()


# -- the service: representatives ----------------------------------------------------------------
@pytest.fixture
def clock() -> Clock:
    return Clock()


def service(session: Session, clock: Clock) -> RepresentationService:
    kit = intakes(session, now=clock)
    return RepresentationService(session.vault.db, session.trail, kit.service.profile, clock)


def count(session: Session, table: str) -> int:
    sql = f"SELECT count(*) FROM {table}"  # noqa: S608
    return int(session.vault.db.run(lambda c: c.execute(sql).fetchone()[0]))


def test_wmo_1_1_1_representatives_recorded_and_who_signs_from_the_vault(
    session: Session, clock: Clock
) -> None:
    reps = service(session, clock)
    citizen = session.caseload.add_citizen("Jan Voorbeeld", "01-03-1950")
    partner = reps.add_representative(
        citizen.id, K.PARTNER, "Mien Voorbeeld", AuthoritySeen.VERKLARING
    )
    mentor = reps.add_representative(
        citizen.id, K.MENTOR, "Stichting Fictief Mentorschap", AuthoritySeen.BESCHIKKING,
        reference="C/99/000001", since=date(2024, 1, 1),
    )  # fmt: skip
    answer = reps.who_signs(citizen.id, Act.AANVRAAG, Capacity.NEE)
    assert ids(answer) == [mentor.id]
    reps.end_representative(mentor.id, date(2026, 11, 1))
    assert ids(reps.who_signs(citizen.id, Act.AANVRAAG, Capacity.NEE)) == [partner.id]
    assert [r.id for r in reps.representatives(citizen.id)] == [partner.id, mentor.id]
    assert reps.representatives(citizen.id)[1].ended_on == date(2026, 11, 1)
    with pytest.raises(ValidationError):
        reps.end_representative(mentor.id)
    events = session.vault.db.run(audit.events)
    assert [(e.action, e.object_id) for e in events if e.object_type == "representative"] == [
        ("create", partner.id), ("create", mentor.id), ("end", mentor.id),
    ]  # fmt: skip
    assert not any("Voorbeeld" in f"{e.object_id}{e.action}" for e in events)


@pytest.mark.parametrize(
    ("kind", "seen", "kwargs", "field"),
    [
        (K.GEVOLMACHTIGDE, AuthoritySeen.VOLMACHT, {}, "scope"),
        (K.GEVOLMACHTIGDE, AuthoritySeen.VOLMACHT, {"scope": "Wmo-zaken"}, "scope"),
        (K.CURATOR, AuthoritySeen.VERKLARING, {}, "seen"),
        (K.PARTNER, AuthoritySeen.VERKLARING, {"contact": f"bel {BSN}"}, "contact"),
        (K.PARTNER, AuthoritySeen.VERKLARING, {"since": date(2026, 12, 1)}, "since"),
    ],
)
def test_representative_minimal_and_checked_nothing_half_written(
    session: Session, clock: Clock, kind: RepresentativeKind, seen: AuthoritySeen,
    kwargs: dict[str, object], field: str,
) -> None:  # fmt: skip
    reps = service(session, clock)
    citizen = session.caseload.add_citizen("Jan Voorbeeld", "01-03-1950")
    with pytest.raises(ValidationError) as error:
        reps.add_representative(citizen.id, kind, "Piet Fictief", seen, **kwargs)  # type: ignore[arg-type]
    assert error.value.field == field
    assert BSN not in str(error.value)
    assert count(session, "representative") == 0


def test_gevolmachtigde_with_written_scope_is_stored_with_what_it_covers(
    session: Session, clock: Clock
) -> None:
    reps = service(session, clock)
    citizen = session.caseload.add_citizen("Jan Voorbeeld", "01-03-1950")
    proxy = reps.add_representative(
        citizen.id, K.GEVOLMACHTIGDE, "Kees Fictief", AuthoritySeen.VOLMACHT,
        scope="Wmo-aanvraag en het verslag", acts=[Act.AANVRAAG, Act.VERSLAG],
    )  # fmt: skip
    stored = reps.representatives(citizen.id)[0]
    assert stored == proxy
    assert stored.acts == frozenset({Act.AANVRAAG, Act.VERSLAG})
    assert ids(reps.who_signs(citizen.id, Act.VERSLAG, Capacity.NEE)) == [proxy.id]
    assert not reps.who_signs(citizen.id, Act.TOESTEMMING, Capacity.NEE).resolved


def test_jeugdwet_7_3_4_who_signs_uses_the_age_on_the_injected_date(
    session: Session, clock: Clock
) -> None:
    reps = service(session, clock)
    young = session.caseload.add_citizen("Sam Voorbeeld", "24-11-2012")  # 13 on 23-11-2026
    mother = reps.add_representative(
        young.id, K.OUDER_MET_GEZAG, "Ria Voorbeeld", AuthoritySeen.GEZAGSREGISTER
    )
    answer = reps.who_signs(young.id, Act.JEUGDHULP, Capacity.JA)
    assert (answer.citizen, answer.together, ids(answer)) == (True, True, [mother.id])
    later = reps.who_signs(young.id, Act.JEUGDHULP, Capacity.JA, on=date(2028, 11, 24))
    assert (later.citizen, later.representatives) == (True, ())
