"""Statutory term arithmetic under the Algemene termijnenwet (Atw), and the date the worker types.

A term set in a wet or AMvB (Atw art. 5) — Wmo 2015 art. 2.3.2: six weeks for the onderzoek,
seven days for the persoonlijk plan; art. 2.3.5: two weeks for the beschikking — does not simply
end on the calendar date:

- Atw art. 1: a term ending on a Saturday, Sunday or algemeen erkende feestdag is extended to
  the next day that is none of these;
- Atw art. 2: a term of at least three days is extended so it contains at least two days that
  are none of these;
- Atw art. 3 lid 1: the feestdagen are Nieuwjaarsdag, tweede Paasdag, tweede Pinksterdag, both
  Kerstdagen, Hemelvaartsdag, Koningsdag (27 April, or 26 April when the 27th is a Sunday; the
  calendar is right from 2014) and 5 mei; lid 2 adds Goede Vrijdag; lid 3 lets a royal decree
  add days (the agency profile lists those: ``extra``);
- Atw art. 4 sub a: terms of more than 90 days (or 12 weeks) are not extended.

Terms in a municipal verordening or agency policy are not "in een wet gesteld": they end on the
plain calendar date (:func:`calendar_due`). A term of ``n`` days after ``start`` comprises the
days ``start + 1 … start + n``. Easter comes from ``dateutil.easter`` (Western, Gregorian).
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from dateutil.easter import easter

from app.domain.citizen import ValidationError, read_date
from app.i18n import translate

# Atw art. 2: a term of at least this many days must hold MIN_WORKING_DAYS working days.
ART2_MIN_TERM = 3
MIN_WORKING_DAYS = 2
# Atw art. 4 sub a: longer terms keep their calendar date.
ART4_MAX_TERM = 90
NO_EXTRA: frozenset[date] = frozenset()


def koningsdag(year: int) -> date:
    """27 April, or Saturday 26 April when the 27th falls on a Sunday."""
    day = date(year, 4, 27)
    return day - timedelta(days=1) if day.weekday() == 6 else day


@lru_cache(maxsize=256)
def feestdagen(year: int) -> frozenset[date]:
    """The algemeen erkende feestdagen of Atw art. 3 lid 1 and 2 in ``year``."""
    pasen = easter(year)
    return frozenset(
        {
            date(year, 1, 1),  # Nieuwjaarsdag
            pasen - timedelta(days=2),  # Goede Vrijdag (art. 3 lid 2)
            pasen + timedelta(days=1),  # tweede Paasdag
            pasen + timedelta(days=39),  # Hemelvaartsdag
            pasen + timedelta(days=50),  # tweede Pinksterdag
            koningsdag(year),
            date(year, 5, 5),  # Bevrijdingsdag, every year for the Atw
            date(year, 12, 25),  # eerste Kerstdag
            date(year, 12, 26),  # tweede Kerstdag
        }
    )


def is_feestdag(day: date, extra: frozenset[date] = NO_EXTRA) -> bool:
    """A feestdag of Atw art. 3, or a day a royal decree made one (``extra``, art. 3 lid 3)."""
    return day in feestdagen(day.year) or day in extra


def is_working_day(day: date, extra: frozenset[date] = NO_EXTRA) -> bool:
    """Neither a Saturday, a Sunday nor a feestdag of Atw art. 3."""
    return day.weekday() < 5 and not is_feestdag(day, extra)


def next_working_day(day: date, extra: frozenset[date] = NO_EXTRA) -> date:
    """``day`` itself when it is a working day, else the first working day after it."""
    while not is_working_day(day, extra):
        day += timedelta(days=1)
    return day


def working_days_between(start: date, end: date, extra: frozenset[date] = NO_EXTRA) -> int:
    """Working days in ``start + 1 … end`` (the days a term after ``start`` comprises)."""
    days = ((start + timedelta(offset)) for offset in range(1, (end - start).days + 1))
    return sum(1 for day in days if is_working_day(day, extra))


def weeks(n: int) -> int:
    """A term of ``n`` weeks, in days."""
    return 7 * n


def calendar_due(start: date, days: int) -> date:
    """The plain last day of a term that no wet sets (a verordening or agency policy)."""
    if days < 0:
        raise ValueError("a term cannot be negative")
    return start + timedelta(days=days)


def due_after(start: date, days: int, extra: frozenset[date] = NO_EXTRA) -> date:
    """The last day of a term of ``days`` days after ``start`` set in a wet (Atw art. 1, 2, 4).

    ``days == 0`` means "the same day" (Wmo 2.3.3: onverwijld), which is no term to extend.
    """
    end = calendar_due(start, days)
    if days == 0 or days > ART4_MAX_TERM:
        return end
    if days >= ART2_MIN_TERM:  # Atw art. 2
        while working_days_between(start, end, extra) < MIN_WORKING_DAYS:
            end += timedelta(days=1)
    return next_working_day(end, extra)  # Atw art. 1


def parse_date(text: str, field: str) -> date | None:
    """A date typed as ``dd-mm-jjjj`` (also ``jjjj-mm-dd``, ``dd/mm/jjjj``); empty is None.

    The message never repeats what was typed.
    """
    if not text.strip():
        return None
    parsed = read_date(text)
    if parsed is not None:
        return parsed
    raise ValidationError(
        field, translate("Deadlines", "Write the date as day-month-year, e.g. 07-03-2026.")
    )
