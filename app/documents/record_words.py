"""The words the verslag and the inzage-overzicht print for recorded states and codes.

The same states as the screen's words table (``app/domain/words.py``: ``niet beoordeeld``,
``hoort bij de hulpvraag``, ``niet gewenst door inwoner`` …), but taken from the paper's own
versioned text file, so the paper speaks the language variant it is printed in whatever the
app's screen language. Every text file that uses these carries the keys ``domain_<id>``,
``state_<status>``, ``kind_<kind>``, ``source_<source>``, ``scale_<1-5>`` and
``score_absent``.
"""

from __future__ import annotations

from datetime import date, datetime

from app.documents.base import LOCALE_OF
from app.documents.texts import Texts
from app.domain.profile import AgencyProfile
from app.formatting import format_date_in


def domain_label(texts: Texts, profile: AgencyProfile, domain: str) -> str:
    """A ZRM domain in the paper's language; a child domain by the agency's own label."""
    key = f"domain_{domain}"
    if texts.has(key):
        return texts.get(key)
    child = next((c for c in profile.child_domains if c.id == domain), None)
    return child.label if child else domain


def state_label(texts: Texts, status: str) -> str:
    return texts.get(f"state_{status}")


def kind_label(texts: Texts, kind: str) -> str:
    return texts.get(f"kind_{kind}")


def source_label(texts: Texts, source: str) -> str:
    key = f"source_{source}"
    return texts.get(key) if texts.has(key) else source


def score_text(texts: Texts, value: int | None) -> str:
    """``niet beoordeeld`` literally for a domain without a score; never a number made up."""
    if value is None:
        return texts.get("score_absent")
    return f"{value} – {texts.get(f'scale_{value}')}"


def day(texts: Texts, value: date | datetime | None) -> str:
    if value is None:
        return ""
    on = value.date() if isinstance(value, datetime) else value
    return format_date_in(on, LOCALE_OF[texts.language])
