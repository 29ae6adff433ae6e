"""``keukentafel selftest`` and the built app's ``--self-test``: does this installation work?

An administrator runs it after installing (and ``make package`` runs it on every build). It
works only in a throwaway vault in a new temporary folder, never near a worker's vault, and
removes that folder again, also when a step fails. Step by step it reports the SQLCipher
version, checks that FTS5 full-text search works, writes a fictional citizen and a note through
the real services, locks, unlocks with the passphrase and reads them back, renders the
information sheet as a PDF, and loads the Dutch catalog. It stops at the first failure and
names the step; the exit code is then 1.

``app/`` never imports Qt: the Dutch catalog comes through ``load_catalog`` (``ui/cli.py`` and
``ui/self_test.py`` pass ``ui.i18n.load_catalog``), and the desktop app adds its own Qt steps
through ``extra_steps``.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from app import __version__, crypto
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services import session as session_mod

Translate = Callable[[str, str], str]
CatalogLoader = Callable[[str], Translate | None]
Report = Callable[[str], None]

PASSPHRASE = "zelftest wegwerpkluis oefenen"  # noqa: S105 - a throwaway vault, removed at the end
WORKER = session_mod.WorkerIdentity("w-zelftest", "Zelftest Medewerker", "Wmo-consulent", "")
CITIZEN = ("Jan Voorbeeld (zelftest)", "12-04-1941")  # clearly fictional
NOTE = "Zelftest: deze notitie is verzonnen en wordt meteen weer gewist."
# A string the Dutch catalog must translate (any string in it would do; this one is stable).
KNOWN_STRING = ("cli", "Demo passphrase: {passphrase}")
# Argon2id at the production memory floor, one pass: fast, yet the real code path.
SELFTEST_KDF = crypto.KdfParams(time_cost=1, memory_kib=crypto.MIN_MEMORY_KIB, parallelism=1)


class StepFailed(Exception):
    """A step's check did not hold; the message says what was found, in plain words."""


@dataclass
class SelfTestRun:
    """What the steps share: the throwaway folder, the open session, what was written."""

    folder: Path
    kdf: crypto.KdfParams
    on: date
    load_catalog: CatalogLoader | None
    session: session_mod.Session | None = None
    citizen_id: str = ""
    pdf: bytes = b""
    pages: int = 0
    notes: list[str] = field(default_factory=list)

    def open_session(self) -> session_mod.Session:
        if self.session is None or self.session.locked:
            raise StepFailed(translate("SelfTest", "the vault is not open"))
        return self.session

    def close(self) -> None:
        if self.session is not None and not self.session.locked:
            self.session.lock()


Step = tuple[str, Callable[[SelfTestRun], str]]


def step_sqlcipher(run: SelfTestRun) -> str:
    conn = sqlcipher3.connect(":memory:")
    try:
        conn.execute("PRAGMA key = 'selftest'")
        cipher = _pragma(conn, "cipher_version")
        provider = _pragma(conn, "cipher_provider_version")
        sqlite = str(conn.execute("SELECT sqlite_version()").fetchone()[0])
    finally:
        conn.close()
    if not cipher:
        raise StepFailed(translate("SelfTest", "this SQLite library is not SQLCipher"))
    return f"{cipher} (SQLite {sqlite}; {provider or '?'})"


def step_fts5(run: SelfTestRun) -> str:
    conn = sqlcipher3.connect(":memory:")
    try:
        conn.execute("CREATE VIRTUAL TABLE selftest USING fts5(body)")
        conn.execute("INSERT INTO selftest (body) VALUES ('hulp bij het huishouden')")
        conn.execute("INSERT INTO selftest (body) VALUES ('vervoer naar de dagbesteding')")
        found = conn.execute(
            "SELECT body FROM selftest WHERE selftest MATCH 'huishoud*'"
        ).fetchall()
    except sqlcipher3.OperationalError as exc:
        raise StepFailed(str(exc)) from exc
    finally:
        conn.close()
    if [row[0] for row in found] != ["hulp bij het huishouden"]:
        raise StepFailed(
            translate("SelfTest", "MATCH found {count} rows, expected 1").format(count=len(found))
        )
    return translate("SelfTest", "MATCH found the one matching row")


def step_write(run: SelfTestRun) -> str:
    from app.services.profiles import install_profile, shipped_profiles

    demo = next((choice for choice in shipped_profiles() if choice.demo), None)
    if demo is None:
        raise StepFailed(translate("SelfTest", "the demo profile is missing from resources"))
    run.session = session_mod.create(run.folder, PASSPHRASE, WORKER, run.kdf)
    install_profile(run.session, demo)
    citizen = run.session.caseload.add_citizen(*CITIZEN)
    run.session.caseload.add_note(citizen.id, NOTE)
    run.citizen_id = citizen.id
    return translate("SelfTest", "a fictional citizen and a note, in a new vault")


