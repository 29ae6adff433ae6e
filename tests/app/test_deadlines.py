"""Statutory term arithmetic under the Algemene termijnenwet (issue 5): weekends, Easter and
Pinksteren, Koningsdag on a Sunday, Christmas and year ends; properties over any start date."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.citizen import ValidationError
from app.domain.deadlines import (
    calendar_due,
    due_after,
    feestdagen,
    is_feestdag,
    is_working_day,
    koningsdag,
    parse_date,
    weeks,
    working_days_between,
)

D = date


@pytest.mark.parametrize(
    ("start", "days", "due"),
    [
        (D(2026, 11, 23), 7, D(2026, 11, 30)),  # Monday + 7: a Monday, nothing moves
        (D(2026, 11, 21), 7, D(2026, 11, 30)),  # ends Saturday 28th -> Monday
        (D(2026, 11, 22), 6, D(2026, 11, 30)),  # ends Saturday too
        (D(2026, 11, 20), 1, D(2026, 11, 23)),  # Friday + 1 = Saturday -> Monday
        (D(2026, 11, 18), 4, D(2026, 11, 23)),  # ends Sunday -> Monday
    ],
)
def test_atw_art1_a_term_ending_in_the_weekend_runs_to_monday(
    start: date, days: int, due: date
) -> None:
    assert due_after(start, days) == due


def test_atw_art2_a_three_day_term_holds_two_working_days() -> None:
    # Friday + 3 ends on Monday, a working day, but holds only that one: Tuesday.
    friday = D(2026, 11, 20)
    assert calendar_due(friday, 3) == D(2026, 11, 23)
    assert due_after(friday, 3) == D(2026, 11, 24)
    # Art. 2 applies from three days: a two-day term ending on Monday stays there.
    assert due_after(D(2026, 11, 21), 2) == D(2026, 11, 23)


def test_atw_art3_feestdagen_2026_include_goede_vrijdag_but_no_carnaval() -> None:
    assert feestdagen(2026) == {
        D(2026, 1, 1),  # Nieuwjaarsdag
        D(2026, 4, 3),  # Goede Vrijdag (art. 3 lid 2)
        D(2026, 4, 6),  # tweede Paasdag (Easter: 5 April)
        D(2026, 4, 27),  # Koningsdag (a Monday)
        D(2026, 5, 5),  # 5 mei
        D(2026, 5, 14),  # Hemelvaartsdag
        D(2026, 5, 25),  # tweede Pinksterdag
        D(2026, 12, 25),
        D(2026, 12, 26),
    }


def test_atw_art3_koningsdag_on_a_sunday_is_kept_on_saturday_26_april() -> None:
    assert D(2025, 4, 27).weekday() == 6
    assert koningsdag(2025) == D(2025, 4, 26)
    assert is_feestdag(D(2025, 4, 26))
    assert not is_feestdag(D(2025, 4, 27))
    assert koningsdag(2026) == D(2026, 4, 27)


@pytest.mark.parametrize(
    ("start", "days", "due"),
    [
        (D(2026, 3, 27), 7, D(2026, 4, 7)),  # ends Goede Vrijdag -> past Easter Monday
        (D(2026, 3, 30), 7, D(2026, 4, 7)),  # ends tweede Paasdag
        (D(2026, 5, 7), 7, D(2026, 5, 15)),  # ends Hemelvaartsdag
        (D(2026, 5, 18), 7, D(2026, 5, 26)),  # ends tweede Pinksterdag
        (D(2026, 4, 20), 7, D(2026, 4, 28)),  # ends Koningsdag
        (D(2026, 4, 28), 7, D(2026, 5, 6)),  # ends 5 mei
        (D(2025, 4, 14), 7, D(2025, 4, 22)),  # 2025: Easter Monday 21 April
    ],
)
def test_atw_art1_and_3_a_term_ending_on_a_feestdag_moves_on(
    start: date, days: int, due: date
) -> None:
    assert due_after(start, days) == due


def test_atw_christmas_and_the_year_end() -> None:
    # Melding 20 November 2026 + 6 weeks = Friday 1 January 2027 (Nieuwjaarsdag) -> Monday 4th.
    assert due_after(D(2026, 11, 20), weeks(6)) == D(2027, 1, 4)
    # Aanvraag Friday 11 December + 2 weeks = eerste Kerstdag -> Monday 28 December.
    assert due_after(D(2026, 12, 11), weeks(2)) == D(2026, 12, 28)
    # Wednesday 23 December + 3: Thursday is the only working day until Monday 28th.
    assert due_after(D(2026, 12, 23), 3) == D(2026, 12, 28)
    # 2027 ends on a Friday; + 7 from Christmas Eve lands on New Year's Eve, a working day.
    assert due_after(D(2027, 12, 24), 7) == D(2027, 12, 31)


def test_atw_art4_longer_terms_and_a_same_day_term_are_not_extended() -> None:
    saturday = D(2026, 11, 21)
    assert due_after(saturday - timedelta(days=91), 91) == saturday
    assert due_after(saturday - timedelta(days=90), 90) == D(2026, 11, 23)
    assert due_after(saturday, 0) == saturday  # spoed: onverwijld, the same day
    with pytest.raises(ValueError, match="negative"):
        due_after(saturday, -1)


def test_atw_art3_lid3_days_a_royal_decree_adds_count_as_feestdagen() -> None:
    friday_after_hemelvaart = frozenset({D(2026, 5, 15)})
    assert due_after(D(2026, 5, 7), 7) == D(2026, 5, 15)
    assert due_after(D(2026, 5, 7), 7, friday_after_hemelvaart) == D(2026, 5, 18)
    assert not is_working_day(D(2026, 5, 15), friday_after_hemelvaart)


def test_a_typed_date_is_day_month_year_and_a_wrong_one_is_not_repeated() -> None:
    assert parse_date(" 07-03-2026 ", "on") == D(2026, 3, 7)
    assert parse_date("2026-03-07", "on") == D(2026, 3, 7)
    assert parse_date("", "on") is None
    with pytest.raises(ValidationError) as error:
        parse_date("31-02-2026", "melding")
    assert error.value.field == "melding"
    assert "31" not in str(error.value)


starts = st.dates(min_value=D(2015, 1, 1), max_value=D(2099, 12, 31))


@given(start=starts, days=st.integers(min_value=1, max_value=90))
def test_property_the_due_date_is_the_first_day_the_atw_allows(start: date, days: int) -> None:
    due = due_after(start, days)
    assert due >= start + timedelta(days=days)  # never before the plain date
    assert is_working_day(due)  # never on a Saturday, Sunday or feestdag
    if days >= 3:
        assert working_days_between(start, due) >= 2  # art. 2
    # ... and no earlier day would do: the extension is as short as the law allows.
    day = start + timedelta(days=days)
    while day < due:
        ok = is_working_day(day) and (days < 3 or working_days_between(start, day) >= 2)
        assert not ok
        day += timedelta(days=1)


@given(start=starts, days=st.integers(min_value=0, max_value=365))
def test_property_a_calendar_term_is_the_plain_date(start: date, days: int) -> None:
    assert calendar_due(start, days) == start + timedelta(days=days)
