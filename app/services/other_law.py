"""Earlier records under another law in a Wmo assessment (issue 7; R-004-10, R-004-11;
Wmo 2015 art. 5.1.1 lid 4).

Before and during an intake the worker sees the citizen's earlier intakes under the SAME law
and role, each with its date (as :class:`~app.services.herindicatie.HerindicatieService`
does). Intakes under another law (Jeugdwet, Participatiewet, Wgs) stay hidden, without even
a count, until the worker records during this intake the need that arose: a consent form
citing art. 5.1.1 lid 4 whose purpose says in words why (the need lives in the consent request;
its creation is audited). Using such a record in a Wmo assessment is blocked unless the citizen
gave a permit consent citing lid 4 that is valid now. Opening any earlier report needs a reason
in words; the opening is audited with ids only.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from app.domain.citizen import ValidationError
from app.domain.consent_record import ConsentStatus, Decision, status_on
from app.domain.consent_rules import clean_text
from app.domain.consent_terms import ConsentKind, ConsentTerms
from app.domain.herindicatie import EarlierIntake, PastIntake, is_purged
from app.domain.profile import AgencyProfile, Law
from app.i18n import translate
from app.services.audit_trail import AuditTrail, audited, first_arg
from app.services.consent_requests import ConsentRequestService
from app.services.herindicatie import HerindicatieService
from app.services.intake import IntakeService
from app.storage import consent_record_repository as records
from app.storage import consent_request_repository as requests
from app.storage import dossier_repository as dossiers
from app.storage.consent_request_repository import ConsentRequest
from app.storage.db import Connection, Database

LID_4 = "5.1.1 lid 4"  # Wmo 2015 art. 5.1.1 lid 4, as the law field cites it
OTHER_LAWS = (Law.JEUGDWET, Law.PARTICIPATIEWET, Law.WGS)


def cites_lid_4(law: str) -> bool:
    """True when a consent's law field cites Wmo 2015 art. 5.1.1 lid 4."""
    text = " ".join(law.lower().split())
    return LID_4 in text and "wmo" in text


@dataclass(frozen=True)
class EarlierRecord:
    """An earlier intake as the list shows it: its law and its date, no content."""

    intake_id: str
    law: Law
    started_at: datetime
    same_law: bool


