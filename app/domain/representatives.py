"""A citizen's representatives as recorded: who they are, how their authority was seen, and
what a representative may act on at all (DESIGN section 1 "Who decides for whom", section 5).

Minimal data: a name, optional contact, how the authority was seen (never a copy of the court
order or authorisation) and an optional reference; no BSN in any field. The rule that says who
signs a given act is :func:`app.domain.representation.who_signs`.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from app.domain.citizen import ValidationError
from app.domain.visit_records import check_text, contains_bsn
from app.i18n import QT_TRANSLATE_NOOP, translate


class RepresentativeKind(enum.StrEnum):
    CURATOR = "curator"
    MENTOR = "mentor"
    GEVOLMACHTIGDE = "gevolmachtigde"  # a written scope is required
    BEWINDVOERDER = "bewindvoerder"  # finances only
    OUDER_MET_GEZAG = "ouder_met_gezag"
    VOOGD = "voogd"  # holds authority over a minor in the parents' place
    PARTNER = "partner"
    OUDER = "ouder"
    KIND = "kind"
    BROER_ZUS = "broer_zus"


KIND_TEXT = {
    RepresentativeKind.CURATOR: QT_TRANSLATE_NOOP("Representation", "curator"),
    RepresentativeKind.MENTOR: QT_TRANSLATE_NOOP("Representation", "mentor"),
    RepresentativeKind.GEVOLMACHTIGDE:
        QT_TRANSLATE_NOOP("Representation", "authorised person (gevolmachtigde)"),
    RepresentativeKind.BEWINDVOERDER:
        QT_TRANSLATE_NOOP("Representation", "administrator of finances (bewindvoerder)"),
    RepresentativeKind.OUDER_MET_GEZAG:
        QT_TRANSLATE_NOOP("Representation", "parent with authority"),
    RepresentativeKind.VOOGD: QT_TRANSLATE_NOOP("Representation", "guardian (voogd)"),
    RepresentativeKind.PARTNER: QT_TRANSLATE_NOOP("Representation", "spouse or partner"),
    RepresentativeKind.OUDER: QT_TRANSLATE_NOOP("Representation", "parent"),
    RepresentativeKind.KIND: QT_TRANSLATE_NOOP("Representation", "child"),
    RepresentativeKind.BROER_ZUS: QT_TRANSLATE_NOOP("Representation", "brother or sister"),
}  # fmt: skip


class AuthoritySeen(enum.StrEnum):
    """How the worker saw the authority: a choice, never a copy of the document."""

    BESCHIKKING = "beschikking_kantonrechter"
    REGISTER = "curatele_bewindregister"
    VOLMACHT = "volmacht_gezien"
    GEZAGSREGISTER = "gezagsregister"
    VERKLARING = "verklaring"
    NOT_SEEN = "nog_niet_gezien"


SEEN_TEXT = {
    AuthoritySeen.BESCHIKKING: QT_TRANSLATE_NOOP("Representation", "court order seen"),
    AuthoritySeen.REGISTER:
        QT_TRANSLATE_NOOP("Representation", "checked in the curatele and bewind register"),
    AuthoritySeen.VOLMACHT: QT_TRANSLATE_NOOP("Representation", "written authorisation seen"),
    AuthoritySeen.GEZAGSREGISTER:
        QT_TRANSLATE_NOOP("Representation", "extract from the authority register seen"),
    AuthoritySeen.VERKLARING: QT_TRANSLATE_NOOP("Representation", "told by the citizen or family"),
    AuthoritySeen.NOT_SEEN: QT_TRANSLATE_NOOP("Representation", "not seen yet"),
}  # fmt: skip
_COURT = (AuthoritySeen.BESCHIKKING, AuthoritySeen.REGISTER, AuthoritySeen.NOT_SEEN)
# Which way of seeing the authority fits which kind (the form offers only these).
SEEN_FOR: dict[RepresentativeKind, tuple[AuthoritySeen, ...]] = {
    RepresentativeKind.CURATOR: _COURT,
    RepresentativeKind.MENTOR: _COURT,
    RepresentativeKind.BEWINDVOERDER: _COURT,
    RepresentativeKind.GEVOLMACHTIGDE: (AuthoritySeen.VOLMACHT, AuthoritySeen.NOT_SEEN),
    RepresentativeKind.OUDER_MET_GEZAG: (
        AuthoritySeen.GEZAGSREGISTER, AuthoritySeen.VERKLARING, AuthoritySeen.NOT_SEEN,
    ),
    RepresentativeKind.VOOGD: (
        AuthoritySeen.BESCHIKKING, AuthoritySeen.GEZAGSREGISTER, AuthoritySeen.NOT_SEEN,
    ),
    RepresentativeKind.PARTNER: (AuthoritySeen.VERKLARING,),
    RepresentativeKind.OUDER: (AuthoritySeen.VERKLARING,),
    RepresentativeKind.KIND: (AuthoritySeen.VERKLARING,),
    RepresentativeKind.BROER_ZUS: (AuthoritySeen.VERKLARING,),
}  # fmt: skip


class Act(enum.StrEnum):
    """What is decided or signed."""

    TOESTEMMING = "toestemming"  # consent to share data
    INZAGE = "inzage"
    CORRECTIE = "correctie"
    VERNIETIGING = "vernietiging"
    AANVRAAG = "aanvraag"  # the Wmo aanvraag
    VERSLAG = "verslag"  # the Wmo verslag (art. 2.3.2 lid 8) and the reaction to it
    FINANCIEN = "financien"
    JEUGDHULP = "jeugdhulp"  # consent to jeugdhulp itself


ACT_TEXT = {
    Act.TOESTEMMING: QT_TRANSLATE_NOOP("Representation", "consent to share data"),
    Act.INZAGE: QT_TRANSLATE_NOOP("Representation", "seeing the file (inzage)"),
    Act.CORRECTIE: QT_TRANSLATE_NOOP("Representation", "correcting the file"),
    Act.VERNIETIGING: QT_TRANSLATE_NOOP("Representation", "having the file destroyed"),
    Act.AANVRAAG: QT_TRANSLATE_NOOP("Representation", "the Wmo application (aanvraag)"),
    Act.VERSLAG: QT_TRANSLATE_NOOP("Representation", "the report of the onderzoek (verslag)"),
    Act.FINANCIEN: QT_TRANSLATE_NOOP("Representation", "money matters"),
    Act.JEUGDHULP: QT_TRANSLATE_NOOP("Representation", "consent to youth care (jeugdhulp)"),
}
SHARING_AND_RIGHTS = frozenset({Act.TOESTEMMING, Act.INZAGE, Act.CORRECTIE, Act.VERNIETIGING})


class Capacity(enum.StrEnum):
    """Able to judge their own interests in this matter (wilsbekwaam ter zake)."""

    JA = "ja"
    NEE = "nee"
    ONBEKEND = "onbekend"


@dataclass(frozen=True)
class Representative:
    id: str
    citizen_id: str
    kind: RepresentativeKind
    name: str
    contact: str
    scope: str  # the written scope of a gevolmachtigde, in words
    acts: frozenset[Act]  # what that written scope covers
    since: date | None
    seen: AuthoritySeen
    reference: str
    ended_on: date | None = None

    def active_on(self, day: date) -> bool:
        started = self.since is None or self.since <= day
        return started and (self.ended_on is None or day < self.ended_on)

    def covers(self, act: Act) -> bool:
        """Whether this kind of representative may act on ``act`` at all."""
        if self.kind is RepresentativeKind.BEWINDVOERDER:
            return act is Act.FINANCIEN
        if self.kind is RepresentativeKind.GEVOLMACHTIGDE:
            return act in self.acts
        if self.kind in (RepresentativeKind.CURATOR, *PARENTS):
            return True
        return act is not Act.FINANCIEN  # mentor, partner, family: not money matters

    @property
    def label(self) -> str:
        return f"{self.name} ({translate('Representation', KIND_TEXT[self.kind])})"


PARENTS = (RepresentativeKind.OUDER_MET_GEZAG, RepresentativeKind.VOOGD)


def check_representative(
    kind: RepresentativeKind,
    name: str,
    contact: str,
    scope: str,
    acts: Iterable[Act],
    seen: AuthoritySeen,
    reference: str,
    since: date | None,
    today: date,
) -> tuple[str, str, str, frozenset[Act], str]:
    """Cleaned name, contact, scope, acts and reference; a plain refusal otherwise."""
    cleaned = (
        check_text("name", name, True, translate("Representation", "name")),
        check_text("contact", contact, False, ""),
        check_text("scope", scope, False, ""),
        check_text("reference", reference, False, ""),
    )
    for field, value in zip(("name", "contact", "scope", "reference"), cleaned, strict=True):
        if contains_bsn(value):
            raise ValidationError(
                field,
                translate(
                    "Representation",
                    "This looks like a BSN. A representative's BSN is never recorded; "
                    "remove the number.",
                ),
            )
    covered = frozenset(Act(a) for a in acts)
    if kind is RepresentativeKind.GEVOLMACHTIGDE:
        if not cleaned[2] or not covered:
            raise ValidationError(
                "scope",
                translate(
                    "Representation",
                    "An authorised person acts only within a written scope: write it down "
                    "and tick what it covers.",
                ),
            )
    else:
        covered = frozenset()
    if seen not in SEEN_FOR[kind]:
        raise ValidationError(
            "seen", translate("Representation", "Choose how the authority was seen from the list.")
        )
    if since is not None and since > today:
        raise ValidationError(
            "since", translate("Representation", "The start date cannot be in the future.")
        )
    return cleaned[0], cleaned[1], cleaned[2], covered, cleaned[3]


def check_end(representative: Representative, on: date, today: date) -> None:
    if representative.ended_on is not None:
        raise ValidationError(
            "ended_on", translate("Representation", "This representation has already ended.")
        )
    if on > today or (representative.since is not None and on < representative.since):
        raise ValidationError(
            "ended_on",
            translate("Representation", "The end date must lie between the start and today."),
        )
