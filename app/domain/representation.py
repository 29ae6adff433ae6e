"""Who decides for whom (DESIGN section 1): the pure rule that says who decides or signs a
given act for a citizen, with a plain-language explanation for the screen.

- Adults decide themselves; when they cannot judge their own interests in the matter, the
  representative in the order of Wmo 2015 art. 1.1.1 lid 2 (Jeugdwet art. 7.3.15 lid 3 has the
  same order): curator or mentor, then the gevolmachtigde (only within the written scope), then
  the partner, then a parent, child, brother or sister. A bewindvoerder acts on finances only.
- Minors, for consent to share and the rights of inzage, correctie and vernietiging: under 12
  the parent(s) with authority; from 12 and able to judge, the young person alone; otherwise the
  parent(s) with authority (Wmo 2015 art. 5.3.2, 5.3.3, 5.3.5; Jeugdwet art. 7.3.11, 7.3.15).
  Consent to jeugdhulp itself at 12-15 needs the young person and the parents (Jeugdwet 7.3.4).
- When nobody recorded fits, the answer says so: the worker must find out; nothing is guessed.

The records themselves (kinds, acts, how authority was seen) are in
``app/domain/representatives.py``; this module holds the rule only. Pure: no I/O, no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from app.domain.representatives import (
    PARENTS,
    Act,
    AuthoritySeen,
    Capacity,
    Representative,
    RepresentativeKind,
)
from app.i18n import translate

# Wmo 2015 art. 1.1.1 lid 2: the first rank with someone who covers the act wins.
ORDER: tuple[tuple[RepresentativeKind, ...], ...] = (
    (RepresentativeKind.CURATOR, RepresentativeKind.MENTOR),
    (RepresentativeKind.GEVOLMACHTIGDE,),
    (RepresentativeKind.PARTNER,),
    (RepresentativeKind.OUDER, RepresentativeKind.OUDER_MET_GEZAG, RepresentativeKind.KIND,
     RepresentativeKind.BROER_ZUS),
)  # fmt: skip


@dataclass(frozen=True)
class CitizenFacts:
    date_of_birth: date | None
    on: date  # the day the act is done (injected; never today's real date in a rule)
    capable: Capacity = Capacity.ONBEKEND
    incapacity_recorded: bool = False  # a recorded lack of capacity for this matter

    @property
    def age(self) -> int | None:
        if self.date_of_birth is None:
            return None
        dob, on = self.date_of_birth, self.on
        return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


@dataclass(frozen=True)
class WhoSigns:
    act: Act
    citizen: bool  # the citizen (or young person) decides and signs
    representatives: tuple[Representative, ...]  # who decide or sign for or with them
    together: bool  # the citizen and the representatives are all needed
    resolved: bool  # False: nobody recorded fits; the worker must find out
    article: str
    explanation: str


def who_signs(act: Act, facts: CitizenFacts, representatives: Sequence[Representative]) -> WhoSigns:
    """Who decides or signs ``act`` for this citizen on ``facts.on``, in plain words."""
    act = Act(act)
    active = tuple(r for r in representatives if r.active_on(facts.on))
    age = facts.age
    if age is None:
        text = translate(
            "WhoSigns",
            "The date of birth is not recorded. Record it first: the rules for young people "
            "differ from those for adults.",
        )
        return WhoSigns(act, False, (), False, False, "", text)
    capable = Capacity.NEE if facts.incapacity_recorded else Capacity(facts.capable)
    answer = _adult(act, capable, active) if age >= 18 else _minor(act, age, capable, active)
    if facts.incapacity_recorded:
        note = translate(
            "WhoSigns",
            "A lack of capacity is recorded for this matter; end that record when the citizen "
            "can decide again.",
        )
        answer = _with(answer, note)
    unseen = [r.label for r in answer.representatives if r.seen is AuthoritySeen.NOT_SEEN]
    if unseen:
        note = translate(
            "WhoSigns", "Check the authority of {names} before they sign: not seen yet."
        ).format(names=", ".join(unseen))
        answer = _with(answer, note)
    return answer


def _with(answer: WhoSigns, note: str) -> WhoSigns:
    return replace(answer, explanation=f"{answer.explanation} {note}")


def _names(found: Sequence[Representative]) -> str:
    return ", ".join(r.label for r in found)


def _adult(act: Act, capable: Capacity, active: tuple[Representative, ...]) -> WhoSigns:
    wmo = "Wmo 2015 art. 1.1.1 lid 2"
    if act is Act.FINANCIEN:
        court = tuple(
            r for r in active
            if r.kind in (RepresentativeKind.CURATOR, RepresentativeKind.BEWINDVOERDER)
        )  # fmt: skip
        if court:
            text = translate(
                "WhoSigns",
                "A court placed the money matters with {names}: they act on finances. "
                "Involve the citizen as far as possible.",
            ).format(names=_names(court))
            return WhoSigns(act, False, court, False, True, "BW boek 1 titel 16 en 19", text)
    if capable is not Capacity.NEE:
        text = (
            translate("WhoSigns", "The citizen decides and signs: adults decide for themselves.")
            if capable is Capacity.JA
            else translate(
                "WhoSigns",
                "The citizen decides and signs: an adult is presumed able to decide. If you "
                "doubt that for this matter, have it assessed and record the outcome.",
            )
        )
        return WhoSigns(act, True, (), False, True, wmo, text)
    ranks = ORDER if act is not Act.FINANCIEN else ((RepresentativeKind.GEVOLMACHTIGDE,),)
    for kinds in ranks:
        found = tuple(r for r in active if r.kind in kinds and r.covers(act))
        if found:
            if len(found) > 1:
                template = translate(
                    "WhoSigns",
                    "The citizen cannot judge this matter. One of these may act for them, in "
                    "the order of the law: {names}. Involve the citizen as far as possible.",
                )
            else:
                template = translate(
                    "WhoSigns",
                    "The citizen cannot judge this matter. {names} acts for them, in the order "
                    "of the law. Involve the citizen as far as possible.",
                )
            return WhoSigns(
                act, False, found, False, True, wmo, template.format(names=_names(found))
            )
    if act is Act.FINANCIEN:
        text = translate(
            "WhoSigns",
            "Nobody recorded may act on the citizen's money matters. Find out whether there is a "
            "bewindvoerder, a curator or a written authorisation; family cannot decide on money.",
        )
    else:
        text = translate(
            "WhoSigns",
            "The citizen cannot judge this matter and nobody recorded may act for them. Find out "
            "who can: curator or mentor, an authorised person, the partner, or a parent, child, "
            "brother or sister.",
        )
    return WhoSigns(act, False, (), False, False, wmo, text)


def _minor(act: Act, age: int, capable: Capacity, active: tuple[Representative, ...]) -> WhoSigns:
    parents = tuple(r for r in active if r.kind in PARENTS)
    if act is Act.FINANCIEN:
        admin = tuple(r for r in active if r.kind is RepresentativeKind.BEWINDVOERDER)
        return _parents(act, admin or parents, "BW boek 1 art. 245 en 253i")
    if act in (Act.AANVRAAG, Act.VERSLAG):
        return _parents(act, parents, "BW boek 1 art. 245")
    if act is Act.JEUGDHULP:
        article = "Jeugdwet art. 7.3.4, 7.3.5 en 7.3.15"
        if age < 12 or capable is Capacity.NEE:
            return _parents(act, parents, article)
        if capable is Capacity.ONBEKEND:
            return _assess(act, article)
        if age >= 16:
            text = translate(
                "WhoSigns",
                "From 16, a young person who can judge this decides alone on youth care.",
            )
            return WhoSigns(act, True, (), False, True, article, text)
        if not parents:
            text = translate(
                "WhoSigns",
                "From 12 to 15, youth care needs the young person and the parent(s) with "
                "authority. No parent with authority is recorded: find out who has authority.",
            )
            return WhoSigns(act, True, (), True, False, article, text)
        text = translate(
            "WhoSigns",
            "From 12 to 15, youth care needs both the young person and {names}.",
        ).format(names=_names(parents))
        return WhoSigns(act, True, parents, True, True, article, text)
    article = "Wmo 2015 art. 5.3.2, 5.3.3 en 5.3.5; Jeugdwet art. 7.3.11 en 7.3.15"
    if age < 12 or capable is Capacity.NEE:
        return _parents(act, parents, article)
    if capable is Capacity.ONBEKEND:
        return _assess(act, article)
    text = translate(
        "WhoSigns",
        "From 12, a young person who can judge their own interests decides alone on sharing and "
        "on their file; nobody else signs for them.",
    )
    return WhoSigns(act, True, (), False, True, article, text)


def _parents(act: Act, found: tuple[Representative, ...], article: str) -> WhoSigns:
    if not found:
        text = translate(
            "WhoSigns",
            "For a minor the parent(s) with authority decide, and none is recorded. Find out who "
            "has authority (authority register) and record them.",
        )
        return WhoSigns(act, False, (), False, False, article, text)
    text = translate(
        "WhoSigns",
        "For this young person {names} decide and sign. Involve the young person as far as "
        "possible.",
    ).format(names=_names(found))
    return WhoSigns(act, False, found, False, True, article, text)


def _assess(act: Act, article: str) -> WhoSigns:
    text = translate(
        "WhoSigns",
        "First assess whether the young person can judge their own interests in this matter: "
        "if so, they decide themselves; if not, the parent(s) with authority.",
    )
    return WhoSigns(act, False, (), False, False, article, text)
