"""The pure rules of rights requests: due dates, extensions, who may ask, decisions and the
remedy text (issue 8; R-002-26, R-000-37, R-001-29)."""

from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.citizen import ValidationError
from app.domain.profile import ComplaintRoute, Controller
from app.domain.rights import (
    Capacity,
    Decision,
    DestructionLaw,
    RightKind,
    RightsRequest,
    add_months,
    check_decision,
    check_extension,
    check_requester,
    due_date,
    remedy_text,
    state_text,
)

days = st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31))


def request(received: date, **changes: object) -> RightsRequest:
    base = RightsRequest(
        "r-1", "c-1", RightKind.INZAGE, received, Capacity.ZELF, None, False, None,
        due_date(RightKind.INZAGE, received),
    )  # fmt: skip
    return replace(base, **changes)  # type: ignore[arg-type]


@given(days, st.integers(min_value=1, max_value=24))
def test_r002_26_add_months_is_a_calendar_month_clamped_to_the_month_end(
    day: date, months: int
) -> None:
    later = add_months(day, months)
    assert (later.year * 12 + later.month) - (day.year * 12 + day.month) == months
    last = calendar.monthrange(later.year, later.month)[1]
    assert later.day == min(day.day, last)
    assert later > day


@given(days)
def test_r002_26_one_month_for_an_answer_three_for_a_care_statute_destruction(day: date) -> None:
    one = due_date(RightKind.INZAGE, day)
    assert 28 <= (one - day).days <= 31
    for law in DestructionLaw:
        three = due_date(RightKind.VERWIJDERING, day, law)
        assert three == add_months(day, 3)
        assert 89 <= (three - day).days <= 92
    assert due_date(RightKind.VERWIJDERING, day) == one  # AVG art. 17 alone: one month


def test_r002_26_month_end_examples() -> None:
    assert due_date(RightKind.INZAGE, date(2026, 1, 31)) == date(2026, 2, 28)
    assert due_date(RightKind.INZAGE, date(2028, 1, 31)) == date(2028, 2, 29)
    assert due_date(RightKind.CORRECTIE, date(2026, 12, 15)) == date(2027, 1, 15)
    law = DestructionLaw.WMO
    assert due_date(RightKind.VERWIJDERING, date(2026, 11, 30), law) == date(2027, 2, 28)


@given(days, st.integers(min_value=0, max_value=40), st.integers(min_value=1, max_value=2))
def test_r002_26_extension_only_within_the_first_month_with_reasons(
    received: date, after: int, months: int
) -> None:
    r = request(received)
    decided = received + timedelta(days=after)
    if decided <= r.due_on:
        assert check_extension(r, months, "Veel gegevens", decided) == add_months(r.due_on, months)
        with pytest.raises(ValidationError):
            check_extension(r, months, "  ", decided)
    else:
        with pytest.raises(ValidationError):
            check_extension(r, months, "Veel gegevens", decided)


def test_r002_26_extension_at_most_two_months_once_and_not_for_a_care_destruction() -> None:
    r = request(date(2026, 11, 2))
    with pytest.raises(ValidationError):
        check_extension(r, 3, "Veel gegevens", date(2026, 11, 3))
    with pytest.raises(ValidationError):
        check_extension(replace(r, extended_to=date(2027, 1, 2)), 1, "x", date(2026, 11, 3))
    wmo = request(date(2026, 11, 2), kind=RightKind.VERWIJDERING,
                  destruction_law=DestructionLaw.WMO)  # fmt: skip
    with pytest.raises(ValidationError):
        check_extension(wmo, 1, "Veel gegevens", date(2026, 11, 3))


def test_r002_26_extended_date_counts_only_once_the_notice_went_out() -> None:
    r = request(date(2026, 11, 2), extended_to=date(2027, 2, 2), extension_reason="x")
    assert r.answer_by() == r.due_on
    assert r.late_on(date(2026, 12, 3))
    noticed = replace(r, extension_notice_on=date(2026, 11, 20))
    assert noticed.answer_by() == date(2027, 2, 2)
    assert not noticed.late_on(date(2026, 12, 3))
    assert "[late]" in state_text(r, date(2026, 12, 3))


