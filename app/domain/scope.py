"""Which life domains a conversation may touch, and why (DESIGN section 1 "Scope").

Only the domains linked to the citizen's own help request open by themselves. Every further
domain is *proposed* (who raised it, the concern it serves) and opens only with the citizen's
recorded ``ja``; a ``nee`` is kept as a refusal with no content, ever. This limits scope; it is
never the legal basis. Content (notes, ZRM scores) is accepted only in an open domain.

Pure rules: no I/O, no Qt. Storage and services build on :class:`DomainScope`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime

from app.domain.citizen import ValidationError
from app.domain.profile import AgencyProfile, HelpRequestType, Law
from app.domain.profile_parse import SINGLE_WMO_FORBIDDEN
from app.domain.words import word
from app.domain.zrm import SENSITIVE_IDS
from app.i18n import translate


class DomainStatus(enum.StrEnum):
    NOT_DISCUSSED = "not_discussed"
    LINKED = "linked"
    PROPOSED = "proposed"
    AGREED = "agreed"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"

    @property
    def label(self) -> str:
        return word(self.value)

    @property
    def open(self) -> bool:
        """Content is accepted only here."""
        return self in (DomainStatus.LINKED, DomainStatus.AGREED)


class Trigger(enum.StrEnum):
    CITIZEN_RAISED = "citizen_raised"  # de inwoner bracht het zelf in
    STRONG_INDICATION = "strong_indication"  # sterke aanwijzing, met reden


class Minors(enum.StrEnum):
    YES = "ja"
    NO = "nee"
    UNKNOWN = "onbekend"


@dataclass(frozen=True)
class Instemming:
    """The citizen's answer to a proposed domain: who raised it, why, yes or no, when, by whom."""

    domain: str
    trigger: Trigger
    concern: str
    indication_reason: str
    proportionality_reason: str
    agreed: bool
    at: datetime
    worker_id: str


