"""Issue 10, damaged files: a truncated, zero-length or bit-flipped key file or database, a
database from a newer version, an unwritable folder and a full disk each get their own plain
message, and ``vault.db``, its ``-wal`` and ``vault.key`` keep their exact bytes.

A flipped bit in a page that unlock does not read is caught by the integrity check that holds
every write back (``app.storage.write_gate``): the vault opens, reads work, and the first write
is refused with its own message. A database is never quietly replaced by a new empty one.

What "unchanged" compares: the SHA-256 of every file in the vault folder, before and after the
attempt, except the content-free failure counter ``vault.failures`` (a wrong passphrase adds
it). The full-disk note save is the exception, stated there.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from app import crypto
from app.services.session import Session
from app.storage import errors, keyfile
from app.storage.db import Database
from app.storage.vault import VaultPaths, unlock
from tests.app.conftest import PASSPHRASE
from tests.support.damage import PAGE, flip_bit, unread_page
from tests.support.files import fingerprint

ROOT = Path(__file__).resolve().parents[2]


def _without_counter(found: dict[str, str]) -> dict[str, str]:
    """File hashes without the content-free failure counter, which an attempt may add."""
    return {name: digest for name, digest in found.items() if name != "vault.failures"}


def _files(folder: Path) -> dict[str, str]:
    return _without_counter(fingerprint(folder))


def _data_key(folder: Path) -> bytes:
    kf = keyfile.read(VaultPaths(folder).key)
    kek = crypto.derive_key(PASSPHRASE, kf.kdf_salt, kf.kdf)
    return crypto.unwrap_key(kf.nonce, kf.ciphertext, kek, kf.aad())


def _unlock_then_write(folder: Path) -> None:
    """Unlock (which may succeed), then save a note: the worker's first write."""
    vault = unlock(folder, PASSPHRASE)
    try:
        session = Session(vault)
        citizen = session.caseload.search("")[0]  # reads work while the check runs
        session.caseload.add_note(citizen.id, "Tweede notitie.")
    finally:
        vault.lock()


