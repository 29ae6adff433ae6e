"""The medical route: specific questions to the citizen's GP and the machtiging for the
municipal medical adviser (issue 6 item 6; R-000-22, R-000-23, R-003-20; DESIGN section 1
"Content rules", "Medical").

The college never asks a doctor for a copy of the file. It asks specific questions, for a named
purpose; the doctor answers the medical adviser only, in a sealed envelope, and the app never
holds that answer: the adviser's functional conclusion is recorded elsewhere
(``MedicalAdvice``). What the worker types as "already known" is functional, without
diagnosis words (the agency's ``[medical] words``). Pure: no I/O, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain.consent_terms import (
    MAX_VALID_DAYS,
    GrantorCapacity,
    Problem,
    check_question,
    check_text,
)
from app.domain.notes import medical_words_in
from app.i18n import translate

MAX_QUESTIONS = 8


@dataclass(frozen=True)
class MedicalRequest:
    practice: str  # the GP practice (addressee)
    professional: str  # the named treating professional
    adviser: str  # the medical adviser: the only recipient of the answer
    questions: tuple[str, ...]
    purpose: str  # what the answer is needed for, tied to the help request
    law: str  # the named provision, e.g. "Wmo 2015 art. 5.1.1 lid 5"
    known: str  # what is already known (functional, no diagnosis words)
    valid_until: date
    grantor: str
    capacity: GrantorCapacity
    explained: bool  # the worker explained the letter and the machtiging


def check_request(
    request: MedicalRequest, on: date, medical_words: tuple[str, ...]
) -> list[Problem]:
    """Every problem with ``request`` at once; empty when both papers may be made."""
    problems: list[Problem] = []
    check_text("practice", request.practice, translate("Medical", "the GP practice"), problems)
    check_text(
        "professional",
        request.professional,
        translate("Medical", "the name of the GP or other treating professional"),
        problems,
    )
    check_text("adviser", request.adviser, translate("Medical", "the medical adviser"), problems)
    questions = [q for q in request.questions if q.strip()]
    if not questions:
        problems.append(
            Problem("questions", translate("Medical", "Write at least one specific question."))
        )
    elif len(questions) > MAX_QUESTIONS:
        problems.append(
            Problem("questions", translate("Medical", "Ask at most 8 questions in one letter."))
        )
    for question in questions:
        check_text("questions", question, translate("Medical", "a question"), problems)
        problems.extend(check_question("questions", question))
    check_text("purpose", request.purpose, translate("Medical", "the purpose"), problems)
    check_text("law", request.law, translate("Medical", "the law or task"), problems)
    check_text("known", request.known, translate("Medical", "what is already known"), problems)
    if request.known.strip() and medical_words_in(request.known, medical_words):
        problems.append(
            Problem(
                "known",
                translate(
                    "Medical",
                    "Describe what is known in terms of daily life (what the citizen can and "
                    "cannot do), without medical words such as diagnoses or medication.",
                ),
            )
        )
    check_text("grantor", request.grantor, translate("Medical", "who signs"), problems)
    if request.valid_until <= on:
        problems.append(
            Problem("valid_until", translate("Medical", "The end date must be after today."))
        )
    elif (request.valid_until - on).days > MAX_VALID_DAYS:
        problems.append(
            Problem(
                "valid_until",
                translate("Medical", "The machtiging is for this request only: at most one year."),
            )
        )
    if not request.explained:
        problems.append(
            Problem(
                "explained",
                translate("Medical", "Tick that you explained the letter and the machtiging."),
            )
        )
    return problems
