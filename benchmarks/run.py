"""`make bench`: prints one table and writes benchmarks/results.json.

Figures (goals from issue 3; ratios against a baseline measured in this same run):
- cold start to the unlock screen vs a bare PySide6 window started the same way (goal ≤ 1.5×)
- unlock excluding Argon2id (raw key) at 500 and 10,000 citizens (absolute, machine named)
- note save p99 vs plain sqlite3 on the same schema and size (goal ≤ 2×)
- search by part of a name, case number and date of birth, p95 (issue 5; goal ≤ 30 ms)
- the home screen built after unlock: agenda, task list and search (issue 5)
- papers (issue 6): an information-sheet-class paper (goal ≤ 200 ms) and a 50+ page
  inzage-overzicht (goal ≤ 2 s), rendered in memory, absolute with the machine named
- issue 10: opening a conversation with 200 notes (goal ≤ 100 ms, against an empty one) and
  the resident memory after unlock with the home screen shown (goal ≤ 250 MB at 10,000)
- rights (issue 8): the inzage-overzicht of a citizen with 500 notes, and the erasure of a tenth
  of each generated vault (1,000 dossiers of 10,000) with the file size before and after VACUUM
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from app import crypto
from app.services.session import Session
from app.storage import keyfile
from app.storage.vault import unlock_with_key
from benchmarks.generate import PASSPHRASE, build
from benchmarks.intake_open import intake_open, memory_after_unlock
from benchmarks.note_save import note_saves, p99
from benchmarks.papers import papers
from benchmarks.report import Growth, figures_table, growth_table
from benchmarks.rights import inzage, purge

ROOT = Path(__file__).resolve().parent.parent
SIZES = [int(s) for s in os.environ.get("KT_BENCH_SIZES", "100,500,10000").split(",")]

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


def _start_once(script: str, *args: str, pycache: str = "") -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    if pycache:  # as installed: bytecode compiled once, not on every start
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = pycache
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", script, *args], env=env, check=True, capture_output=True)
    return time.perf_counter() - t0


def cold_start(folder: Path, pairs: int = 15) -> tuple[float, float]:
    """Median start time of a bare window and of ours, measured in alternation after one
    warm-up start of each (which compiles the bytecode an installed app ships with)."""
    bare, ours = [], []
    with tempfile.TemporaryDirectory() as pycache:
        _start_once(BARE_WINDOW, pycache=pycache)
        _start_once(KT_WINDOW, str(folder), pycache=pycache)
        for _ in range(pairs):
            bare.append(_start_once(BARE_WINDOW, pycache=pycache))
            ours.append(_start_once(KT_WINDOW, str(folder), pycache=pycache))
    return statistics.median(bare), statistics.median(ours)


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[max(0, int(len(ordered) * 0.95) - 1)]


def search_times(folder: Path, key: bytes, n: int = 300) -> dict[str, list[float]]:
    """Search as a worker types it: part of a name, a whole case number, a date of birth."""
    import random

    from app.formatting import format_date
    from app.services.session import Session

    vault = unlock_with_key(folder, key)
    session = Session(vault)
    people = session.caseload.search("", limit=1_000_000)
    rng = random.Random(11)
    queries = {
        "name": [rng.choice(people).name.split()[-1][:4] for _ in range(n)],
        "case number": [rng.choice(people).case_number for _ in range(n)],
        "date of birth": [
            format_date(d, "short")
            for d in (rng.choice(people).date_of_birth for _ in range(n))
            if d is not None
        ],
    }
    times: dict[str, list[float]] = {}
    for kind, texts in queries.items():
        samples = []
        for text in texts:
            t0 = time.perf_counter()
            found = session.caseload.search(text)
            samples.append(time.perf_counter() - t0)
            assert found, kind  # every query names someone who is there
        times[kind] = samples
    vault.lock()
    return times


def home_screen(folder: Path, key: bytes, runs: int = 7) -> tuple[float, float, int]:
    """Median time to build the home screen (agenda, task list, first search) after unlock, and
    the same for a bare widget with three empty lists (the baseline); also the open tasks shown."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QHBoxLayout, QListWidget, QWidget

    from app.services.session import Session
    from app.services.tasks import TaskService
    from ui.views.home_view import HomeView

    app = QApplication.instance() or QApplication([])
    vault = unlock_with_key(folder, key)
    session = Session(vault)
    tasks = TaskService(vault.db, session.trail)
    ours, bare, shown = [], [], 0
    for _ in range(runs):
        t0 = time.perf_counter()
        home = HomeView(session, tasks)
        home.show()
        app.processEvents()
        t1 = time.perf_counter()
        shown = home.tasks.list.count()
        home.deleteLater()
        plain = QWidget()
        row = QHBoxLayout(plain)
        for _ in range(3):
            row.addWidget(QListWidget())
        plain.show()
        app.processEvents()
        t2 = time.perf_counter()
        plain.deleteLater()
        app.processEvents()
        ours.append(t1 - t0)
        bare.append(t2 - t1)
    vault.lock()
    return statistics.median(ours), statistics.median(bare), shown


