"""`make bench`: prints one table and writes benchmarks/results.json.

Figures (goals from issue 3; ratios against a baseline measured in this same run):
- cold start to the unlock screen vs a bare PySide6 window started the same way (goal ≤ 1.5×)
- unlock excluding Argon2id (raw key) at 500 and 10,000 citizens (absolute, machine named)
- note save p99 vs plain sqlite3 on the same schema and size (goal ≤ 2×)
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from app import crypto
from app.storage import keyfile
from app.storage.vault import unlock_with_key
from benchmarks.generate import PASSPHRASE, build

ROOT = Path(__file__).resolve().parent.parent
SIZES = [int(s) for s in os.environ.get("KT_BENCH_SIZES", "500,10000").split(",")]

BARE_WINDOW = """
import sys, time
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
w = QLabel("bare"); w.show(); app.processEvents()
print(time.perf_counter())
"""

KT_WINDOW = """
import sys, time
from ui.__main__ import build_for_benchmark
app, window = build_for_benchmark(sys.argv[1])
app.processEvents()
print(time.perf_counter())
"""


def _data_key(folder: Path) -> bytes:
    kf = keyfile.read(folder / "vault.key")
    kek = crypto.derive_key(PASSPHRASE, kf.kdf_salt, kf.kdf)
    return crypto.unwrap_key(kf.nonce, kf.ciphertext, kek, kf.aad())


def _start_seconds(script: str, *args: str, runs: int = 5) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(
            [sys.executable, "-c", script, *args], env=env, check=True, capture_output=True
        )
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples)


def _p99(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=100)[98]


def note_save_p99_vault(folder: Path, key: bytes, n: int = 400) -> float:
    vault = unlock_with_key(folder, key)
    from app.services.session import Session

    session = Session(vault)
    citizen = session.caseload.search("")[0]
    samples = []
    for i in range(n):
        t0 = time.perf_counter()
        session.caseload.add_note(citizen.id, f"benchmark notitie {i} " * 20)
        samples.append(time.perf_counter() - t0)
    vault.lock()
    return _p99(samples)


def note_save_p99_plain(rows: int, n: int = 400) -> float:
    """Plain sqlite3, same schema (migration 0001), same PRAGMAs, same size, no encryption."""
    from app.storage.migrate import _statements, available_migrations

    with tempfile.TemporaryDirectory() as tmp:
        conn = sqlite3.connect(Path(tmp) / "plain.db", isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA foreign_keys = ON")
        for migration in available_migrations():
            for statement in _statements(migration.sql):
                conn.execute(statement)
        now = datetime.now(UTC).isoformat()
        conn.execute(
            "INSERT INTO citizen VALUES (?, ?, ?, ?, ?, ?)",
            ("c1", "KT-2024-00001", "Kalo Mine", None, now, now),
        )
        conn.execute("BEGIN")
        for _ in range(rows):
            conn.execute(
                "INSERT INTO note VALUES (?, ?, ?, ?, ?)",
                (uuid.uuid4().hex, "c1", "kakaka " * 60, now, now),
            )
        conn.execute("COMMIT")
        samples = []
        for i in range(n):
            t0 = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(
                "INSERT INTO note VALUES (?, ?, ?, ?, ?)",
                (uuid.uuid4().hex, "c1", f"benchmark notitie {i} " * 20, now, now),
            )
            conn.execute(
                "INSERT INTO audit_event (seq, at, actor, action, prev_hash, hash)"
                " VALUES (?, ?, 'w', 'create', '', ?)",
                (i + 1, now, uuid.uuid4().hex),
            )
            conn.execute("COMMIT")
            samples.append(time.perf_counter() - t0)
        conn.close()
    return _p99(samples)


def unlock_seconds(folder: Path, key: bytes, runs: int = 5) -> float:
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        vault = unlock_with_key(folder, key)
        samples.append(time.perf_counter() - t0)
        vault.lock()
    return statistics.median(samples)


def main() -> int:
    results: dict[str, object] = {
        "machine": f"{platform.node()} {platform.machine()} {os.cpu_count()} cores, "
        f"Python {platform.python_version()}",
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    rows = []
    work = ROOT / "benchmarks" / ".work"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    try:
        bare = _start_seconds(BARE_WINDOW)
        try:
            ours = _start_seconds(KT_WINDOW, str(work / "startvault"))
            rows.append(
                (
                    "cold start to unlock screen",
                    f"{ours:.3f} s",
                    f"{ours / bare:.2f}× bare",
                    "≤ 1.5×",
                )
            )
            results["cold_start_ratio"] = ours / bare
        except subprocess.CalledProcessError as exc:
            rows.append(
                ("cold start to unlock screen", "failed", exc.stderr.decode()[-200:], "≤ 1.5×")
            )
        for size in SIZES:
            folder = build(work / f"vault-{size}", size)
            key = _data_key(folder)
            unlock_s = unlock_seconds(folder, key)
            ours_p99 = note_save_p99_vault(folder, key)
            plain_p99 = note_save_p99_plain(size * 20)
            rows.append(
                (
                    f"unlock without Argon2id, {size} citizens",
                    f"{unlock_s * 1000:.1f} ms",
                    "absolute",
                    "≤ 300 ms",
                )
            )
            rows.append(
                (
                    f"note save p99, {size} citizens",
                    f"{ours_p99 * 1000:.2f} ms",
                    f"{ours_p99 / plain_p99:.2f}× plain sqlite3",
                    "≤ 2×",
                )
            )
            results[f"unlock_ms_{size}"] = unlock_s * 1000
            results[f"note_save_p99_ratio_{size}"] = ours_p99 / plain_p99
            results[f"note_save_p99_ms_{size}"] = ours_p99 * 1000
    finally:
        shutil.rmtree(work, ignore_errors=True)
    width = max(len(r[0]) for r in rows)
    print(f"Machine: {results['machine']}")
    print(f"{'figure':<{width}}  {'value':>12}  {'ratio':<26}  goal")
    for name, value, ratio, goal in rows:
        print(f"{name:<{width}}  {value:>12}  {ratio:<26}  {goal}")
    (ROOT / "benchmarks" / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
