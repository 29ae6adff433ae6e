"""Issue 10: the benchmark generator builds realistic fictional vaults: citizens with notes,
tasks, consents, disclosures and an audit event for every row, on an unbroken hash chain."""

from __future__ import annotations

from pathlib import Path

from benchmarks.generate import build
from benchmarks.run import _data_key

from app.storage import audit
from app.storage.vault import unlock_with_key


def test_a_generated_vault_holds_consents_disclosures_and_a_whole_audit_chain(
    tmp_path: Path,
) -> None:
    folder = build(tmp_path / "v", 40, notes_per_citizen=5)
    vault = unlock_with_key(folder, _data_key(folder))
    try:
        vault.db.wait_writable()

        def count(table: str) -> int:
            sql = f"SELECT count(*) FROM {table}"  # noqa: S608 (fixed table names)
            return int(vault.db.run(lambda c: c.execute(sql).fetchone()[0]))

        citizens, notes = count("citizen"), count("note")
        consents, disclosures = count("consent_record"), count("disclosure")
        assert (citizens, notes) == (40, 200)
        assert 0 < consents < citizens
        assert disclosures == consents == count("consent_event")
        audited = vault.db.run(
            lambda c: dict(
                c.execute(
                    "SELECT object_type, count(*) FROM audit_event WHERE action = 'create'"
                    " GROUP BY object_type"
                ).fetchall()
            )
        )
        assert audited["citizen"] == citizens
        assert audited["note"] == notes
        assert audited["consent_record"] == consents
        assert audited["disclosure"] == disclosures
        assert vault.db.run(audit.verify_chain).ok
        assert vault.db.run(lambda c: c.execute("PRAGMA foreign_key_check").fetchall()) == []
    finally:
        vault.lock()
