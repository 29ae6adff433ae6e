"""`make soak` (issue 10): reliability under faults, bounded in time, one table.

First part, the crash loop: a seeded writer subprocess (``tests/support/writer.py``) prints each
note id only after its commit has returned and is killed with SIGKILL at a random moment, at
least 200 times (``KT_SOAK_ROUNDS``). After every kill the vault opens, ``cipher_integrity_check``
and ``quick_check`` pass, and no printed note is missing. SIGKILL does not model power loss;
``synchronous = FULL`` is asserted separately (``tests/app/test_vault.py``).
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
from pathlib import Path

from app.crypto import TEST_KDF
from app.services import session as session_mod
from app.storage.vault import unlock_with_key
from benchmarks.generate import PASSPHRASE, WORKER
from benchmarks.run import _data_key

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = int(os.environ.get("KT_SOAK_ROUNDS", "200"))


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


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="kt-soak-"))
    try:
        crash = crash_loop(work / "crash")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    rows = [
        (
            f"SIGKILL crash loop, {crash['rounds']:.0f} kills",
            f"{crash['committed']:.0f} notes committed",
            f"{crash['lost']:.0f} lost, {crash['damaged']:.0f} failed integrity checks",
            f"{crash['seconds']:.0f} s",
        )
    ]
    width = max(len(r[0]) for r in rows)
    print(f"{'check':<{width}}  {'work':<24}  {'result':<36}  time")
    for name, work_done, result, seconds in rows:
        print(f"{name:<{width}}  {work_done:<24}  {result:<36}  {seconds}")
    return 0 if crash["lost"] == 0 and crash["damaged"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