def step_lock_unlock(run: SelfTestRun) -> str:
    run.open_session().lock()
    run.session = session_mod.unlock(run.folder, PASSPHRASE)
    citizen, notes = run.session.caseload.open_citizen(run.citizen_id)
    if citizen.name != CITIZEN[0] or [n.body for n in notes] != [NOTE]:
        raise StepFailed(translate("SelfTest", "what was read back differs from what was written"))
    if citizen.id not in {c.id for c in run.session.caseload.search("Voorbeeld")}:
        raise StepFailed(translate("SelfTest", "the search did not find the citizen"))
    if not run.session.vault.integrity_check():
        raise StepFailed(translate("SelfTest", "the encrypted file failed its integrity check"))
    return translate("SelfTest", "read back, found by search, integrity check passed")


def step_pdf(run: SelfTestRun) -> str:
    from app.documents import information_sheet
    from app.documents.compose import PaperContext
    from app.domain.profile import Role
    from app.services.profiles import installed_profile

    verified = installed_profile(run.open_session())
    if verified is None:
        raise StepFailed(translate("SelfTest", "no agency profile in the vault"))
    profile = verified.profile
    worker = profile.roster[0] if profile.roster else None
    ctx = PaperContext(profile, Role.TOELEIDING, worker, run.on, number="KT-ZELFTEST")
    paper = information_sheet.build(ctx, CITIZEN[0])
    if not paper.pdf.startswith(b"%PDF-") or paper.pages < 1 or b"/Type /Page" not in paper.pdf:
        raise StepFailed(translate("SelfTest", "the output is not a PDF with a page"))
    run.pdf, run.pages = paper.pdf, paper.pages
    return translate("SelfTest", "{pages} page(s), {size} kB").format(
        pages=paper.pages, size=len(paper.pdf) // 1024
    )


def step_catalog(run: SelfTestRun) -> str:
    if run.load_catalog is None:
        return translate("SelfTest", "not checked: run it through the keukentafel program")
    dutch = run.load_catalog("nl")
    if dutch is None:
        raise StepFailed(translate("SelfTest", "translations/keukentafel_nl.qm is missing"))
    context, text = KNOWN_STRING
    found = dutch(context, text)
    if not found or found == text or "{passphrase}" not in found:
        raise StepFailed(translate("SelfTest", "the catalog does not translate a known string"))
    return f"“{text}” → “{found}”"


# Step names, translated when shown (QT_TRANSLATE_NOOP: lupdate sees them here).
STEPS: tuple[Step, ...] = (
    (QT_TRANSLATE_NOOP("SelfTest", "SQLCipher"), step_sqlcipher),
    (QT_TRANSLATE_NOOP("SelfTest", "FTS5 full-text search"), step_fts5),
    (QT_TRANSLATE_NOOP("SelfTest", "Write to a new vault"), step_write),
    (QT_TRANSLATE_NOOP("SelfTest", "Lock and unlock"), step_lock_unlock),
    (QT_TRANSLATE_NOOP("SelfTest", "Information sheet PDF"), step_pdf),
    (QT_TRANSLATE_NOOP("SelfTest", "Dutch catalog"), step_catalog),
)


def run_self_test(
    report: Report = print,
    *,
    kdf: crypto.KdfParams = SELFTEST_KDF,
    load_catalog: CatalogLoader | None = None,
    extra_steps: Sequence[Step] = (),
    temp_parent: Path | None = None,
    on: date | None = None,
) -> int:
    """Run every step, one line each through ``report``; 0 when all pass, else 1.

    The throwaway vault lives in a new folder under ``temp_parent`` (the system's temporary
    folder by default) that is removed before this returns, whatever happened.
    """
    report(f"keukentafel {__version__}")
    work = Path(tempfile.mkdtemp(prefix="kt-selftest-", dir=temp_parent))
    run = SelfTestRun(
        work / "vault", kdf, on or datetime.now(UTC).astimezone().date(), load_catalog
    )
    failed = ""
    try:
        for name, step in (*STEPS, *extra_steps):
            try:
                detail = step(run)
            except Exception as exc:  # every failure is reported, named by its step
                failed = translate("SelfTest", name)
                report(f"FAILED {failed}: {_reason(exc)}")
                break
            report(f"OK     {translate('SelfTest', name)}: {detail}")
    finally:
        run.close()
        shutil.rmtree(work, ignore_errors=True)
    if not failed and work.exists():
        failed = translate("SelfTest", "Remove the temporary folder")
        report(f"FAILED {failed}: {work}")
    if failed:
        report(translate("SelfTest", "Self-test FAILED at step: {step}.").format(step=failed))
        return 1
    report(translate("SelfTest", "Self-test passed; the temporary vault was removed."))
    return 0


def _pragma(conn: sqlcipher3.Connection, name: str) -> str:
    row = conn.execute(f"PRAGMA {name}").fetchone()
    return str(row[0]) if row else ""


def _reason(exc: BaseException) -> str:
    text = str(exc).strip()
    return text if isinstance(exc, StepFailed) and text else f"{type(exc).__name__}: {text}"


def run(args: argparse.Namespace) -> int:
    return run_self_test(load_catalog=getattr(args, "load_catalog", None))


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "selftest",
        help=translate(
            "cli", "check this installation in a throwaway vault (SQLCipher, FTS5, PDF, catalog)"
        ),
    )
    parser.set_defaults(handler=run)
