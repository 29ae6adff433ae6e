"""ZRM scores for one intake: ``None`` (niet beoordeeld) until really discussed and scored.

A score of 1–5 is accepted only in an open domain (linked to the help request or agreed by the
citizen), with a basis note and the date of the conversation (R-000-12/13, R-002-04..07). There
is no total and no average: an incomplete matrix is marked incomplete, never filled in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain.citizen import ValidationError
from app.domain.scope import DomainScope
from app.domain.zrm import check_score, score_label
from app.i18n import translate


@dataclass(frozen=True)
class ZrmScore:
    domain: str
    value: int
    basis: str
    on: date


class ZrmAssessment:
    def __init__(self, scope: DomainScope) -> None:
        self._scope = scope
        self._scores: dict[str, ZrmScore] = {}

    def score(self, domain: str, value: int, basis: str, on: date) -> ZrmScore:
        """Score ``domain``; refused in a closed domain, without a basis, or outside 1–5."""
        self._scope.require_open(domain)
        try:
            checked = check_score(value)
        except ValueError:
            checked = None
        if checked is None:
            raise ValidationError("value", translate("Assessment", "Choose a score from 1 to 5."))
        if not basis.strip():
            raise ValidationError(
                "basis",
                translate("Assessment", "Write down what the score is based on."),
            )
        record = ZrmScore(domain, checked, basis.strip(), on)
        self._scores[domain] = record
        return record

    def restore(self, score: ZrmScore) -> None:
        """Load a stored score (it was checked when it was given)."""
        self._scores[score.domain] = score

    def clear(self, domain: str) -> None:
        """Back to niet beoordeeld (the score is removed, not hidden)."""
        self._scores.pop(domain, None)

    def value(self, domain: str) -> int | None:
        score = self._scores.get(domain)
        return score.value if score else None

    def scores(self) -> dict[str, ZrmScore]:
        return dict(self._scores)

    def label(self, domain: str) -> str:
        return score_label(self.value(domain))

    @property
    def complete(self) -> bool:
        """True only when every domain has a score; otherwise print "onvolledige ZRM"."""
        return all(self.value(d) is not None for d in self._scope.all_domains())
