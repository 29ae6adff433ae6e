"""The access report: who opened, created, changed, printed, exported or deleted what, by dossier,
by period and by worker, with access by someone not assigned flagged (R-000-44, R-002-23).

The audit log names objects by id only; each event is resolved here to the citizen it belongs
to. In this per-worker vault the owner is assigned to their own dossiers; a dossier imported
under substitution stays assigned to its original worker and the owner shows as the substitute
(until the substitution's end date); opens inside a review session show who reviewed. An
erased dossier shows as "erased dossier" with its id. The report holds ids, case numbers,
dates, actions and counts: never content. Exporting it is its own logged action and the file
carries the signed chain head (:mod:`app.services.reports.export`).
"""

from __future__ import annotations

import csv
import enum
import io
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.formatting import format_date
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.audit_trail import AuditTrail
from app.services.bundles.identity import VaultKeys
from app.services.reports import export as heads
from app.services.reports.period import Period
from app.storage import bundle_repository as bundle_repo
from app.storage import report_reads as reads
from app.storage.atomic import write_atomic
from app.storage.audit import AuditEvent
from app.storage.db import Connection, Database


class Standing(enum.StrEnum):
    ASSIGNED = "assigned"
    SUBSTITUTE = "substitute"
    REVIEW = "review"
    UNASSIGNED = "unassigned"
    NO_DOSSIER = "no_dossier"


STANDING_LABELS = {
    Standing.ASSIGNED: QT_TRANSLATE_NOOP("Reports", "assigned worker"),
    Standing.SUBSTITUTE: QT_TRANSLATE_NOOP("Reports", "substitute"),
    Standing.REVIEW: QT_TRANSLATE_NOOP("Reports", "review"),
    Standing.UNASSIGNED: QT_TRANSLATE_NOOP("Reports", "NOT ASSIGNED"),
    Standing.NO_DOSSIER: QT_TRANSLATE_NOOP("Reports", "no dossier"),
}


@dataclass(frozen=True)
class AccessRow:
    seq: int
    at: datetime
    actor: str
    action: str
    object_type: str
    object_id: str
    count: int
    citizen_id: str | None
    case_number: str  # "" for an erased dossier or a vault-level event
    erased: bool
    standing: Standing
    detail: str  # "review with <name> (<role>)", "substitute for <worker id>"

    @property
    def dossier(self) -> str:
        if self.erased:
            return translate("Reports", "erased dossier {id}").format(id=self.citizen_id)
        return self.case_number


@dataclass(frozen=True)
class DossierLine:
    citizen_id: str
    dossier: str
    events: int
    actors: tuple[str, ...]
    unassigned: int


@dataclass(frozen=True)
class ActorLine:
    actor: str
    events: int
    dossiers: int
    unassigned: int


@dataclass(frozen=True)
class AccessReport:
    period: Period
    owner: str
    rows: tuple[AccessRow, ...]
    dossiers: tuple[DossierLine, ...]
    actors: tuple[ActorLine, ...]

    @property
    def flagged(self) -> tuple[AccessRow, ...]:
        return tuple(r for r in self.rows if r.standing is Standing.UNASSIGNED)


@dataclass(frozen=True)
class ExportedReport:
    path: Path
    rows: int
    head: heads.SignedHead


class AccessReportService:
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
        self.keys = VaultKeys(db, trail, now)

    def build(self, period: Period, dossier: str = "", actor: str = "") -> AccessReport:
        """The report for ``period``; ``dossier`` (a case number or citizen id) and ``actor``
        narrow it. Reading is not logged; exporting is."""
        return self.db.run(lambda c: self._build(c, period, dossier.strip(), actor.strip()))

    def _build(self, conn: Connection, period: Period, dossier: str, actor: str) -> AccessReport:
        zone = self.now().astimezone().tzinfo
        low, high = period.bounds(zone)
        events = reads.events_between(conn, low, high, actor or None)
        owner = bundle_repo.vault_meta(conn)[1]
        citizens = reads.citizens_of(conn, [e.object_id for e in events if e.object_id])
        numbers = reads.case_numbers(conn, list(citizens.values()))
        subs = reads.substitutions(conn)
        windows = reads.review_windows(conn)
        # A case number, or the id of an erased dossier (its case number is gone with it).
        wanted = (reads.citizen_by_case_number(conn, dossier) or dossier) if dossier else ""
        rows = []
        for event in events:
            row = _row(event, owner, citizens, numbers, subs, windows)
            if not wanted or row.citizen_id == wanted:
                rows.append(row)
        return AccessReport(period, owner, tuple(rows), _by_dossier(rows), _by_actor(rows))

    # -- export --------------------------------------------------------------------------------
    def export(self, report: AccessReport, path: Path, fmt: str = "csv") -> ExportedReport:
        """Write the report (``csv`` or ``text``) with the signed chain head; one logged
        ``export``/``access_report`` event with the row count, in the same transaction (a
        failed write logs nothing)."""

        def write(conn: Connection) -> ExportedReport:
            text, head = self._signed_in(conn, report, fmt)
            write_atomic(path, text.encode("utf-8"))
            return ExportedReport(path, len(report.rows), head)

        return self.db.transaction(write)

    def signed_text(self, report: AccessReport, fmt: str = "text") -> str:
        """The report as text with its signed head, for the screen or standard output; logged
        like a file export."""
        return self.db.transaction(lambda c: self._signed_in(c, report, fmt)[0])

    def _signed_in(
        self, conn: Connection, report: AccessReport, fmt: str
    ) -> tuple[str, heads.SignedHead]:
        body = to_csv(report) if fmt == "csv" else to_text(report)
        self.keys.own_in(conn)  # made (and audited) before the head is signed
        self.trail.append_in(conn, "export", "access_report", self.new_id(), len(report.rows))
        head = heads.sign_in(conn, self.keys, body)
        return heads.attach(body, head), head

    def verify(self, text: str) -> heads.HeadVerdict:
        """Check an exported report's head against this vault's chain."""
        return self.db.run(lambda c: heads.check(c, text))


