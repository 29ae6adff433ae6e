"""Other registrations the worker knows of, and where a case-meeting report is kept.

"Wat wij van u vastleggen" tells the citizen about records beyond this intake: a registration
at another organisation the worker knows of (R-002-28), and, after a case meeting, who keeps
its report (R-003-12). Only what the citizen needs to find that record again is stored: the
organisation, what kind of record in a few words, and where or by whom it is kept. Never its
content and never a BSN. Every change is one audited transaction (ids only).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime

from app.domain.citizen import ValidationError
from app.domain.visit_records import contains_bsn
from app.i18n import translate
from app.services.audit_trail import AuditTrail, audited, first_arg, result_id
from app.storage import registration_repository as repo
from app.storage.db import Connection, Database
from app.storage.registration_repository import KINDS, OtherRegistration

_LIMITS = {"organisation": 200, "description": 300, "kept_by": 200}


class RegistrationService:
    def __init__(
        self,
        db: Database,
        trail: AuditTrail,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        new_id: Callable[[], str] = lambda: uuid.uuid4().hex,
    ) -> None:
        self.db = db
        self.trail = trail
        self.now = now
        self.new_id = new_id

    @audited("create", "other_registration", result_id)
    def add(
        self, intake_id: str, kind: str, organisation: str, description: str, kept_by: str
    ) -> OtherRegistration:
        """Record one registration elsewhere (``registratie``) or where a case-meeting report
        is kept (``casusoverleg_verslag``); refused with a plain message on an empty field,
        an over-long text or a BSN-like number."""
        if kind not in KINDS:
            raise ValidationError(
                "kind",
                translate("Registrations", "Choose a registration or a case-meeting report."),
            )
        values = {
            "organisation": _clean(
                "organisation", organisation, translate("Registrations", "the organisation")
            ),
            "description": _clean(
                "description", description, translate("Registrations", "what is recorded")
            ),
            "kept_by": _clean("kept_by", kept_by, translate("Registrations", "where it is kept")),
        }

        def write(conn: Connection) -> OtherRegistration:
            if not repo.intake_exists(conn, intake_id):
                raise ValidationError(
                    "intake", translate("Registrations", "This conversation is no longer here.")
                )
            item = OtherRegistration(
                self.new_id(),
                intake_id,
                kind,
                values["organisation"],
                values["description"],
                values["kept_by"],
                self.now(),
                self.trail.actor,
            )
            repo.add(conn, item)
            return item

        return self.db.transaction(write)

    @audited("delete", "other_registration", first_arg)
    def remove(self, registration_id: str) -> None:
        def write(conn: Connection) -> None:
            if not repo.remove(conn, registration_id):
                raise ValidationError(
                    "registration", translate("Registrations", "This entry is already gone.")
                )

        self.db.transaction(write)

    def list_for(self, intake_id: str) -> list[OtherRegistration]:
        return self.db.run(lambda c: repo.for_intake(c, intake_id))


def _clean(field: str, value: str, label: str) -> str:
    text = " ".join(value.split())
    if not text:
        raise ValidationError(
            field, translate("Registrations", "Fill in: {label}.").format(label=label)
        )
    if len(text) > _LIMITS[field]:
        raise ValidationError(
            field,
            translate("Registrations", "Keep this short: at most {count} characters.").format(
                count=_LIMITS[field]
            ),
        )
    if contains_bsn(text):
        raise ValidationError(
            field,
            translate(
                "Registrations",
                "This looks like a citizen service number (BSN). Do not record it here.",
            ),
        )
    return text
