"""Erasing whole dossiers: on a citizen's deletion request, when the local copy's period after a
hand-over ends, or when the worker confirms a due destruction (issue 8).

One call erases any number of citizens in one transaction, writes one content-free audit line
per citizen (``erase_<reason>``, the citizen's id and the number of rows removed), and then
compacts the database so nothing of them is left in the file or its write-ahead log
(``app.storage.erasure``). Deleting single items (a note on a correction request, samen
terugkijken) uses the same :meth:`ErasureService.compact` afterwards.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from app.services.audit_trail import AuditTrail
from app.storage import erasure
from app.storage.db import Connection, Database
from app.storage.erasure import CompactReport


class ErasureReason(enum.StrEnum):
    """Why a dossier left the laptop; part of the audit action, never any content."""

    REQUEST = "request"  # AVG art. 17, Wmo 2015 art. 5.3.5, Jeugdwet art. 7.3.9
    RETENTION = "retention"  # confirmed by the worker over the list of due dossiers
    HANDOVER = "handover"  # the agency's period after the hand-over to the case system ended


@dataclass(frozen=True)
class ErasureReport:
    citizens: int
    rows: int
    compact: CompactReport


class ErasureService:
    def __init__(self, db: Database, trail: AuditTrail) -> None:
        self._db = db
        self.trail = trail

    def erase_citizens(self, citizen_ids: Sequence[str], reason: ErasureReason) -> ErasureReport:
        """Erase every citizen in ``citizen_ids`` (all or none), then compact the file.

        An unknown id raises ``LookupError`` and nothing is erased.
        """
        ids = list(dict.fromkeys(citizen_ids))
        rows = self._db.transaction(lambda conn: self.erase_in(conn, ids, reason)) if ids else 0
        return ErasureReport(len(ids), rows, self.compact())

    def erase_in(self, conn: Connection, citizen_ids: Sequence[str], reason: ErasureReason) -> int:
        """Erase inside the caller's transaction (with the decision that asks for it, so a crash
        leaves both or neither); return the rows removed. The caller compacts after commit."""
        total = 0
        for citizen_id in citizen_ids:
            rows = erasure.erase_citizen(conn, citizen_id)
            self.trail.append_in(conn, f"erase_{reason.value}", "citizen", citizen_id, rows)
            total += rows
        return total

    def compact(self, vacuum: bool = True) -> CompactReport:
        """Checkpoint, VACUUM and truncate the log; ``wal_empty`` says whether that worked.

        ``vacuum=False`` checkpoints only (fast; see ``app.storage.erasure.compact``)."""
        path = self._db.path
        return self._db.run(lambda conn: erasure.compact(conn, path, vacuum))
