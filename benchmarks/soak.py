"""`make soak` (issue 10): reliability under faults, bounded in time, one table.

First part, the crash loop: a seeded writer subprocess (``tests/support/writer.py``) prints each
note id only after its commit has returned and is killed with SIGKILL at a random moment, at
least 200 times (``KT_SOAK_ROUNDS``). After every kill the vault opens, ``cipher_integrity_check``
and ``quick_check`` pass, and no printed note is missing. SIGKILL does not model power loss;
``synchronous = FULL`` is asserted separately (``tests/app/test_vault.py``).

Second part, kills at named fault points (``app.storage.fault_points``): inside a migration, a
passphrase change, a recovery reset, a granted deletion request and a destruction after the
retention period, every point ``KT_SOAK_POINT_REPEATS`` times (5). After each kill the vault
shows the old state or the new one (a two-step migration may stop between steps), never a mix,
and opens (``tests/support/crash_states.py`` is the judge; ``tests/app/test_crash_points.py``
runs one kill per point in the suite).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from tests.support.crash_states import Lab

from app.crypto import TEST_KDF
from app.services import session as session_mod
from app.storage.vault import unlock_with_key
from benchmarks.generate import PASSPHRASE, WORKER
from benchmarks.run import _data_key

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = int(os.environ.get("KT_SOAK_ROUNDS", "200"))
POINT_REPEATS = int(os.environ.get("KT_SOAK_POINT_REPEATS", "5"))
OPERATIONS = {
    "migration": "migration",
    "passphrase": "passphrase change",
    "recovery_reset": "recovery reset",
    "deletion": "purge: deletion request",
    "retention": "purge: retention",
}


def _vault(folder: Path) -> bytes:
    session = session_mod.create(folder, PASSPHRASE, WORKER, TEST_KDF)
    session.caseload.add_citizen("Kalo Mine")
    session.lock()
    return _data_key(folder)


def _writer(folder: Path, key: bytes, seed: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.support.writer", str(folder), key.hex(), str(seed)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def crash_loop(folder: Path, rounds: int = ROUNDS, seed: int = 20261123) -> dict[str, float]:
    key = _vault(folder)
    rng = random.Random(seed)
    printed: set[str] = set()
    lost = damaged = 0
    t0 = time.perf_counter()
    for round_no in range(rounds):
        proc = _writer(folder, key, round_no)
        assert proc.stdout is not None
        if proc.stdout.readline().strip() != "ready":
            raise RuntimeError(f"round {round_no}: the writer did not start")
        time.sleep(rng.uniform(0.0, 0.25))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        printed.update(line for line in out.split() if len(line) == 32)
        vault = unlock_with_key(folder, key)
        try:
            ok = vault.integrity_check() and vault.db.run(
                lambda c: c.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            )
            stored = {
                r[0] for r in vault.db.run(lambda c: c.execute("SELECT id FROM note").fetchall())
            }
        finally:
            vault.lock()
        damaged += 0 if ok else 1
        lost += len(printed - stored)
    return {
        "rounds": rounds,
        "committed": len(printed),
        "lost": lost,
        "damaged": damaged,
        "seconds": time.perf_counter() - t0,
    }


@dataclass
class PointRow:
    """The kills of one operation at its named points, and what they left."""

    operation: str
    points: int
    kills: int = 0
    states: Counter[str] = field(default_factory=Counter)
    missed: int = 0  # the crasher did not die at the point: that kill proved nothing
    leftovers: int = 0  # temporary key files still there after the next unlock (0 expected)
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failed(self) -> bool:
        bad = self.states["mix"] + self.states["locked_out"]
        return bool(bad or self.problems or self.missed)

    def cells(self) -> tuple[str, str, str, str]:
        found = [
            f"{name} {self.states[name]}"
            for name in ("old", "between", "new")
            if name != "between" or self.states[name]
        ]
        result = (
            f"{self.states['mix']} mixes, {self.states['locked_out']} lock-outs, "
            f"{len(self.problems)} other problems, {self.missed} kills missed"
        )
        if self.leftovers:
            result += f", {self.leftovers} temp key files left"
        return (
            f"named-point kills, {self.operation}: {self.kills} at {self.points} points",
            ", ".join(found),
            result,
            f"{self.seconds:.0f} s",
        )


def named_points(folder: Path, repeats: int = POINT_REPEATS) -> list[PointRow]:
    """Kill every operation ``repeats`` times at each of its points; count the outcomes."""
    lab = Lab(folder)
    rows = []
    for operation, label in OPERATIONS.items():
        t0 = time.perf_counter()
        row = PointRow(label, len(lab.points(operation)))
        for point in lab.points(operation):
            for _ in range(repeats):
                outcome = lab.kill(operation, point)
                row.kills += 1
                row.states[outcome.state] += 1
                row.missed += 0 if outcome.killed else 1
                row.leftovers += outcome.leftovers
                row.problems.extend(f"{point}: {p}" for p in outcome.problems)
        row.seconds = time.perf_counter() - t0
        rows.append(row)
    return rows


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="kt-soak-"))
    try:
        crash = crash_loop(work / "crash")
        points = named_points(work / "points")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    rows = [
        (
            f"SIGKILL crash loop, {crash['rounds']:.0f} kills",
            f"{crash['committed']:.0f} notes committed",
            f"{crash['lost']:.0f} lost, {crash['damaged']:.0f} failed integrity checks",
            f"{crash['seconds']:.0f} s",
        ),
        *(row.cells() for row in points),
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    header = ("check", "work", "result")
    print("  ".join(f"{h:<{w}}" for h, w in zip(header, widths, strict=True)) + "  time")
    for row in rows:
        print("  ".join(f"{c:<{w}}" for c, w in zip(row[:3], widths, strict=True)) + f"  {row[3]}")
    for point_row in points:
        for problem in point_row.problems:
            print(f"  {point_row.operation}: {problem}")
    failed = crash["lost"] or crash["damaged"] or any(row.failed for row in points)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
