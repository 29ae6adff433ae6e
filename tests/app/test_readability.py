"""Readability of every Dutch document text (issue 6 "Evidence"; domain-facts.md section 3).

Each shipped nl and nl-easy text file is scored with placeholders and the agency's proper names
masked: standard Dutch Flesch-Douma >= 65 and LIX <= 40, easy-read FD >= 75 and LIX <= 35.
The list of files is read at test time, so a new paper's text is checked without being named.
"""

from __future__ import annotations

import pytest

from app.documents.readability import (
    GOALS,
    flesch_douma,
    lix,
    scores,
    sentences,
    syllables,
    text_files,
    texts_for_readability,
)
from app.services.profile_signing import verify_profile_text
from app.services.profiles import shipped_profiles

FILES = text_files()


def _agency_names() -> tuple[str, ...]:
    choice = next(c for c in shipped_profiles() if c.demo)
    p = verify_profile_text(choice.text).profile
    return (
        p.organisation.name,
        *(c.name for c in p.controllers.values()),
        *(t.name for t in p.teams),
        p.privacy_contact.name,
        p.fg.name,
        *(r.name for r in p.statutory_recipients),
        *(r.name for r in p.recipient_organisations),
        *(r.name for r in p.complaint_routes),
        p.paper.case_system,
        *(w.name for w in p.roster),
    )


def test_formulas_on_known_text() -> None:
    # 2 sentences, 8 words; syllables: de(1) kat(1) zit(1) op(1) de(1) mat(1) hij(1) slaapt(1)
    text = "De kat zit op de mat. Hij slaapt."
    assert sentences(text) == 2
    assert syllables("gegevens") == 3
    assert flesch_douma(text) == round(206.835 - 0.93 * 4 - 77 * 1, 1)
    assert lix(text) == 4.0
    hard = "Verwerkingsverantwoordelijke organisaties verstrekken persoonsgegevens overeenkomstig."
    assert flesch_douma(hard) < 0
    assert lix(hard) > 60


def test_every_paper_of_this_issue_has_dutch_texts_to_score() -> None:
    documents = {d for d, _, _ in FILES}
    for needed in ("informatieblad-privacy", "wat-wij-vastleggen", "bericht-netwerkpersoon"):
        assert needed in documents
    for document in documents:  # each paper in both Dutch variants: none skipped silently
        assert {lang for d, lang, _ in FILES if d == document} == {"nl", "nl-easy"}, document


@pytest.mark.parametrize(("document", "language"), sorted({(d, lang) for d, lang, _ in FILES}))
def test_dutch_texts_meet_the_b1_goals(document: str, language: str) -> None:
    text = texts_for_readability(document, language, _agency_names())
    result = scores(text)
    least, most = GOALS[language]
    assert result.words > 20, "too little text to score"
    assert result.flesch_douma >= least, (document, language, result)
    assert result.lix <= most, (document, language, result)
