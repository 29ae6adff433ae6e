"""The rules a disclosure must pass before it is recorded (issue 7; DESIGN section 1
"Sharing"; R-003-19, R-000-27, R-000-29, R-000-30, R-001-23, R-004-23, R-004-27).

:func:`check_draft` lists every problem at once, in plain words, never echoing content.
Pure: no I/O, no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from app.domain.consent_record import ConsentEvent, ConsentRecord, same_name
from app.domain.consent_terms import Problem, generic_words_in
from app.domain.disclosure import (
    ENFORCEMENT_WORDS,
    NEEDS_JUSTIFICATION,
    VEILIGHEIDSHUIS_KEYS,
    DisclosureDraft,
    ExceptionReason,
    GroundKind,
    covering_consents,
    own_processing,
    statutory,
)
from app.domain.profile import AgencyProfile
from app.domain.selection import MAX_PURPOSE, Special
from app.i18n import translate


def _need(problems: list[Problem], ok: object, field: str, message: str) -> None:
    if not ok:
        problems.append(Problem(field, message))


def check_draft(
    draft: DisclosureDraft,
    consents: Sequence[tuple[ConsentRecord, Sequence[ConsentEvent]]],
    profile: AgencyProfile,
    on: date,
) -> list[Problem]:
    """Every reason ``draft`` may not be recorded (R-003-19, R-000-27/29/30, R-004-23/27).

    ``on`` is today: a share cannot lie in the future, a review date must."""
    p: list[Problem] = []
    _need(
        p, draft.organisation.strip(), "recipient", translate("Disclosure", "Name the recipient.")
    )
    _need(p, draft.items, "items", translate("Disclosure", "Tick at least one item to share."))
    _need(
        p,
        draft.at.astimezone().date() <= on,
        "at",
        translate("Disclosure", "The share lies ahead."),
    )
    purpose = draft.purpose.strip()
    _need(p, purpose, "purpose", translate("Disclosure", "Write down the purpose."))
    _need(
        p,
        len(purpose) <= MAX_PURPOSE,
        "purpose",
        translate("Disclosure", "The purpose is too long."),
    )
    if found := generic_words_in(purpose):
        p.append(
            Problem(
                "purpose",
                translate("Disclosure", "The purpose is too general (\u201c{word}\u201d).").format(
                    word=found[0]
                ),
            )
        )
    for item in draft.items:
        if item.special is not Special.NONE and not item.ground.strip():
            p.append(
                Problem(
                    "ground",
                    translate("Disclosure", "\u201c{label}\u201d needs its own ground.").format(
                        label=item.label
                    ),
                )
            )
    _check_enforcement(draft, p)
    if draft.ground is GroundKind.WETTELIJK:
        _check_statutory(draft, profile, p)
    elif draft.ground is GroundKind.TOESTEMMING:
        covered = covering_consents(draft, consents)
        for item in draft.items:
            if item.key not in covered:
                p.append(
                    Problem(
                        "consent",
                        translate(
                            "Disclosure",
                            "No valid consent covers \u201c{label}\u201d for this recipient at "
                            "that moment.",
                        ).format(label=item.label),
                    )
                )
    else:
        _check_exception(draft, on, p)
    if draft.flagged:
        _need(
            p,
            draft.second_person.strip(),
            "second_person",
            translate(
                "Disclosure",
                "Sharing without the citizen's knowledge or against their will needs a second "
                "named person who agrees.",
            ),
        )
        _need(
            p,
            draft.justification.strip(),
            "justification",
            translate(
                "Disclosure",
                "Write down why this cannot wait or be done with the citizen's knowledge.",
            ),
        )
    return p


def _check_enforcement(draft: DisclosureDraft, p: list[Problem]) -> None:
    """No address or content to a housing corporation for enforcement (R-004-23)."""
    housing = any(
        "woningcorporatie" in x.casefold() or "housing" in x.casefold()
        for x in (draft.role, draft.organisation)
    )
    text = f"{draft.purpose} {draft.minimum_data}".casefold()
    addresses = any(
        "adres" in i.label.casefold() or "address" in i.label.casefold() or i.kind == "address"
        for i in draft.items
    )
    if housing and (addresses or any(w in text for w in ENFORCEMENT_WORDS)):
        p.append(
            Problem(
                "recipient",
                translate(
                    "Disclosure",
                    "A housing corporation gets no addresses or data for enforcement. Help "
                    "the citizen instead, with their consent.",
                ),
            )
        )


def _check_statutory(draft: DisclosureDraft, profile: AgencyProfile, p: list[Problem]) -> None:
    if draft.statutory_recipient_id is None:
        _need(
            p,
            own_processing(profile, draft.organisation, draft.person),
            "recipient",
            translate(
                "Disclosure",
                "This recipient is not a statutory recipient in the agency profile. "
                "Use a consent or a listed exception.",
            ),
        )
        return
    recipient = statutory(profile, draft.statutory_recipient_id)
    if recipient is None or not same_name(recipient.name, draft.organisation):
        p.append(
            Problem(
                "recipient",
                translate(
                    "Disclosure",
                    "This recipient is not a statutory recipient in the agency profile. Use a "
                    "consent or a listed exception.",
                ),
            )
        )
        return
    allowed = set(recipient.items) | {"dat"}
    for item in draft.items:
        if item.kind not in allowed:
            p.append(
                Problem(
                    "items",
                    translate(
                        "Disclosure",
                        "The law does not give \u201c{label}\u201d to this recipient.",
                    ).format(label=item.label),
                )
            )


def _check_exception(draft: DisclosureDraft, on: date, p: list[Problem]) -> None:
    reason = draft.reason
    _need(
        p, reason is not None, "reason", translate("Disclosure", "Choose a reason from the list.")
    )
    _need(
        p,
        draft.legal_ground.strip(),
        "legal_ground",
        translate("Disclosure", "Name the legal ground."),
    )
    _need(
        p,
        draft.minimum_data.strip(),
        "minimum_data",
        translate("Disclosure", "Describe the minimum data that was shared."),
    )
    if draft.citizen_told_on is None:
        _need(
            p,
            draft.postpone_reason.strip(),
            "told",
            translate(
                "Disclosure",
                "Record when the citizen was told, or the safety reason to tell later.",
            ),
        )
        _need(
            p,
            draft.review_on is not None and draft.review_on > on,
            "review_on",
            translate("Disclosure", "Choose a review date after today."),
        )
    if reason in NEEDS_JUSTIFICATION:
        _need(
            p,
            draft.justification.strip(),
            "justification",
            translate("Disclosure", "Write down the justification for this case."),
        )
    if reason is ExceptionReason.SISA:
        _need(
            p,
            draft.citizen_told_on and draft.parents_told_on,
            "told",
            translate("Disclosure", "Record when the young person and the parents were informed."),
        )
    if reason is ExceptionReason.VEILIGHEIDSHUIS:
        _need(
            p,
            draft.citizen_told_on,
            "told",
            translate("Disclosure", "Record when the client was told."),
        )
        _need(
            p,
            all(i.key in VEILIGHEIDSHUIS_KEYS for i in draft.items),
            "items",
            translate(
                "Disclosure",
                "The Veiligheidshuis gets only: client yes or no, the casusregisseur, "
                "open or closed.",
            ),
        )
