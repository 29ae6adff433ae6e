"""A report period: whole local days, from and to inclusive, turned into clock instants."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from app.domain.citizen import ValidationError
from app.i18n import translate

MAX_DAYS = 3 * 366


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive

    def bounds(self, zone: tzinfo | None) -> tuple[datetime, datetime]:
        """[start 00:00, day after end 00:00) in the worker's time zone."""
        return (
            datetime.combine(self.start, time(), zone),
            datetime.combine(self.end + timedelta(days=1), time(), zone),
        )

    def holds(self, moment: datetime, zone: tzinfo | None) -> bool:
        low, high = self.bounds(zone)
        return low <= moment < high


def period(start: date, end: date) -> Period:
    """A checked period; raises ValidationError for an empty or overlong one."""
    if end < start:
        raise ValidationError(
            "period", translate("Reports", "The end of the period comes before its start.")
        )
    if (end - start).days > MAX_DAYS:
        raise ValidationError(
            "period", translate("Reports", "Choose a period of at most three years.")
        )
    return Period(start, end)