def _row(
    event: AuditEvent,
    owner: str,
    citizens: dict[str, str],
    numbers: dict[str, str],
    subs: dict[str, reads.Substitution],
    windows: list[reads.ReviewWindow],
) -> AccessRow:
    at = datetime.fromisoformat(event.at)
    citizen = citizens.get(event.object_id)
    erased = citizen is None and event.object_type == "citizen" and bool(event.object_id)
    if erased:
        citizen = event.object_id
    detail = ""
    if citizen is None:
        standing = Standing.NO_DOSSIER
    elif event.action == "review_open":
        standing = Standing.REVIEW
        window = next(
            (w for w in windows if w.started_at <= at and (w.ended_at is None or at <= w.ended_at)),
            None,
        )
        if window is not None:
            detail = translate("Reports", "review with {name} ({role})").format(
                name=window.reviewer_name, role=window.reviewer_role
            )
    elif citizen in subs:
        sub = subs[citizen]
        if event.actor == sub.original_worker:
            standing = Standing.ASSIGNED
        elif event.actor == owner and (sub.valid_until is None or at.date() <= sub.valid_until):
            standing = Standing.SUBSTITUTE
            detail = translate("Reports", "substitute for {worker}").format(
                worker=sub.original_worker
            )
        else:
            standing = Standing.UNASSIGNED
    else:
        standing = Standing.ASSIGNED if event.actor == owner else Standing.UNASSIGNED
    return AccessRow(
        event.seq, at, event.actor, event.action, event.object_type, event.object_id,
        event.count, citizen, numbers.get(citizen or "", ""), erased, standing, detail,
    )  # fmt: skip


def _by_dossier(rows: list[AccessRow]) -> tuple[DossierLine, ...]:
    groups: dict[str, list[AccessRow]] = {}
    for row in rows:
        if row.citizen_id:
            groups.setdefault(row.citizen_id, []).append(row)
    return tuple(
        DossierLine(
            cid,
            items[0].dossier,
            len(items),
            tuple(sorted({r.actor for r in items})),
            sum(1 for r in items if r.standing is Standing.UNASSIGNED),
        )
        for cid, items in sorted(groups.items(), key=lambda kv: kv[1][0].dossier)
    )


def _by_actor(rows: list[AccessRow]) -> tuple[ActorLine, ...]:
    groups: dict[str, list[AccessRow]] = {}
    for row in rows:
        groups.setdefault(row.actor, []).append(row)
    return tuple(
        ActorLine(
            actor,
            len(items),
            len({r.citizen_id for r in items if r.citizen_id}),
            sum(1 for r in items if r.standing is Standing.UNASSIGNED),
        )
        for actor, items in sorted(groups.items())
    )


COLUMNS = (
    QT_TRANSLATE_NOOP("Reports", "Event"),
    QT_TRANSLATE_NOOP("Reports", "When (UTC)"),
    QT_TRANSLATE_NOOP("Reports", "Worker"),
    QT_TRANSLATE_NOOP("Reports", "Action"),
    QT_TRANSLATE_NOOP("Reports", "Object"),
    QT_TRANSLATE_NOOP("Reports", "Object id"),
    QT_TRANSLATE_NOOP("Reports", "Count"),
    QT_TRANSLATE_NOOP("Reports", "Dossier"),
    QT_TRANSLATE_NOOP("Reports", "Standing"),
    QT_TRANSLATE_NOOP("Reports", "Note"),
)


def cells(row: AccessRow) -> list[str]:
    return [
        str(row.seq), row.at.astimezone(UTC).isoformat(timespec="seconds"), row.actor,
        row.action, row.object_type, row.object_id, str(row.count), row.dossier,
        translate("Reports", STANDING_LABELS[row.standing]), row.detail,
    ]  # fmt: skip


def _title(report: AccessReport) -> str:
    return translate("Reports", "Access report {start} to {end} (vault of {owner})").format(
        start=format_date(report.period.start),
        end=format_date(report.period.end),
        owner=report.owner,
    )


def to_csv(report: AccessReport) -> str:
    out = io.StringIO()
    out.write("# " + _title(report) + "\n")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([translate("Reports", c) for c in COLUMNS])
    for row in report.rows:
        writer.writerow(cells(row))
    return out.getvalue()


def to_text(report: AccessReport) -> str:
    lines = [_title(report), ""]
    lines.append(
        translate("Reports", "{n} events, {flagged} by someone not assigned.").format(
            n=len(report.rows), flagged=len(report.flagged)
        )
    )
    lines += ["", translate("Reports", "By dossier")]
    for d in report.dossiers:
        lines.append(
            translate("Reports", "  {dossier}: {n} events by {actors}; not assigned: {u}").format(
                dossier=d.dossier, n=d.events, actors=", ".join(d.actors), u=d.unassigned
            )
        )
    lines += ["", translate("Reports", "By worker")]
    for a in report.actors:
        lines.append(
            translate("Reports", "  {actor}: {n} events in {d} dossiers; not assigned: {u}").format(
                actor=a.actor, n=a.events, d=a.dossiers, u=a.unassigned
            )
        )
    lines += ["", translate("Reports", "Events")]
    lines += ["  " + " | ".join(cells(r)) for r in report.rows]
    return "\n".join(lines) + "\n"