class OtherLawService:
    def __init__(
        self,
        db: Database,
        trail: AuditTrail,
        profile: AgencyProfile,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        new_id: Callable[[], str] = lambda: uuid.uuid4().hex,
    ) -> None:
        self.db = db
        self.trail = trail
        self.profile = profile
        self.now = now
        self.new_id = new_id
        self.intakes = IntakeService(db, trail, profile, now, new_id)
        self.requests = ConsentRequestService(db, trail, profile, now, new_id)

    # -- R-004-11: what is shown ------------------------------------------------------------------
    @audited("list_earlier_records", "intake", first_arg)
    def earlier(self, intake_id: str) -> list[EarlierRecord]:
        """Earlier intakes of the citizen, newest first: the same law and role always; another
        law only once a need was recorded in this intake."""

        def read(conn: Connection) -> list[EarlierRecord]:
            current, citizen_id = self._current(conn, intake_id)
            return self._visible(conn, current, citizen_id)

        return self.db.transaction(read)

    def need_recorded(self, intake_id: str) -> bool:
        return self.db.run(lambda c: self._need(c, intake_id))

    @audited("record_other_law_need", "intake", lambda r, *a, **k: str(r.intake_id))
    def record_need(self, intake_id: str, terms: ConsentTerms) -> ConsentRequest:
        """The need that arose during the intake, as a consent form citing art. 5.1.1 lid 4:
        its purpose says why in words. Refused (nothing written) when it cites another law."""
        if terms.kind is not ConsentKind.WETTELIJK or not cites_lid_4(terms.law):
            raise ValidationError(
                "law",
                translate(
                    "OtherLaw",
                    "Records under another law need a consent that cites Wmo 2015 art. 5.1.1 "
                    "lid 4.",
                ),
            )
        return self.requests.create(intake_id, terms)

    # -- R-004-10: what may be used ---------------------------------------------------------------
    def may_use(self, intake_id: str, earlier_intake_id: str) -> bool:
        """True when the earlier record may be opened and used in this intake."""
        try:
            self.db.run(lambda c: self._check_use(c, intake_id, earlier_intake_id))
        except ValidationError:
            return False
        return True

    @audited("open_earlier_record", "intake", lambda r, *a, **k: str(r.intake_id))
    def open_record(self, intake_id: str, earlier_intake_id: str, reason: str) -> EarlierRecord:
        """Open an earlier report: it must be listed, a reason is required (audited with ids
        only), and one under another law needs a valid lid-4 consent."""
        clean_text("reason", reason, translate("OtherLaw", "why you open this earlier report"))
        return self.db.transaction(lambda c: self._check_use(c, intake_id, earlier_intake_id))

    def content(self, intake_id: str, earlier_intake_id: str, reason: str) -> EarlierIntake:
        """What the earlier report holds, after :meth:`open_record` allowed it."""
        opened = self.open_record(intake_id, earlier_intake_id, reason)
        herindicatie = HerindicatieService(self.intakes)

        def read(conn: Connection) -> EarlierIntake:
            past = dossiers.past_intake(conn, opened.intake_id)
            assert past is not None  # noqa: S101 - checked by open_record
            return herindicatie._records(conn, past)  # the same read-only, dated view

        return self.db.run(read)

    # -- internals -------------------------------------------------------------------------------
    def _current(self, conn: Connection, intake_id: str) -> tuple[PastIntake, str]:
        current = dossiers.past_intake(conn, intake_id)
        dossier = dossiers.get_dossier(conn, current.dossier_id) if current else None
        if current is None or dossier is None:
            raise ValidationError("intake", translate("Intake", "This intake no longer exists."))
        return current, dossier.citizen_id

    def _visible(
        self, conn: Connection, current: PastIntake, citizen_id: str
    ) -> list[EarlierRecord]:
        need = self._need(conn, current.id)
        kinds = {(d.law, d.role) for d in dossiers.dossiers_for(conn, citizen_id)}
        found: list[EarlierRecord] = []
        for law, role in kinds:
            same = (law, role) == (current.law, current.role)
            if not same and not (need and law in OTHER_LAWS):
                continue
            found.extend(
                EarlierRecord(p.id, p.law, p.started_at, same)
                for p in dossiers.past_intakes(conn, citizen_id, law, role)
                if p.id != current.id
                and p.started_at <= current.started_at
                and not is_purged(p.status, p.purge_after)
            )
        return sorted(found, key=lambda r: r.started_at, reverse=True)

    def _need(self, conn: Connection, intake_id: str) -> bool:
        return any(
            cites_lid_4(r.terms.law) and r.terms.kind is ConsentKind.WETTELIJK
            for r in requests.consent_requests(conn, intake_id)
        )

    def _check_use(self, conn: Connection, intake_id: str, earlier_id: str) -> EarlierRecord:
        current, citizen_id = self._current(conn, intake_id)
        listed = {r.intake_id: r for r in self._visible(conn, current, citizen_id)}
        record = listed.get(earlier_id)
        if record is None:
            raise ValidationError(
                "intake",
                translate("OtherLaw", "This earlier report is not available in this intake."),
            )
        if record.law is current.law or current.law is not Law.WMO:
            return record
        at = self.now()
        consented = any(
            r.decision is Decision.PERMIT
            and cites_lid_4(r.law)
            and status_on(r, events, at) is ConsentStatus.ACTIVE
            for r, events in records.with_events_for_citizen(conn, citizen_id)
        )
        if not consented:
            raise ValidationError(
                "consent",
                translate(
                    "OtherLaw",
                    "Data from another law may be used in a Wmo assessment only with the "
                    "citizen's valid consent citing Wmo 2015 art. 5.1.1 lid 4.",
                ),
            )
        return record