def unlock_seconds(folder: Path, key: bytes, runs: int = 5) -> tuple[float, float]:
    """Median time until unlock returns (reads can start: the home screen shows) and until the
    vault is writable (the integrity check has passed and the unlock event is written)."""
    opened, writable = [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        vault = unlock_with_key(folder, key)
        opened.append(time.perf_counter() - t0)
        vault.db.wait_writable()
        writable.append(time.perf_counter() - t0)
        vault.lock()
    return statistics.median(opened), statistics.median(writable)


def main() -> int:
    results: dict[str, object] = {
        "machine": f"{platform.node()} {platform.machine()} {os.cpu_count()} cores, "
        f"Python {platform.python_version()}",
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    rows = []
    growth = Growth()
    work = ROOT / "benchmarks" / ".work"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    try:
        start_vault = build(work / "startvault", 10, notes_per_citizen=2)
        try:
            bare, ours = cold_start(start_vault)
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
        paper = papers(work / "papervault")
        rows.append(
            (
                f"paper: {paper['sheet']} render",
                f"{paper['sheet_ms']:.1f} ms",
                "absolute",
                "≤ 200 ms",
            )
        )
        rows.append(
            (
                f"paper: inzage-overzicht, {paper['inzage_pages']} pages",
                f"{float(paper['inzage_ms']) / 1000:.2f} s",
                "absolute",
                "≤ 2 s",
            )
        )
        results["paper_sheet_ms"] = paper["sheet_ms"]
        results["paper_inzage_pages"] = paper["inzage_pages"]
        results["paper_inzage_ms"] = paper["inzage_ms"]
        opened = intake_open(work / "intakevault")
        rows.append(
            (
                f"open a conversation with {opened['notes']:.0f} notes",
                f"{opened['ms']:.1f} ms",
                f"{opened['ms'] / opened['empty_ms']:.2f}× an empty one",
                "≤ 100 ms",
            )
        )
        results["intake_open_200_notes_ms"] = opened["ms"]
        results["intake_open_empty_ms"] = opened["empty_ms"]
        overview = inzage(work / "inzagevault")
        rows.append(
            (
                f"inzage: {overview['notes']:.0f} notes, {overview['pages']:.0f} pages",
                f"{overview['ms'] / 1000:.2f} s",
                "absolute",
                "(context)",
            )
        )
        results["inzage_500_notes_ms"] = overview["ms"]
        results["inzage_500_notes_pages"] = overview["pages"]
        for size in SIZES:
            folder = build(work / f"vault-{size}", size)
            key = _data_key(folder)
            unlock_s, writable_s = unlock_seconds(folder, key)
            memory = memory_after_unlock(folder, key)
            rows.append(
                (
                    f"memory after unlock (home shown), {size} citizens",
                    f"{memory['unlocked_mb']:.0f} MB",
                    f"bare window {memory['bare_mb']:.0f} MB",
                    "≤ 250 MB",
                )
            )
            results[f"rss_after_unlock_mb_{size}"] = memory["unlocked_mb"]
            results["rss_bare_window_mb"] = memory["bare_mb"]
            growth.add("memory after unlock", size, memory["unlocked_mb"], "MB")
            growth.add("unlock without Argon2id", size, unlock_s * 1000, "ms")
            growth.add("unlock until writable", size, writable_s * 1000, "ms")
            ours_s, plain_s = note_saves(folder, key, size * 20)
            ours_p99, plain_p99 = p99(ours_s), p99(plain_s)
            median_ratio = statistics.median(ours_s) / statistics.median(plain_s)
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
                    f"unlock until writable (integrity check), {size} citizens",
                    f"{writable_s * 1000:.1f} ms",
                    "absolute",
                    "(context)",
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
            rows.append(
                (
                    f"note save median, {size} citizens",
                    f"{statistics.median(ours_s) * 1000:.2f} ms",
                    f"{median_ratio:.2f}× plain sqlite3",
                    "(context)",
                )
            )
            home_s, bare_s, shown = home_screen(folder, key)
            rows.append(
                (
                    f"home screen ({shown} tasks shown), {size} citizens",
                    f"{home_s * 1000:.1f} ms",
                    f"{home_s / bare_s:.1f}× three empty lists",
                    "(context)",
                )
            )
            results[f"home_screen_ms_{size}"] = home_s * 1000
            in_vault = intake_open(folder, session=Session(unlock_with_key(folder, key)))
            growth.add("open a conversation with 200 notes", size, in_vault["ms"], "ms")
            results[f"intake_open_200_notes_ms_{size}"] = in_vault["ms"]
            growth.add("note save p99", size, ours_p99 * 1000, "ms")
            growth.add("note save p99 ÷ plain sqlite3", size, ours_p99 / plain_p99, "×")
            growth.add("home screen", size, home_s * 1000, "ms")
            for kind, samples in search_times(folder, key).items():
                p95 = _p95(samples)
                rows.append(
                    (
                        f"search by {kind} p95, {size} citizens",
                        f"{p95 * 1000:.2f} ms",
                        "absolute",
                        "≤ 30 ms",
                    )
                )
                results[f"search_{kind.replace(' ', '_')}_p95_ms_{size}"] = p95 * 1000
                growth.add(f"search by {kind} p95", size, p95 * 1000, "ms")
            results[f"note_save_median_ratio_{size}"] = median_ratio
            results[f"unlock_ms_{size}"] = unlock_s * 1000
            results[f"unlock_until_writable_ms_{size}"] = writable_s * 1000
            results[f"note_save_p99_ratio_{size}"] = ours_p99 / plain_p99
            results[f"note_save_p99_ms_{size}"] = ours_p99 * 1000
            gone = purge(folder, key)  # last: it changes the vault
            mb = 1024 * 1024
            rows.append(
                (
                    f"erase {gone['erased']:.0f} of {size} dossiers incl. VACUUM",
                    f"{gone['seconds']:.2f} s",
                    f"{gone['bytes_before'] / mb:.1f} → {gone['bytes_after'] / mb:.1f} MB",
                    "(context)",
                )
            )
            for name, value in gone.items():
                results[f"erase_{name}_{size}"] = value
            growth.add("vault file size", size, gone["bytes_before"] / mb, "MB")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(figures_table(str(results["machine"]), rows))
    print()
    print(f"How the figures grow from {SIZES[0]:,} to {SIZES[-1]:,} citizens:")
    print(growth_table(growth, SIZES))
    results["growth"] = {figure: {str(k): v for k, v in by.items()}
                         for figure, by in growth.values.items()}  # fmt: skip
    (ROOT / "benchmarks" / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