@pytest.mark.parametrize(
    ("capacity", "age", "consent", "ok"),
    [
        (Capacity.ZELF, 40, False, True),
        (Capacity.ZELF, 12, False, True),  # from 12 the young person decides
        (Capacity.ZELF, 11, False, False),  # under 12 the parent acts
        (Capacity.OUDER_MET_GEZAG, 11, False, True),
        (Capacity.OUDER_MET_GEZAG, 11, True, False),
        (Capacity.OUDER_MET_GEZAG, 12, False, False),  # needs the child's own agreement
        (Capacity.OUDER_MET_GEZAG, 15, True, True),
        (Capacity.OUDER_MET_GEZAG, 18, True, False),  # an adult has no parent with authority
        (Capacity.OUDER_MET_GEZAG, None, True, False),  # age unknown: ask for it first
        (Capacity.GEMACHTIGDE, 70, False, True),
        (Capacity.GEMACHTIGDE, 70, True, False),
    ],
)
def test_r002_26_minor_from_12_decides_themselves(
    capacity: Capacity, age: int | None, consent: bool, ok: bool
) -> None:
    name = "" if capacity is Capacity.ZELF else "Piet Proefouder"
    if ok:
        stored = check_requester(capacity, name, age, consent)
        assert stored == (None if capacity is Capacity.ZELF else name)
    else:
        with pytest.raises(ValidationError):
            check_requester(capacity, name, age, consent)


def test_r002_26_someone_else_must_be_named() -> None:
    with pytest.raises(ValidationError) as error:
        check_requester(Capacity.WETTELIJK_VERTEGENWOORDIGER, " ", 80, False)
    assert error.value.field == "requester"


def test_r002_26_a_refusal_needs_a_reason() -> None:
    r = request(date(2026, 11, 2))
    on = date(2026, 11, 20)
    assert check_decision(r, Decision.TOEGEWEZEN, "", on) == ""
    for decision in (Decision.AFGEWEZEN, Decision.DEELS_TOEGEWEZEN):
        with pytest.raises(ValidationError):
            check_decision(r, decision, " ", on)
        assert check_decision(r, decision, "Belang van een ander", on) == "Belang van een ander"
    with pytest.raises(ValidationError):  # decided once
        check_decision(replace(r, decision=Decision.TOEGEWEZEN), Decision.AFGEWEZEN, "x", on)


ROUTES = (
    ComplaintRoute("autoriteit_persoonsgegevens", "Autoriteit Persoonsgegevens", "www.ap.example"),
    ComplaintRoute("bezwaar", "Bezwaarschrift", "Postbus 0000, 9999 ZZ Voorbeeldstad"),
)


def test_r002_26_remedy_for_a_public_controller_is_awb_objection_and_administrative_court() -> None:
    college = Controller("College van Voorbeeldstad", "Plein 1", "0900", "c@x.example", True)
    text = remedy_text(college, ROUTES)
    assert "six weeks" in text
    assert "College van Voorbeeldstad" in text
    assert "Postbus 0000" in text
    assert "administrative court" in text
    assert "Autoriteit Persoonsgegevens" in text
    assert "www.ap.example" in text
    assert "civil court" not in text


def test_r002_26_remedy_for_a_private_controller_is_the_civil_court() -> None:
    foundation = Controller("Stichting Wijkteams", "Straat 1", "0900", "s@x.example", False)
    text = remedy_text(foundation, ROUTES)
    assert "civil court" in text
    assert "Stichting Wijkteams" in text
    assert "bezwaarschrift" not in text
    assert "administrative court" not in text
    assert "Autoriteit Persoonsgegevens" in text
