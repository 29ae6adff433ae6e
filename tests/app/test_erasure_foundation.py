"""The erasure foundation (issue 8): whole dossiers leave in one transaction with one
content-free audit line each, and the database is compacted with an empty write-ahead log.
The page-level proof that nothing is left in the file is in ``test_physical_deletion.py``."""

from __future__ import annotations

import copy
import tomllib
from pathlib import Path
from typing import Any

import pytest

from app.domain.profile_errors import InvalidField
from app.domain.profile_parse import parse_profile
from app.services.erasure import ErasureReason, ErasureService
from app.services.session import Session
from app.storage import audit

DEMO = Path(__file__).resolve().parents[2] / "resources" / "profiles" / "voorbeeldstad.toml"


def _doc() -> dict[str, Any]:
    doc = tomllib.loads(DEMO.read_text("utf-8"))
    doc.pop("signature")
    return copy.deepcopy(doc)


def _count(session: Session, sql: str, *args: object) -> int:
    return int(session.vault.db.run(lambda c: c.execute(sql, args).fetchone()[0]))


def test_r000_39_erasing_removes_the_dossier_and_leaves_a_content_free_line(
    session: Session,
) -> None:
    keep = session.caseload.add_citizen("Karel Blijft", "01-01-1950")
    gone = session.caseload.add_citizen("Greet Gaat", "02-02-1940")
    session.caseload.add_note(gone.id, "Zin die weg moet Fictief.")
    session.caseload.add_note(keep.id, "Zin die blijft.")
    session.drafts.save(f"citizen:{gone.id}", "note:", "Half getypte zin", 3)
    service = ErasureService(session.vault.db, session.trail)

    report = service.erase_citizens([gone.id], ErasureReason.REQUEST)

    assert report.citizens == 1
    assert report.rows >= 3
    assert report.compact.wal_empty
    assert _count(session, "SELECT count(*) FROM citizen WHERE id = ?", gone.id) == 0
    assert _count(session, "SELECT count(*) FROM note WHERE citizen_id = ?", gone.id) == 0
    assert _count(session, "SELECT count(*) FROM draft") == 0
    assert _count(session, "SELECT count(*) FROM citizen WHERE id = ?", keep.id) == 1
    last = session.vault.db.run(lambda c: audit.events(c, 1))[0]
    assert (last.action, last.object_type, last.object_id) == ("erase_request", "citizen", gone.id)
    assert last.count == report.rows
    assert "Greet" not in repr(last)
    assert "Fictief" not in repr(last)
    assert session.vault.db.run(audit.verify_chain).ok


def test_r000_39_an_unknown_citizen_erases_nothing(session: Session) -> None:
    one = session.caseload.add_citizen("Eerste Proef")
    service = ErasureService(session.vault.db, session.trail)
    with pytest.raises(LookupError):
        service.erase_citizens([one.id, "no-such-citizen"], ErasureReason.RETENTION)
    assert _count(session, "SELECT count(*) FROM citizen WHERE id = ?", one.id) == 1


def test_r002_31_demo_profile_carries_a_breach_procedure_and_report_limits() -> None:
    profile = parse_profile(_doc())
    assert profile.breach is not None
    assert profile.breach.steps
    assert profile.breach.contacts
    assert profile.reporting.per_worker is False
    assert profile.reporting.min_count == 5
    assert profile.retention.regie_max_years == 5


def test_breach_and_reports_are_optional_and_checked() -> None:
    doc = _doc()
    doc["privacy"].pop("breach")
    doc.pop("reports")
    profile = parse_profile(doc)
    assert profile.breach is None
    assert profile.reporting.min_count == 5
    bad = _doc()
    bad["reports"]["min_count"] = 1
    with pytest.raises(InvalidField) as caught:
        parse_profile(bad)
    assert caught.value.field == "reports.min_count"
    bad = _doc()
    bad["retention"]["regie_max_years"] = 6  # R-001-24: at most 5 years
    with pytest.raises(InvalidField) as caught:
        parse_profile(bad)
    assert caught.value.field == "retention.regie_max_years"
    bad = _doc()
    bad["privacy"]["breach"]["contacts"] = [{"role": "FG", "name": "", "phone": "1"}]
    with pytest.raises(InvalidField) as caught:
        parse_profile(bad)
    assert caught.value.field == "privacy.breach.contacts[0].name"
