"""Dates and numbers for screen and paper, through babel, so both always agree.

Dutch (``nl_NL``) is the product language; English (``en_GB``) is the alternative. The UI, the
papers and the services' texts for people call these functions, never ``strftime``,
``QLocale.toString``, ``QDate.toString`` or ``f"{x:,}"`` (``tests/test_formatting_sources.py``
fails on a new one). ISO dates in files for machines (CSV cells, JSON, file names) stay ISO.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # datetime and decimal load with babel, not at start (cold start)
    from datetime import date, datetime, time
    from decimal import Decimal

_locale = "nl_NL"
LOCALES = {"nl": "nl_NL", "en": "en_GB"}


def set_language(language: str) -> None:
    """Switch the formatting locale (``nl`` or ``en``)."""
    global _locale
    _locale = LOCALES.get(language, "nl_NL")


def current_locale() -> str:
    return _locale


def format_date(value: date, style: str = "long") -> str:
    """``7 maart 2025`` (long) or ``07-03-2025`` (short), in the screen language."""
    return _date(value, style, _locale)


def format_date_in(value: date, language: str, style: str = "long") -> str:
    """A date in ``language`` (``nl`` or ``en``) whatever the screen language: a paper is in
    the citizen's language, not the worker's."""
    return _date(value, style, LOCALES.get(language, "nl_NL"))


def _date(value: date, style: str, locale: str) -> str:
    from babel.dates import format_date as _format_date  # babel loads lazily (cold start)

    if style == "short":
        return _format_date(value, "dd-MM-yyyy", locale=locale)
    return _format_date(value, style, locale=locale)


def format_datetime(value: datetime, style: str = "medium") -> str:
    from babel.dates import format_datetime as _format_datetime

    local = value.astimezone() if value.tzinfo else value
    if style == "short":
        return _format_datetime(local, "dd-MM-yyyy HH:mm", locale=_locale)
    return _format_datetime(local, style, locale=_locale)


def format_time(value: time | datetime) -> str:
    """``14:05``: the 24-hour clock, the same on screen and paper in Dutch and English; an
    aware datetime is shown on the laptop's own clock."""
    from datetime import datetime

    from babel.dates import format_time as _format_time

    if isinstance(value, datetime):
        value = (value.astimezone() if value.tzinfo else value).time()
    return _format_time(value.replace(tzinfo=None), "HH:mm", locale=_locale)


def format_number(value: int | float | Decimal) -> str:
    from babel.numbers import format_decimal as _format_decimal

    return _format_decimal(value, locale=_locale)


def format_money(value: int | float | Decimal) -> str:
    """``€ 1.234,50``."""
    from babel.numbers import format_currency as _format_currency

    return _format_currency(value, "EUR", locale=_locale)