@dataclass
class DomainScope:
    """The domain states of one intake, derived from its help requests and the answers given."""

    profile: AgencyProfile
    minors: Minors = Minors.UNKNOWN
    help_types: list[HelpRequestType] = field(default_factory=list)
    proposals: dict[str, tuple[Trigger, str, str, str]] = field(default_factory=dict)
    answers: dict[str, Instemming] = field(default_factory=dict)
    withdrawn: set[str] = field(default_factory=set)

    # -- what is where -------------------------------------------------------------------------
    def all_domains(self) -> list[str]:
        return [d.id for d in self.profile.zrm_domains()]

    def linked(self) -> set[str]:
        """Domains the agency's mapping links to the help requests made so far (R-000-02)."""
        return {d for t in self.help_types for d in t.domains if self._child_allowed(d)}

    def status(self, domain: str) -> DomainStatus:
        self._known(domain)
        if domain in self.withdrawn:
            return DomainStatus.WITHDRAWN
        if domain in self.linked():
            return DomainStatus.LINKED
        answer = self.answers.get(domain)
        if answer is not None:
            return DomainStatus.AGREED if answer.agreed else DomainStatus.DECLINED
        if domain in self.proposals:
            return DomainStatus.PROPOSED
        return DomainStatus.NOT_DISCUSSED

    def accepts_content(self, domain: str) -> bool:
        return self.status(domain).open and self._justitie_allowed(domain)

    def require_open(self, domain: str) -> None:
        """Raise a plain-language refusal when ``domain`` takes no content (R-000-06)."""
        if not self.accepts_content(domain):
            status = self.status(domain)
            raise ValidationError(
                "domain",
                translate(
                    "Scope", "This domain is closed ({state}); nothing can be recorded in it."
                ).format(state=status.label),
            )

    # -- changes -------------------------------------------------------------------------------
    def add_help_request(self, help_type: HelpRequestType) -> set[str]:
        """A help request of ``help_type``: return the domains it newly opens."""
        before = self.linked()
        self.help_types.append(help_type)
        return self.linked() - before

    def propose(
        self,
        domain: str,
        trigger: Trigger,
        concern: str,
        indication_reason: str = "",
        proportionality_reason: str = "",
    ) -> None:
        """Propose a further domain (R-000-05, R-000-07, R-000-08)."""
        self._known(domain)
        if self.status(domain) is not DomainStatus.NOT_DISCUSSED:
            raise ValidationError(
                "domain", translate("Scope", "This domain has already been discussed.")
            )
        if not concern.strip():
            raise ValidationError(
                "concern", translate("Scope", "Name the concern this domain would serve.")
            )
        if trigger is Trigger.STRONG_INDICATION and not indication_reason.strip():
            raise ValidationError(
                "indication_reason", translate("Scope", "Write down what the indication is.")
            )
        if self._needs_proportionality(domain) and not proportionality_reason.strip():
            raise ValidationError(
                "proportionality_reason",
                translate(
                    "Scope",
                    "This is a sensitive domain and the help request is a single Wmo request. "
                    "Write down why asking about it is proportionate.",
                ),
            )
        if self._is_child(domain) and self.minors is not Minors.YES:
            raise ValidationError(
                "domain",
                translate(
                    "Scope", "Child domains open only when there are minors in the household."
                ),
            )
        self.proposals[domain] = (
            trigger,
            concern.strip(),
            indication_reason.strip(),
            proportionality_reason.strip(),
        )

    def answer(self, domain: str, agreed: bool, at: datetime, worker_id: str) -> Instemming:
        """Record the citizen's ``ja`` or ``nee`` to a proposed domain."""
        if self.status(domain) is not DomainStatus.PROPOSED:
            raise ValidationError(
                "domain", translate("Scope", "Only a proposed domain can be answered.")
            )
        trigger, concern, indication, proportionality = self.proposals.pop(domain)
        record = Instemming(
            domain, trigger, concern, indication, proportionality, agreed, at, worker_id
        )
        self.answers[domain] = record
        return record

    def withdraw(self, domain: str) -> None:
        """The citizen takes back an agreement: the domain locks (R-000-11)."""
        if self.status(domain) is not DomainStatus.AGREED:
            raise ValidationError(
                "domain", translate("Scope", "Only an agreed domain can be withdrawn.")
            )
        self.withdrawn.add(domain)

    def restore(
        self,
        domain: str,
        trigger: Trigger,
        concern: str,
        indication_reason: str,
        proportionality_reason: str,
        answer: Instemming | None = None,
        withdrawn: bool = False,
    ) -> None:
        """Load a stored decision as it was made (it was checked then); used by storage."""
        if answer is None:
            self.proposals[domain] = (trigger, concern, indication_reason, proportionality_reason)
            return
        self.answers[domain] = answer
        if withdrawn:
            self.withdrawn.add(domain)

    # -- rules ---------------------------------------------------------------------------------
    def _known(self, domain: str) -> None:
        if domain not in self.all_domains():
            raise ValidationError("domain", translate("Scope", "Unknown domain."))

    def _is_child(self, domain: str) -> bool:
        return any(c.id == domain for c in self.profile.child_domains)

    def _child_allowed(self, domain: str) -> bool:
        return not self._is_child(domain) or self.minors is Minors.YES

    def _single_wmo_only(self) -> bool:
        return bool(self.help_types) and all(
            t.law is Law.WMO and not t.complex for t in self.help_types
        )

    def _needs_proportionality(self, domain: str) -> bool:
        sensitive = domain in SENSITIVE_IDS or domain in SINGLE_WMO_FORBIDDEN
        return sensitive and self._single_wmo_only()

    def _justitie_allowed(self, domain: str) -> bool:
        """Justitie data are criminal data (AVG art. 10): no content in a Wmo-only intake."""
        if domain != "justitie" or self.profile.justitie_in_wmo:
            return True
        return not all(t.law is Law.WMO for t in self.help_types)
