"""The content-free quality report per period, and per worker only where the agency profile
allows it (R-000-48, R-001-20, R-002-08).

Facts are read per intake (flags, versions, domain ids), the period is applied here and the
counting is :mod:`app.domain.quality`. Small counts are suppressed in every cell. Exporting
(CSV or PDF for the team leader) is a separate action with its own audit event
``export``/``quality_report``; the CSV ends with the signed chain head.
"""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.documents.base import PaperMeta, new_number
from app.documents.layout import PaperWriter
from app.domain.consent_terms import generic_words_in
from app.domain.intake import CHECKLIST
from app.domain.profile import AgencyProfile
from app.domain.quality import IntakeFacts, PeriodFacts, Section, section, table
from app.domain.zrm import display_name
from app.formatting import format_date
from app.i18n import translate
from app.services.audit_trail import AuditTrail
from app.services.bundles.identity import VaultKeys
from app.services.reports import export as heads
from app.services.reports.period import Period
from app.storage import report_reads as reads
from app.storage.atomic import write_atomic
from app.storage.db import Connection, Database

MEDICAL_WARNING = "medical_warning"  # the audit action recorded when the warning is shown


@dataclass(frozen=True)
class QualityReport:
    period: Period
    min_count: int
    per_worker: bool
    sections: tuple[Section, ...]

    def rows(self) -> list[tuple[str, str, str]]:
        """(section, label, printed value): small counts already suppressed."""
        return table(self.sections, self.min_count)


class QualityReportService:
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
        self.keys = VaultKeys(db, trail, now)

    def build(self, period: Period) -> QualityReport:
        return self.db.run(lambda c: self._build(c, period))

    def _build(self, conn: Connection, period: Period) -> QualityReport:
        zone = self.now().astimezone().tzinfo
        low, high = period.bounds(zone)
        intakes = [
            (r.worker_id, self._facts(r))
            for r in reads.intake_rows(conn)
            if period.holds(r.started_at, zone)
        ]
        consents = [
            (worker, _named(party))
            for at, worker, party in reads.consent_parties(conn)
            if period.holds(at, zone)
        ]
        meetings = [
            (worker, discussed)
            for held, worker, discussed in reads.meeting_rows(conn)
            if period.start <= held <= period.end
        ]
        warnings = reads.actions_between(conn, MEDICAL_WARNING, low, high)
        domains = [(d.id, display_name(d)) for d in self.profile.zrm_domains()]

        def facts(worker: str | None) -> PeriodFacts:
            def mine(w: str) -> bool:
                return worker is None or w == worker

            return PeriodFacts(
                tuple(f for w, f in intakes if mine(w)),
                tuple(n for w, n in consents if mine(w)),
                tuple(d for w, d in meetings if mine(w)),
                sum(n for w, n in warnings if mine(w)),
            )

        sections = [section(translate("Quality", "All workers"), facts(None), domains)]
        per_worker = self.profile.reporting.per_worker
        if per_worker:
            workers = sorted({w for w, _ in intakes} | {w for w, _ in consents} | {
                w for w, _ in meetings} | {w for w, _ in warnings} - {""})  # fmt: skip
            for worker in workers:
                known = self.profile.worker(worker)
                sections.append(section(known.name if known else worker, facts(worker), domains))
        return QualityReport(period, self.profile.reporting.min_count, per_worker, tuple(sections))

    def _facts(self, row: reads.IntakeRow) -> IntakeFacts:
        linked: set[str] = set()
        for type_id in row.type_ids:
            kind = self.profile.help_request_type(type_id)
            if kind is not None:
                linked |= set(kind.domains)
        return IntakeFacts(
            row.worker_id,
            row.sheet_version,
            all(item in row.checklist for item in CHECKLIST),
            frozenset(linked),
            row.decisions,
            frozenset(row.scored),
        )

    # -- export --------------------------------------------------------------------------------
    def export(self, report: QualityReport, path: Path, fmt: str = "csv") -> Path:
        """Write ``csv`` (with the signed chain head) or ``pdf``; a separate, logged action."""

        def write(conn: Connection) -> Path:
            rows = report.rows()
            self.keys.own_in(conn)  # made (and audited) before the head is signed
            self.trail.append_in(conn, "export", "quality_report", self.new_id(), len(rows))
            body = to_csv(report)
            head = heads.sign_in(conn, self.keys, body)
            data = self.pdf(report, head) if fmt == "pdf" else heads.attach(body, head).encode()
            write_atomic(path, data)
            return path

        return self.db.transaction(write)

    def pdf(self, report: QualityReport, head: heads.SignedHead | None = None) -> bytes:
        title = translate("Quality", "Quality report")
        meta = PaperMeta(
            "kwaliteitsrapportage", title, new_number(), "1", "en", "English",
            self.now().astimezone().date(), self.profile.organisation.name,
        )  # fmt: skip
        writer = PaperWriter(meta)
        writer.title(title)
        writer.para(_period_line(report))
        writer.small(_suppression_line(report))
        for s in report.sections:
            writer.heading(s.title)
            writer.facts([(label, value) for sec, label, value in report.rows() if sec == s.title])
        if head is not None:
            writer.small(
                translate("Quality", "Audit head: event {seq}, {hash}; signed {key}").format(
                    seq=head.seq, hash=head.hash, key=head.public_key[:16]
                )
            )
        return writer.render()


def _named(party: str) -> bool:
    return bool(party.strip()) and not generic_words_in(party)


def _period_line(report: QualityReport) -> str:
    return translate("Quality", "Period {start} to {end}.").format(
        start=format_date(report.period.start), end=format_date(report.period.end)
    )


def _suppression_line(report: QualityReport) -> str:
    return translate(
        "Quality",
        "Counts only: no names, citizen service numbers or case numbers. A count below {n} is "
        'shown as "< {n}".',
    ).format(n=report.min_count)


def to_csv(report: QualityReport) -> str:
    out = io.StringIO()
    out.write("# " + translate("Quality", "Quality report") + ": " + _period_line(report) + "\n")
    out.write("# " + _suppression_line(report) + "\n")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        [translate("Quality", "Section"), translate("Quality", "Item"),
         translate("Quality", "Count")]
    )  # fmt: skip
    for row in report.rows():
        writer.writerow(row)
    return out.getvalue()
