"""Vaults to crash, and the judge of what a crash left: the old state, the new one, or worse.

:class:`Lab` builds one template vault per kind of operation, runs each operation once
in-process (recording the fault points it passes, in order, and the state it ends in), and then
kills copies of the template at named points with ``tests/support/crasher.py``. After a kill
:meth:`Lab.kill` judges the folder as it was left:

* ``locked_out``: the key file is unreadable, neither passphrase unwraps the data key, the
  database does not open or fails ``cipher_integrity_check``, or the next real unlock fails;
* ``old`` / ``new``: the whole observable state equals the template's or the finished run's:
  schema version and schema objects (migration); which passphrase opens the key file
  (passphrase change, recovery reset); every row of every table except the audit log's unlock
  and lock lines, and the audit lines themselves (erasure);
* ``between``: a migration of several steps stopped between two committed steps (each step is
  one transaction; the next unlock finishes the rest);
* ``mix``: anything else, for example the deletion decided but the dossier still there.

Problems that are not a state (a migration backup that does not open, erased words still in the
file after the next unlock, a foreign-key orphan) are listed on the :class:`Outcome`; a test
asserts there are none. Every name is fictional.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import shutil
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyrage

from app import crypto
from app.crypto import TEST_KDF
from app.domain.closing import IntakeStatus
from app.domain.intake import IntakeMode
from app.domain.retention import Block, BlockDecision, Decision
from app.domain.rights import RightKind
from app.services import session as session_mod
from app.services.retention import RetentionService
from app.services.rights import RightsService
from app.services.session import WorkerIdentity
from app.storage import fault_points, keyfile, migrate
from app.storage.db import Connection, Database
from app.storage.errors import VaultError
from app.storage.vault import unlock, unlock_with_key
from app.storage.vault_paths import VaultPaths
from tests.support.bundles import filled
from tests.support.crasher import (
    NEW,
    OLD,
    START,
    WORKER_ID,
    WORKER_NAME,
    clock_at,
    crash,
    perform,
)
from tests.support.intake import informed_intake, intakes
from tests.support.sqlcipher_pages import scan_vault

DELETED = "Wixbo Verdwijnsma"  # the citizen whose deletion request is granted
DESTROYED = "Quarto Bewaarsma"  # the citizen destroyed after the hand-over period
KEPT = "Els Blijftsma"  # a bystander who must survive every purge
STEPS = 2  # the migration template is this many schema versions behind
WORKER = WorkerIdentity(WORKER_ID, WORKER_NAME, "Wmo-consulent", "Team Proef")
QUIET = {"unlock", "lock", "unlock_failed"}  # audit lines every opening writes
TEMPLATES = {
    "migration": "migration",
    "passphrase": "keys",
    "recovery_reset": "keys",
    "deletion": "purge",
    "retention": "purge",
}
ARCHIVE = (
    BlockDecision(Block.DOSSIER, Decision.ARCHIVE),
    BlockDecision(Block.WERKDOSSIER, Decision.CONTRIBUTED),
    BlockDecision(Block.REGIE, Decision.DESTROY),
)


@dataclass(frozen=True)
class Outcome:
    operation: str
    point: str
    killed: bool  # died by SIGKILL right after announcing ``point``
    state: str  # old / new / between / mix / locked_out
    problems: tuple[str, ...] = ()
    leftovers: int = 0  # temporary key files a killed write left beside the vault


@dataclass
class _Reference:
    points: tuple[str, ...] = ()
    old: Any = None
    new: Any = None
    arg: str = ""
    sentinel: str = ""
    schemas: dict[int, Any] = field(default_factory=dict)  # migration: objects per version


# -- reading a vault ------------------------------------------------------------------------
def data_key(folder: Path, passphrase: str = OLD) -> bytes:
    kf = keyfile.read(VaultPaths(folder).key)
    kek = crypto.derive_key(passphrase, kf.kdf_salt, kf.kdf)
    return crypto.unwrap_key(kf.nonce, kf.ciphertext, kek, kf.aad())


def read_raw(path: Path, key: bytes, fn: Callable[[Connection], Any]) -> Any:
    """Run ``fn`` on a plain connection: no migration, no audit line."""
    db = Database(path, key)
    try:
        return db.run(fn)
    finally:
        db.close()


def schema(conn: Connection) -> tuple[int, frozenset[tuple[str, ...]]]:
    rows = conn.execute("SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master")
    return migrate.schema_version(conn), frozenset(tuple(r) for r in rows.fetchall())


def healthy(conn: Connection) -> bool:
    return (
        not conn.execute("PRAGMA cipher_integrity_check").fetchall()
        and conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    )


def content(conn: Connection) -> tuple[dict[str, str], Counter[tuple[str, str, str]]]:
    """A digest of every table's rows (audit log and FTS internals aside) and the audit lines
    other than unlock and lock."""
    names = [
        str(r[0])
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
    ]
    fts = [n for n in names if "USING fts5" in _sql(conn, n)]
    digests = {}
    for name in names:
        if name == "audit_event" or any(name.startswith(f"{f}_") for f in fts):
            continue
        rows = sorted(repr(tuple(r)) for r in conn.execute(f'SELECT * FROM "{name}"'))  # noqa: S608
        digests[name] = hashlib.sha256("\n".join(rows).encode()).hexdigest()[:16]
    lines = conn.execute("SELECT action, object_type, object_id FROM audit_event").fetchall()
    audit = Counter((str(a), str(t), str(i)) for a, t, i in lines if a not in QUIET)
    return digests, audit


def orphan_rows(conn: Connection) -> list[Any]:
    return list(conn.execute("PRAGMA foreign_key_check").fetchall())


def _sql(conn: Connection, name: str) -> str:
    row = conn.execute("SELECT coalesce(sql, '') FROM sqlite_master WHERE name = ?", (name,))
    return str(row.fetchone()[0])


@contextlib.contextmanager
def shipped_up_to(version: int) -> Iterator[None]:
    """Pretend the code ships only the first ``version`` migrations (an older release)."""
    original = migrate.available_migrations
    migrate.available_migrations = lambda: original()[:version]  # type: ignore[assignment]
    try:
        yield
    finally:
        migrate.available_migrations = original  # type: ignore[assignment]


@contextlib.contextmanager
def recording(points: list[str]) -> Iterator[None]:
    fault_points.install(points.append)
    try:
        yield
    finally:
        fault_points.install(None)


# -- the lab --------------------------------------------------------------------------------
class Lab:
    """Templates, references and the judge; ``root`` is a scratch folder it owns."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._runs = itertools.count()
        self.identity = str(pyrage.x25519.Identity.generate())
        self.latest = migrate.latest_version()
        self.refs: dict[str, _Reference] = {}
        self._build_migration()
        self._build_keys()
        self._build_purges()

    def points(self, operation: str) -> tuple[str, ...]:
        """The fault points the operation passed, in order, in its reference run."""
        return self.refs[operation].points

    def template(self, operation: str) -> Path:
        return self.root / TEMPLATES[operation]

    def copy(self, operation: str) -> Path:
        """A fresh copy of the operation's template vault (for a kill or a planted fault)."""
        target = self.root / f"run-{next(self._runs)}"
        shutil.copytree(self.template(operation), target)
        return target

    def _reference_run(self, operation: str) -> Path:
        """Run the operation in-process on a copy; record its points."""
        folder, seen = self.copy(operation), []
        ref = self.refs.setdefault(operation, _Reference())
        with recording(seen):
            perform(operation, folder, ref.arg, self.identity)
        ref.points = tuple(seen)
        return folder

    # -- builders -------------------------------------------------------------------------
    def _build_migration(self) -> None:
        folder, start = self.root / "migration", self.latest - STEPS
        with shipped_up_to(start):
            s = session_mod.create(folder, OLD, WORKER, TEST_KDF, now=clock_at(START))
            citizen = s.caseload.add_citizen("Mira Migratiesma")
            s.caseload.add_note(citizen.id, "Belde over de drempel bij de voordeur.")
            s.lock()
        self.migration_key = data_key(folder)
        ref = self.refs.setdefault("migration", _Reference())
        db = VaultPaths(folder).db
        ref.schemas[start] = read_raw(db, self.migration_key, schema)[1]
        ref.old = read_raw(db, self.migration_key, lambda c: content(c)[0]["note"])
        for version in range(start + 1, self.latest):
            copy = self.copy("migration")
            with shipped_up_to(version):
                unlock_with_key(copy, self.migration_key).lock()
            ref.schemas[version] = read_raw(VaultPaths(copy).db, self.migration_key, schema)[1]
        done = self._reference_run("migration")
        ref.schemas[self.latest] = read_raw(VaultPaths(done).db, self.migration_key, schema)[1]

    def _build_keys(self) -> None:
        recipient = str(pyrage.x25519.Identity.from_str(self.identity).to_public())
        folder = self.root / "keys"
        s = session_mod.create(folder, OLD, WORKER, TEST_KDF, recipient, clock_at(START))
        s.caseload.add_citizen("Karel Sleutelsma")
        s.lock()
        self.keys_key = data_key(folder)
        for operation in ("passphrase", "recovery_reset"):
            self._reference_run(operation)

    def _build_purges(self) -> None:
        folder = self.root / "purge"
        clock = clock_at(START)
        s = session_mod.create(folder, OLD, WORKER, TEST_KDF, now=clock)
        kit = intakes(s, clock)
        profile, db, trail = kit.service.profile, s.vault.db, s.trail
        deleted = filled(kit, name=DELETED)  # notes in every compartment, a network person
        rights = RightsService(db, trail, profile, clock)
        request = rights.record(deleted.citizen_id, RightKind.VERWIJDERING, START.date())
        retention = RetentionService(db, trail, profile, clock)
        intake_id = informed_intake(kit, None, mode=IntakeMode.CONTACT_ONLY, name=DESTROYED)
        retention.close_case(intake_id, IntakeStatus.COMPLETED, ARCHIVE)
        destroyed = kit.service.get(intake_id)
        assert destroyed is not None
        retention.confirm_handover(destroyed.citizen_id, START.date())
        filled(kit, name=KEPT)
        s.lock()
        key = self.purge_key = data_key(folder)
        old = read_raw(VaultPaths(folder).db, key, content)
        for operation, arg, sentinel in (
            ("deletion", request.id, DELETED),
            ("retention", destroyed.citizen_id, DESTROYED),
        ):
            ref = self.refs.setdefault(operation, _Reference(arg=arg, sentinel=sentinel))
            done = self._reference_run(operation)
            ref.old, ref.new = old, read_raw(VaultPaths(done).db, key, content)

    # -- one kill -------------------------------------------------------------------------
    def kill(self, operation: str, point: str) -> Outcome:
        """Copy the template, kill the operation at ``point``, judge what is left."""
        folder = self.copy(operation)
        try:
            ref = self.refs[operation]
            result = crash(operation, point, folder, ref.arg, self.identity)
            state, problems, leftovers = self.judge(operation, folder)
            if result.stderr.strip() and not result.killed:
                problems = [*problems, result.stderr.strip().splitlines()[-1]]
            killed = result.killed and result.killed_at == point
            return Outcome(operation, point, killed, state, tuple(problems), leftovers)
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def judge(self, operation: str, folder: Path) -> tuple[str, list[str], int]:
        """(state, problems, temporary key files left) of the vault in ``folder``."""
        judges = {
            "migration": self._judge_migration, "keys": self._judge_keys,
            "purge": self._judge_purge,
        }  # fmt: skip
        return judges[TEMPLATES[operation]](operation, folder)

    def _judge_migration(self, _op: str, folder: Path) -> tuple[str, list[str], int]:
        ref, paths, problems = self.refs["migration"], VaultPaths(folder), []
        start = self.latest - STEPS
        try:
            version, objects = read_raw(paths.db, self.migration_key, schema)
            ok = read_raw(paths.db, self.migration_key, healthy)
            notes = read_raw(paths.db, self.migration_key, lambda c: content(c)[0]["note"])
        except Exception as exc:
            return "locked_out", [type(exc).__name__], 0
        if not ok:
            return "locked_out", ["integrity check failed"], 0
        if ref.schemas.get(version) != objects or notes != ref.old:
            state = "mix"
        else:
            state = {start: "old", self.latest: "new"}.get(version, "between")
        for backup in folder.glob("*.bak"):
            try:
                b_version, b_objects = read_raw(backup, self.migration_key, schema)
                if ref.schemas.get(b_version) != b_objects or not read_raw(
                    backup, self.migration_key, healthy
                ):
                    problems.append(f"backup {backup.name} not a whole old vault")
            except Exception as exc:
                problems.append(f"backup {backup.name} does not open: {type(exc).__name__}")
        try:
            vault = unlock(folder, OLD, clock_at(START))
        except VaultError as exc:
            return _locked(state, problems, exc), problems, 0
        try:
            if vault.db.run(schema) != (self.latest, ref.schemas[self.latest]):
                problems.append("next unlock did not finish the migration")
            if not vault.integrity_check():
                problems.append("integrity after the next unlock")
        finally:
            vault.lock()
        if list(folder.glob("*.bak")):
            problems.append("migration backup left after the next unlock")
        return state, problems, 0

    def _judge_keys(self, operation: str, folder: Path) -> tuple[str, list[str], int]:
        paths, problems = VaultPaths(folder), []
        leftovers = len(list(folder.glob(".vault.key.*.tmp")))
        try:
            kf = keyfile.read(paths.key)
        except VaultError as exc:
            return "locked_out", [type(exc).__name__], leftovers
        opens = []
        for passphrase in (OLD, NEW):
            kek = crypto.derive_key(passphrase, kf.kdf_salt, kf.kdf)
            with contextlib.suppress(crypto.UnwrapError):
                if crypto.unwrap_key(kf.nonce, kf.ciphertext, kek, kf.aad()) == self.keys_key:
                    opens.append(passphrase)
        if (
            kf.recovery is None
            or crypto.unwrap_with_identity(kf.recovery.ciphertext, self.identity) != self.keys_key
        ):
            problems.append("the recovery wrap no longer opens the vault")
        if not opens:
            return "locked_out", problems, leftovers
        if len(opens) > 1:
            return "mix", problems, leftovers
        try:
            vault = unlock(folder, opens[0], clock_at(START))
        except VaultError as exc:
            return "locked_out", [*problems, f"unlock: {type(exc).__name__}"], leftovers
        try:
            if not vault.integrity_check():
                problems.append("integrity check failed")
        finally:
            vault.lock()
        leftovers = len(list(folder.glob(".vault.key.*.tmp")))  # the unlock removes them
        if leftovers:
            problems.append("temporary key file left after the next unlock")
        return ("old" if opens[0] == OLD else "new"), problems, leftovers

    def _judge_purge(self, operation: str, folder: Path) -> tuple[str, list[str], int]:
        ref, paths, problems = self.refs[operation], VaultPaths(folder), []
        key = self.purge_key
        try:
            now = read_raw(paths.db, key, content)
            ok = read_raw(paths.db, key, healthy)
            orphans = read_raw(
                paths.db, key, lambda c: c.execute("PRAGMA foreign_key_check").fetchall()
            )
        except Exception as exc:
            return "locked_out", [type(exc).__name__], 0
        if not ok:
            return "locked_out", ["integrity check failed"], 0
        if orphans:
            problems.append("rows whose parent is gone")
        state = "old" if now == ref.old else "new" if now == ref.new else "mix"
        if state == "mix":
            problems.append("differs: " + ", ".join(_differences(now, ref.old, ref.new)))
        try:
            unlock(folder, OLD, clock_at(START)).lock()
        except VaultError as exc:
            return _locked(state, problems, exc), problems, 0
        found = scan_vault(folder, key, ref.sentinel)
        if state == "new" and not found.clean:
            problems.append(f"erased words still in the file: {found}")
        if state == "old" and not found.found:
            problems.append("the page scanner found nothing in the old state: it proves nothing")
        return state, problems, 0


def _locked(state: str, problems: list[str], exc: Exception) -> str:
    """The next unlock failed: a lock-out, unless the state was already a mix (kept, so a
    planted mix counts as one)."""
    problems.append(f"next unlock: {type(exc).__name__}")
    return state if state == "mix" else "locked_out"


def _differences(now: Any, old: Any, new: Any) -> list[str]:
    tables = [t for t in now[0] if now[0][t] != old[0].get(t) and now[0][t] != new[0].get(t)]
    audit = [] if now[1] in (old[1], new[1]) else ["audit lines"]
    changed = [t for t in now[0] if now[0][t] != old[0].get(t)]
    return [*tables, *audit] or [f"changed (vs old): {changed}"]