# -- the matrix: one case per kind of damage, each with its own message ----------------------
def _key_cut(folder: Path) -> None:
    key = VaultPaths(folder).key
    key.write_bytes(key.read_bytes()[: len(key.read_bytes()) // 2])


def _key_empty(folder: Path) -> None:
    VaultPaths(folder).key.write_bytes(b"")


def _key_flipped(folder: Path) -> None:
    key = VaultPaths(folder).key
    flip_bit(key, key.read_bytes().index(b'"ciphertext": "') + 20, bit=1)


def _db_cut(folder: Path) -> None:
    db = VaultPaths(folder).db
    db.write_bytes(db.read_bytes()[: db.stat().st_size // 2])


def _db_empty(folder: Path) -> None:
    VaultPaths(folder).db.write_bytes(b"")


def _db_flipped_where_unlock_reads(folder: Path) -> None:
    flip_bit(VaultPaths(folder).db, 200)  # page 1, after the 16-byte salt: its HMAC fails


def _db_flipped_where_unlock_does_not_read(folder: Path) -> None:
    page = unread_page(folder, PASSPHRASE)
    flip_bit(VaultPaths(folder).db, (page - 1) * PAGE + 1000)


def _db_newer(folder: Path) -> None:
    db = Database(VaultPaths(folder).db, _data_key(folder))
    try:
        db.transaction(lambda c: c.execute("PRAGMA user_version = 999"))
    finally:
        db.close()  # the last connection checkpoints: no -wal left


def _folder_not_writable(folder: Path) -> None:
    # CI runs as root, where chmod does not stop writes. SQLite must create vault.db-wal beside
    # the database; a directory in its place makes that fail exactly as a read-only folder does
    # (SQLITE_CANTOPEN). Non-root runs also try a real read-only folder (below).
    (folder / "vault.db-wal").mkdir()


CASES: dict[str, tuple[Callable[[Path], None], type[errors.VaultError], str]] = {
    "key file cut short": (
        _key_cut,
        errors.KeyFileTruncated,
        "The key file (vault.key) is incomplete: its end is missing.",
    ),
    "key file empty": (
        _key_empty,
        errors.KeyFileEmpty,
        "The key file (vault.key) is empty: it holds no data at all.",
    ),
    "key file bit flipped": (
        _key_flipped,
        errors.KeyFileDamaged,
        "The key file (vault.key) is damaged. Your passphrase was not checked.",
    ),
    "database cut short": (
        _db_cut,
        errors.DatabaseTruncated,
        "The vault file (vault.db) is incomplete: its end is missing.",
    ),
    "database empty": (
        _db_empty,
        errors.DatabaseEmpty,
        "The vault file (vault.db) is empty: it holds no data at all.",
    ),
    "database bit flipped where unlock reads": (
        _db_flipped_where_unlock_reads,
        errors.DatabaseDamaged,
        "Your passphrase is correct, but the vault file is damaged.",
    ),
    "database bit flipped where unlock does not read": (
        _db_flipped_where_unlock_does_not_read,
        errors.DamageFoundAfterUnlock,
        "The check after unlocking found damage in the vault file.",
    ),
    "database from a newer version": (
        _db_newer,
        errors.SchemaTooNew,
        "This vault was made by a newer version of Keukentafel.",
    ),
    "folder not writable": (
        _folder_not_writable,
        errors.FolderNotWritable,
        "Keukentafel cannot write in the vault folder.",
    ),
}
FULL_DISK = (errors.DiskFull, "The disk is full, so your last change was not saved.")


@pytest.mark.parametrize("case", list(CASES))
def test_each_damage_is_refused_with_its_own_message_and_the_files_keep_their_bytes(
    locked_vault: Path, case: str
) -> None:
    damage, expected, message = CASES[case]
    damage(locked_vault)
    before = _files(locked_vault)
    with pytest.raises(errors.VaultError) as caught:
        _unlock_then_write(locked_vault)
    refusal = caught.value
    assert type(refusal) is expected, f"{case}: {refusal}"
    assert str(refusal).startswith(message), str(refusal)
    assert _files(locked_vault) == before, f"{case}: {refusal}"


def test_every_damage_has_a_message_of_its_own() -> None:
    shown = [str(expected()) for _, expected, _ in CASES.values()] + [str(FULL_DISK[0]())]
    assert len(set(shown)) == len(shown) == 10
    for text in shown:
        assert "sqlite" not in text.lower()  # plain words only


CUTS: dict[str, Callable[[int], int]] = {  # the length kept, from the full length
    "empty": lambda n: 0,
    "one byte": lambda n: 1,
    "one page": lambda n: PAGE,
    "page and a half": lambda n: PAGE * 3 // 2,
    "half": lambda n: n // 2,
    "all but a byte": lambda n: n - 1,
    "all but a page": lambda n: n - PAGE,
}


@pytest.mark.parametrize("size", list(CUTS))
def test_a_truncated_database_is_refused_and_not_replaced(locked_vault: Path, size: str) -> None:
    db = VaultPaths(locked_vault).db
    data = db.read_bytes()
    cut = CUTS[size](len(data))
    db.write_bytes(data[:cut])
    before = _files(locked_vault)
    with pytest.raises(errors.DatabaseDamaged) as caught:
        unlock(locked_vault, PASSPHRASE)
    expected = errors.DatabaseEmpty if cut == 0 else errors.DatabaseTruncated
    assert type(caught.value) is expected, str(caught.value)
    assert _files(locked_vault) == before  # no new schema written over it
    assert db.stat().st_size == cut


def _open_or_refuse(folder: Path) -> str:
    """``refused: <error>`` at unlock, or ``reported``: the vault opened, the check found the
    damage and the first write was refused; ``ok`` when nothing noticed."""
    try:
        vault = unlock(folder, PASSPHRASE)
    except errors.VaultError as exc:
        refused = f"refused: {type(exc).__name__}"
        return refused if str(exc).strip() else "refused without a message"
    try:
        if vault.integrity_check():
            return "ok"
        with pytest.raises(errors.DamageFoundAfterUnlock):
            vault.audit("probe")
        assert vault.damaged
        return "reported"
    finally:
        vault.lock()


def test_a_bit_flipped_anywhere_in_the_database_never_passes_unnoticed(
    locked_vault: Path,
) -> None:
    """One flipped bit in the salt and in each of a seeded sample of pages (the first three,
    the last and 30 more): refused at unlock or reported by the check, never "ok", never
    another exception, and the files keep their bytes."""
    db = VaultPaths(locked_vault).db
    original = db.read_bytes()
    rng = random.Random(20261123)
    pages = len(original) // PAGE
    assert pages >= 40
    sample = sorted({0, 1, 2, pages - 1, *rng.sample(range(pages), 30)})
    outcomes = set()
    for offset in [5, *(page * PAGE + rng.randrange(PAGE) for page in sample)]:
        page = offset // PAGE
        damaged = bytearray(original)
        damaged[offset] ^= 1 << rng.randrange(8)
        db.write_bytes(bytes(damaged))
        before = _files(locked_vault)
        outcome = _open_or_refuse(locked_vault)
        assert outcome in ("refused: DatabaseDamaged", "reported"), (page, offset, outcome)
        assert _files(locked_vault) == before, (page, offset)
        outcomes.add(outcome)
    assert outcomes == {"refused: DatabaseDamaged", "reported"}  # both paths were exercised
    db.write_bytes(original)
    assert _open_or_refuse(locked_vault) == "ok"  # the control: the undamaged file opens


def test_every_bit_flip_in_the_key_file_is_damage_never_a_wrong_passphrase(
    locked_vault: Path,
) -> None:
    """A damaged key file must never count as a wrong passphrase (that would start the wait
    after five attempts and send the worker looking for a passphrase that is right)."""
    paths = VaultPaths(locked_vault)
    original = paths.key.read_bytes()
    before = fingerprint(locked_vault)
    rng = random.Random(7)
    kinds = set()
    ends = [*range(8), *range(len(original) - 8, len(original))]
    for offset in sorted({*ends, *rng.sample(range(len(original)), 150)}):  # one bit each
        flip_bit(paths.key, offset, rng.randrange(8))
        damaged = paths.key.read_bytes()
        with pytest.raises(errors.KeyFileDamaged) as caught:
            unlock(locked_vault, PASSPHRASE)
        kinds.add(type(caught.value).__name__)
        assert paths.key.read_bytes() == damaged
        assert not paths.failures.exists(), offset  # not counted as a wrong passphrase
        paths.key.write_bytes(original)
    assert fingerprint(locked_vault) == before
    assert "KeyFileDamaged" in kinds


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere: simulated above")
def test_a_really_read_only_folder_is_refused_untouched(locked_vault: Path) -> None:
    before = _files(locked_vault)
    locked_vault.chmod(0o500)
    try:
        with pytest.raises(errors.FolderNotWritable):
            unlock(locked_vault, PASSPHRASE)
    finally:
        locked_vault.chmod(0o700)
    assert _files(locked_vault) == before


# -- writes wait for the check; a failed check changes nothing, even with an old -wal --------
def test_writes_wait_for_the_check_while_reads_go_on(locked_vault: Path) -> None:
    db = Database(VaultPaths(locked_vault).db, _data_key(locked_vault), hold_writes=True)
    written = threading.Event()

    def write() -> None:
        db.transaction(lambda c: c.execute("UPDATE meta SET value = value WHERE key = 'x'"))
        written.set()

    writer = threading.Thread(target=write)
    try:
        writer.start()
        assert db.run(lambda c: c.execute("SELECT count(*) FROM citizen").fetchone()[0]) == 1
        assert not written.wait(0.2)  # held: the check has not even started
        db.start_check()
        writer.join(10)
        assert written.is_set()
    finally:
        db.close()


def test_the_held_back_unlock_write_goes_before_any_write_that_waited(
    locked_vault: Path,
) -> None:
    db = Database(VaultPaths(locked_vault).db, _data_key(locked_vault), hold_writes=True)
    order: list[str] = []
    db.after_check(lambda: db.transaction(lambda c: order.append("unlock event")))
    writer = threading.Thread(target=lambda: db.transaction(lambda c: order.append("note")))
    try:
        writer.start()
        writer.join(0.2)  # the writer now waits at the gate
        db.start_check()
        writer.join(10)
        db.wait_writable()
    finally:
        db.close()
    assert order == ["unlock event", "note"]


def test_a_held_back_write_that_fails_is_told_by_the_verdict(locked_vault: Path) -> None:
    db = Database(VaultPaths(locked_vault).db, _data_key(locked_vault), hold_writes=True)

    def disk_full() -> None:
        raise errors.DiskFull(detail="unlock event")

    try:
        db.after_check(disk_full)
        db.start_check()
        with pytest.raises(errors.DiskFull):
            db.wait_writable()
        db.transaction(lambda c: c.execute("UPDATE meta SET value = value"))  # the gate is open
    finally:
        db.close()


def test_unlock_writes_its_event_once_the_check_passed(locked_vault: Path) -> None:
    vault = unlock(locked_vault, PASSPHRASE)
    assert vault.integrity_check()  # the verdict, and the held-back events are in
    actions = vault.db.run(
        lambda c: [r[0] for r in c.execute("SELECT action FROM audit_event ORDER BY seq")]
    )
    vault.lock()
    assert actions[-2:] == ["lock", "unlock"]


def test_wait_writable_never_hangs_when_opening_the_gate_fails(
    locked_vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found in review: if switching the connection back to writable raised, the waiters were
    never released and a lock froze the window. Now the error reaches them instead."""

    def broken(self: Database, conn: object) -> None:
        raise errors.DiskFull(detail="test")

    monkeypatch.setattr(Database, "_allow_writes", broken)
    vault = unlock(locked_vault, PASSPHRASE)
    outcome: list[str] = []

    def wait() -> None:
        try:
            vault.db.wait_writable()
            outcome.append("writable")
        except errors.VaultError as exc:
            outcome.append(type(exc).__name__)

    waiter = threading.Thread(target=wait, daemon=True)
    waiter.start()
    waiter.join(timeout=20)
    hung = waiter.is_alive()
    monkeypatch.undo()
    vault.lock()
    assert not hung
    assert outcome == ["DiskFull"]


def test_lock_leaves_no_check_thread_behind(locked_vault: Path) -> None:
    def checkers() -> int:
        return sum(t.name.startswith("keukentafel-db") for t in threading.enumerate())

    already = checkers()
    for _ in range(5):
        unlock(locked_vault, PASSPHRASE).lock()
        db = Database(VaultPaths(locked_vault).db, _data_key(locked_vault), hold_writes=True)
        db.start_check()
        db.close()  # at once: the check is interrupted or waited for, never left running
    assert checkers() == already


def test_a_failed_check_keeps_an_old_wal_and_the_damaged_file_as_they_were(
    locked_vault: Path, tmp_path: Path
) -> None:
    """A crash left committed frames in ``vault.db-wal``. The check finds a damaged page, so
    closing must not checkpoint those frames into the damaged file."""
    page = unread_page(locked_vault, PASSPHRASE)
    vault = unlock(locked_vault, PASSPHRASE)
    session = Session(vault)
    vault.db.run(lambda c: c.execute("PRAGMA wal_autocheckpoint = 0").fetchone())
    citizen = session.caseload.search("")[0]
    for n in range(3):
        session.caseload.add_note(citizen.id, f"Notitie {n} na de crash.")
    crashed = tmp_path / "crashed"
    shutil.copytree(locked_vault, crashed)  # what a SIGKILL leaves: vault.db, -wal, -shm
    vault.lock()
    assert (crashed / "vault.db-wal").stat().st_size > 0
    flip_bit(VaultPaths(crashed).db, (page - 1) * PAGE + 2000)
    before = _files(crashed)
    assert _open_or_refuse(crashed) == "reported"
    after = _files(crashed)
    for name in ("vault.db", "vault.db-wal", "vault.key"):  # -shm: SQLite's index, no data
        assert after[name] == before[name], name


# -- a full disk, in a subprocess with RLIMIT_FSIZE ---------------------------------------
CHILD = r"""
import hashlib, json, os, resource, signal, sys
from pathlib import Path
from app.services.session import Session
from app.storage.errors import VaultError
from app.storage.vault import unlock
from tests.app.conftest import PASSPHRASE

folder, stage, limit = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
names = ("vault.db", "vault.key")

def snapshot(wal_prefix):
    wal = folder / "vault.db-wal"
    data = wal.read_bytes() if wal.exists() else b""
    found = {n: hashlib.sha256((folder / n).read_bytes()).hexdigest() for n in names}
    found["wal_size"] = len(data)
    found["wal_prefix"] = hashlib.sha256(data[:wal_prefix]).hexdigest()
    return found

def report(exc, **more):
    print(json.dumps({"error": type(exc).__name__, "message": str(exc), **more}), flush=True)
    os._exit(0)  # as the app leaves it: no lock, no close, nothing more written

signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
if stage == "unlock":
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    try:
        unlock(folder, PASSPHRASE).lock()
    except VaultError as exc:
        report(exc)
    print(json.dumps({"error": None}), flush=True)
    os._exit(0)
vault = unlock(folder, PASSPHRASE)
vault.db.wait_writable()
session = Session(vault)
citizen = session.caseload.search("")[0]
limit = (folder / "vault.db-wal").stat().st_size + limit
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
saved = []
while len(saved) < 1000:
    size = (folder / "vault.db-wal").stat().st_size
    before = snapshot(size)
    try:
        saved.append(session.caseload.add_note(citizen.id, "notitie " + "x" * 3000).id)
    except VaultError as exc:
        report(exc, saved=saved, before=before, after=snapshot(size))
print(json.dumps({"error": None}), flush=True)
"""


def _child(folder: Path, stage: str, limit: int) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(folder), stage, str(limit)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, done.stderr[-2000:]
    result: dict[str, object] = json.loads(lines[-1])
    return result


def test_a_full_disk_at_unlock_is_reported_and_changes_nothing(locked_vault: Path) -> None:
    before = _files(locked_vault)
    # 16 KiB: SQLite cannot size its 32 KiB shared-memory index beside the database.
    result = _child(locked_vault, "unlock", 16 * 1024)
    assert result["error"] == FULL_DISK[0].__name__, result
    assert str(result["message"]).startswith(FULL_DISK[1])
    assert _files(locked_vault) == before  # and no half-made -wal or -shm left behind


def test_a_full_disk_during_a_note_save_keeps_every_saved_note_and_the_files(
    locked_vault: Path,
) -> None:
    """What is compared: ``vault.db`` and ``vault.key`` byte for byte, just before and just
    after the failing save; of ``vault.db-wal`` the bytes up to its size before the save. The
    committed frames are those bytes; the failed save may leave a partial frame after them,
    without a commit mark, which SQLite ignores and overwrites."""
    result = _child(locked_vault, "save", 48 * 1024)
    assert result["error"] == FULL_DISK[0].__name__, result
    assert str(result["message"]).startswith(FULL_DISK[1])
    before, after = result["before"], result["after"]
    assert isinstance(before, dict)
    assert isinstance(after, dict)
    for name in ("vault.db", "vault.key", "wal_prefix"):
        assert after[name] == before[name], name
    saved = result["saved"]
    assert isinstance(saved, list)
    assert saved  # some notes were saved before the disk filled
    vault = unlock(locked_vault, PASSPHRASE)
    try:
        assert vault.integrity_check()
        rows = vault.db.run(lambda c: c.execute("SELECT id FROM note").fetchall())
        stored = {row[0] for row in rows}
    finally:
        vault.lock()
    assert set(saved) <= stored
