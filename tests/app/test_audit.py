"""R-001-19: every view, create, edit and delete is logged in a tamper-evident chain."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import sqlcipher3

from app.services.session import Session
from app.storage import audit
from tests.app.conftest import PASSPHRASE
from tests.support.files import SENTINEL

ROOT = Path(__file__).resolve().parents[2]


def test_r001_19_one_event_per_create_open_edit_delete(session: Session) -> None:
    citizen = session.caseload.add_citizen(SENTINEL)
    note = session.caseload.add_note(citizen.id, f"{SENTINEL} zegt iets.")
    session.caseload.open_citizen(citizen.id)
    session.caseload.edit_note(note.id, "Aangepast.")
    session.caseload.delete_note(note.id)
    events = session.vault.db.run(audit.events)
    tail = [(e.action, e.object_type, e.object_id) for e in events[-5:]]
    assert tail == [
        ("create", "citizen", citizen.id),
        ("create", "note", note.id),
        ("open", "citizen", citizen.id),
        ("edit", "note", note.id),
        ("delete", "note", note.id),
    ]
    assert all(e.actor == "w-test" for e in events)
    for e in events:  # ids and actions, never content
        assert SENTINEL not in " ".join(map(str, e.__dict__.values()))


def test_r001_19_audit_log_is_append_only(session: Session) -> None:
    session.caseload.add_citizen("Jan Voorbeeld")
    with pytest.raises(sqlcipher3.IntegrityError):
        session.vault.db.run(lambda c: c.execute("DELETE FROM audit_event"))
    with pytest.raises(sqlcipher3.IntegrityError):
        session.vault.db.run(lambda c: c.execute("UPDATE audit_event SET action = 'x'"))


def _tamper(session: Session, sql: str) -> None:
    def run(conn: object) -> None:
        c = conn
        c.execute("DROP TRIGGER audit_event_no_update")  # type: ignore[attr-defined]
        c.execute("DROP TRIGGER audit_event_no_delete")  # type: ignore[attr-defined]
        c.execute(sql)  # type: ignore[attr-defined]

    session.vault.db.run(run)


@pytest.mark.parametrize(
    ("sql", "broken", "reason"),
    [
        ("UPDATE audit_event SET action = 'view' WHERE seq = 3", 3, "event was changed"),
        ("DELETE FROM audit_event WHERE seq = 3", 3, "missing event"),
        ("UPDATE audit_event SET prev_hash = hash WHERE seq = 4", 4, "previous hash"),
    ],
)
def test_r001_19_verify_names_the_first_broken_link(
    session: Session, sql: str, broken: int, reason: str
) -> None:
    for name in ("Een", "Twee", "Drie"):
        session.caseload.add_citizen(name)
    assert session.vault.db.run(audit.verify_chain).ok
    _tamper(session, sql)
    report = session.vault.db.run(audit.verify_chain)
    assert not report.ok
    assert report.first_broken_seq == broken
    assert reason in report.reason


def _cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
    )


def test_r001_19_cli_audit_verify(locked_vault: Path) -> None:
    ok = _cli(
        "audit", "verify", "--vault", str(locked_vault), "--passphrase-stdin", stdin=PASSPHRASE
    )
    assert ok.returncode == 0, ok.stderr
    assert "OK" in ok.stdout
    wrong = _cli("audit", "verify", "--vault", str(locked_vault), "--passphrase-stdin", stdin="x")
    assert wrong.returncode == 2
    assert "passphrase" in wrong.stderr.lower()


def test_cli_help_lists_the_subcommands() -> None:
    result = _cli("--help")
    assert result.returncode == 0
    for command in ("gui", "demo", "audit", "profile", "selftest"):
        assert command in result.stdout


def test_r001_19_a_change_never_lands_without_its_event(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    citizen = session.caseload.add_citizen("Jan Voorbeeld")

    def broken_append(*args: object, **kwargs: object) -> None:
        raise RuntimeError("audit write failed")

    monkeypatch.setattr(audit, "append", broken_append)
    with pytest.raises(RuntimeError):
        session.caseload.add_note(citizen.id, "Mag niet blijven staan.")
    monkeypatch.undo()
    _, notes = session.caseload.open_citizen(citizen.id)
    assert notes == []
