"""Kills at named points inside a migration, a passphrase change and a purge (issue 10).

Each case copies a template vault, runs the operation in a subprocess that SIGKILLs itself at
one named fault point (``tests/support/crasher.py``), and judges what is left
(``tests/support/crash_states.py``): the old state or the new one (a migration of two steps
may also stop between them), never a mix, never locked out, integrity check passing, and the
next real unlock works. Every case also checks its own kill (exit by SIGKILL right after the
point was announced), and the judge is shown to catch planted mixes and lock-outs.
`make soak` repeats every point several times. All names are fictional.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator

import pytest

from app import crypto
from app.crypto import TEST_KDF
from app.storage import fault_points, keyfile, migrate
from app.storage.vault_paths import VaultPaths
from tests.support.crash_states import DELETED, Lab, data_key, read_raw
from tests.support.crasher import crash

LATEST = migrate.latest_version()
MIGRATION = (
    "migrate.after_backup",
    f"migrate.inside_{LATEST - 1:04d}",
    f"migrate.inside_{LATEST:04d}",
    "migrate.before_backup_removal",
)
KEY_FILE = ("keyfile.before_write", "keyfile.written", "keyfile.renamed")
ERASURE = (
    "erase.rows_deleted",
    "compact.start",
    "compact.vacuumed",
    "compact.before_backup_removal",
)


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Lab]:
    yield Lab(tmp_path_factory.mktemp("crash-lab"))
    fault_points.install(None)


def _assert_clean(lab: Lab, operation: str, point: str, expected: str) -> None:
    outcome = lab.kill(operation, point)
    assert outcome.killed, f"{operation} did not die by SIGKILL at {point}: proved nothing"
    assert outcome.state == expected, outcome
    assert not outcome.problems, outcome


def test_fault_points_do_nothing_until_a_handler_is_installed() -> None:
    seen: list[str] = []
    fault_points.reach("migrate.after_backup")  # no handler: nothing happens
    fault_points.install(seen.append)
    try:
        fault_points.reach("keyfile.written")
    finally:
        fault_points.install(None)
    fault_points.reach("keyfile.renamed")
    assert seen == ["keyfile.written"]


def test_each_operation_passes_its_named_points_in_order(lab: Lab) -> None:
    assert lab.points("migration") == MIGRATION
    assert lab.points("passphrase") == KEY_FILE
    assert lab.points("recovery_reset") == KEY_FILE
    assert lab.points("deletion") == ERASURE
    assert lab.points("retention") == ERASURE


def test_positive_control_the_crasher_dies_by_sigkill_at_the_named_point(lab: Lab) -> None:
    folder = lab.copy("passphrase")
    killed = crash("passphrase", "keyfile.written", folder)
    assert killed.returncode == -signal.SIGKILL
    assert killed.killed_at == "keyfile.written"
    assert killed.passed == ("keyfile.before_write",)  # announced in order, then the kill
    finished = crash("passphrase", "no.such.point", lab.copy("passphrase"))
    assert finished.returncode == 0, finished.stderr
    assert not finished.killed
    assert finished.passed == KEY_FILE  # the same run without the kill goes to the end


@pytest.mark.parametrize(
    ("point", "expected"),
    [
        (MIGRATION[0], "old"),
        (MIGRATION[1], "old"),
        (MIGRATION[2], "between"),  # the first step committed; the next unlock does the rest
        (MIGRATION[3], "new"),
    ],
)
def test_kill_inside_a_migration_leaves_the_old_or_the_new_schema(
    lab: Lab, point: str, expected: str
) -> None:
    _assert_clean(lab, "migration", point, expected)


@pytest.mark.parametrize(
    ("point", "expected"), [(KEY_FILE[0], "old"), (KEY_FILE[1], "old"), (KEY_FILE[2], "new")]
)
def test_kill_during_a_passphrase_change_leaves_exactly_one_passphrase_working(
    lab: Lab, point: str, expected: str
) -> None:
    _assert_clean(lab, "passphrase", point, expected)


def test_r001_18_kill_during_a_recovery_reset_keeps_the_vault_and_the_recovery_wrap(
    lab: Lab,
) -> None:
    _assert_clean(lab, "recovery_reset", KEY_FILE[1], "old")


@pytest.mark.parametrize(
    ("operation", "point", "expected"),
    [
        ("deletion", ERASURE[0], "old"),  # the decision rolls back with the deletes
        ("deletion", ERASURE[1], "new"),
        ("retention", ERASURE[0], "old"),
        ("retention", ERASURE[2], "new"),
        ("retention", ERASURE[3], "new"),
    ],
)
def test_r000_39_r002_26_kill_during_an_erasure_leaves_the_dossier_whole_or_gone_from_the_file(
    lab: Lab, operation: str, point: str, expected: str
) -> None:
    # R-000-40 for the retention cases: a destruction is all or nothing across a crash.
    _assert_clean(lab, operation, point, expected)


def test_the_judge_catches_a_planted_mix_and_a_lock_out(lab: Lab) -> None:
    # Half an erasure: the dossier's conversations gone, the citizen and her request still there.
    half_erased = lab.copy("deletion")
    read_raw(
        VaultPaths(half_erased).db,
        data_key(half_erased),
        lambda c: c.execute(
            "DELETE FROM dossier WHERE citizen_id = (SELECT id FROM citizen WHERE name = ?)",
            (DELETED,),
        ),
    )
    assert lab.judge("deletion", half_erased)[0] == "mix"

    # Half a migration step: its first statement ran, the version was not bumped.
    half_migrated = lab.copy("migration")
    step = migrate.available_migrations()[LATEST - 2]  # the first pending step
    first = migrate._statements(step.sql)[0]
    read_raw(VaultPaths(half_migrated).db, data_key(half_migrated), lambda c: c.execute(first))
    assert lab.judge("migration", half_migrated)[0] == "mix"

    # A key file that neither passphrase opens.
    wrong_wrap = lab.copy("passphrase")
    paths = VaultPaths(wrong_wrap)
    current = keyfile.read(paths.key)
    salt = crypto.new_salt()
    kek = crypto.derive_key("een derde zin die niemand kent", salt, TEST_KDF)
    nonce, ct = crypto.wrap_key(data_key(wrong_wrap), kek, current.aad())
    keyfile.write(paths.key, current.with_wrap(TEST_KDF, salt, nonce, ct))
    assert lab.judge("passphrase", wrong_wrap)[0] == "locked_out"
