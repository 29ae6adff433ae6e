"""The agenda (issue 5 "Home after unlock"): visits entered by hand, one or two household
members or a new contact; cancelled visits leave nothing; past visits leave the agenda.
All names are fictional."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.agenda import KEEP_PAST_DAYS, parse_day, parse_time
from app.domain.citizen import ValidationError
from app.services.visits import VisitService
from tests.support.intake import Clock


def service(session, clock: Clock) -> VisitService:
    return VisitService(session.vault.db, session.trail, clock)


def actions(session) -> list[tuple[str, str, int]]:
    return session.vault.db.run(
        lambda c: c.execute(
            "SELECT action, object_type, count FROM audit_event WHERE object_type = 'visit'"
        ).fetchall()
    )


def test_a_week_of_visits_in_date_and_time_order(session) -> None:
    clock = Clock(datetime(2026, 11, 23, 8, 0, tzinfo=UTC))  # a Monday
    visits = service(session, clock)
    jan = session.caseload.add_citizen("Jan Fictief", "01-02-1950")
    els = session.caseload.add_citizen("Els Fictief", "03-04-1952")
    monday, friday = date(2026, 11, 23), date(2026, 11, 27)
    late = visits.plan(monday, time(14, 0), "Thuis", (jan.id,))
    early = visits.plan(monday, time(9, 30), "", (jan.id, els.id))
    open_time = visits.plan(monday, None, "", contact_name="  Nieuw   Contact ")
    later = visits.plan(friday, time(10, 0), "Wijkcentrum", (els.id,))
    next_month = visits.plan(monday + timedelta(days=30), time(10, 0), "", (els.id,))

    rows = visits.coming_week()

    assert [r.visit.id for r in rows] == [early.id, late.id, open_time.id, later.id]
    assert next_month.id not in {r.visit.id for r in rows}
    assert rows[0].people == (
        (jan.id, "Jan Fictief", jan.case_number),
        (els.id, "Els Fictief", els.case_number),
    )
    assert rows[2].visit.contact_name == "Nieuw Contact"
    assert rows[2].people == ()
    assert [v.visit.id for v in visits.for_citizen(els.id)] == [early.id, later.id, next_month.id]
    assert ("create", "visit", 1) in actions(session)


@pytest.mark.parametrize(
    ("citizens", "contact", "field"),
    [
        ((), "", "citizens"),  # nobody
        (("a", "a"), "", "citizens"),  # twice
        (("a", "b", "c"), "", "citizens"),  # three
        (("a",), "Nieuw Contact", "contact"),  # both a citizen and a typed name
    ],
)
def test_who_is_visited_must_be_clear(session, citizens, contact, field) -> None:
    visits = service(session, Clock())
    with pytest.raises(ValidationError) as refused:
        visits.plan(date(2026, 11, 24), None, "", citizens, contact)
    assert refused.value.field == field
    assert visits.coming_week() == []


def test_an_unknown_citizen_writes_nothing(session) -> None:
    visits = service(session, Clock())
    with pytest.raises(ValidationError):
        visits.plan(date(2026, 11, 24), None, "", ("not-a-citizen",))
    assert visits.coming_week() == []


def test_cancel_leaves_nothing_and_a_new_contact_becomes_a_citizen(session) -> None:
    visits = service(session, Clock())
    gone = visits.plan(date(2026, 11, 24), time(9, 0), "Thuis", contact_name="Piet Fictief")
    kept = visits.plan(date(2026, 11, 25), time(9, 0), "", contact_name="Kees Fictief")
    visits.cancel(gone.id)
    assert visits.get(gone.id) is None
    kees = session.caseload.add_citizen("Kees Fictief")
    visits.attach_citizen(kept.id, kees.id)
    row = visits.get(kept.id)
    assert row is not None
    assert row.visit.contact_name == ""
    assert row.people[0][0] == kees.id
    with pytest.raises(ValidationError):  # only once: it is no longer a new contact
        visits.attach_citizen(kept.id, kees.id)


def test_past_visits_leave_the_agenda_after_the_keep_period(session) -> None:
    clock = Clock(datetime(2026, 11, 23, 10, 0, tzinfo=UTC))
    visits = service(session, clock)
    jan = session.caseload.add_citizen("Jan Fictief")
    first = visits.plan(date(2026, 11, 23), None, "", (jan.id,))
    second = visits.plan(date(2026, 12, 1), None, "", (jan.id,))
    clock.value += timedelta(days=KEEP_PAST_DAYS)
    assert visits.purge_past() == 0  # exactly the keep period: still there
    clock.value += timedelta(days=1)
    assert visits.purge_past() == 1
    assert visits.get(first.id) is None
    assert visits.get(second.id) is not None
    assert ("purge", "visit", 1) in actions(session)
    with pytest.raises(ValidationError):  # and none can be entered that far back
        visits.plan(date(2026, 11, 1), None, "", (jan.id,))


def test_deleting_the_citizen_removes_their_visits(session) -> None:
    visits = service(session, Clock())
    jan = session.caseload.add_citizen("Jan Fictief")
    els = session.caseload.add_citizen("Els Fictief")
    alone = visits.plan(date(2026, 11, 24), None, "", (jan.id,))
    shared = visits.plan(date(2026, 11, 25), None, "", (jan.id, els.id))
    session.vault.db.transaction(lambda c: c.execute("DELETE FROM citizen WHERE id = ?", (jan.id,)))
    assert visits.get(alone.id) is None
    row = visits.get(shared.id)
    assert row is not None
    assert [p[0] for p in row.people] == [els.id]


def test_search_finds_a_date_of_birth_as_typed(session) -> None:
    jan = session.caseload.add_citizen("Jan Fictief", "07-03-1950")
    session.caseload.add_citizen("Els Fictief", "08-03-1950")
    for typed in ("07-03-1950", "7-3-1950", "1950-03-07", "07/03/1950"):
        assert [c.id for c in session.caseload.search(typed)] == [jan.id], typed
    assert [c.id for c in session.caseload.search(jan.case_number)] == [jan.id]
    assert len(session.caseload.search("fictief")) == 2


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_parse_day_reads_back_every_date_as_printed(day: date) -> None:
    assert parse_day(day.strftime("%d-%m-%Y")) == day
    assert parse_day(f"{day.day}-{day.month}-{day.year}") == day


@pytest.mark.parametrize("text", ["24:00", "9:60", "9", "negen uur", "9:3"])
def test_a_wrong_time_is_refused_plainly(text: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_time(text)
    assert refused.value.field == "time"
    assert "hours:minutes" in str(refused.value)


def test_times_as_people_type_them() -> None:
    assert parse_time("9:30") == time(9, 30)
    assert parse_time("09.05") == time(9, 5)
    assert parse_time("  ") is None


def test_housekeeping_after_unlock_clears_past_visits(session) -> None:
    from app.services.housekeeping import run_purges
    from app.services.session import Session

    jan = session.caseload.add_citizen("Jan Fictief")
    session.visits.plan(session.visits.today(), None, "", (jan.id,))
    assert run_purges(session).visits_cleared == 0
    later = Session(session.vault, lambda: session.now() + timedelta(days=KEEP_PAST_DAYS + 1))
    assert run_purges(later).visits_cleared == 1
    assert later.visits.coming_week() == []
