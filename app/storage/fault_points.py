"""Named points inside the operations where a crash is most dangerous, for crash tests.

A migration, a passphrase change (or a recovery reset) and an erasure each call :func:`reach`
with a fixed name at the moments where the process could die half-way: after a backup, inside
an uncommitted transaction, after a commit but before the cleanup, between writing a temporary
key file and renaming it. :func:`reach` does nothing unless a test or the soak
(``tests/support/crasher.py``) installed a handler in that same process with :func:`install`;
the handler there kills the process with SIGKILL, and the parent checks that the vault shows
the old state or the new one, never a mix, and still opens.

Production code never installs a handler, and nothing outside the process (no environment
variable, no setting) can switch one on. A handler must not touch the database: it may run on
the database thread in the middle of a transaction.

The names, in the order each operation reaches them:

* migration: ``migrate.after_backup``, ``migrate.inside_NNNN`` (statements run, version not yet
  bumped, not committed), ``migrate.before_backup_removal`` (committed and verified);
* key file (passphrase change, recovery reset): ``keyfile.before_write``, ``keyfile.written``
  (temporary file written and flushed, not yet renamed), ``keyfile.renamed`` (renamed over the
  old key file, folder not yet flushed);
* vault creation: ``create.key_written`` (key file in place, the database still under its
  staging name ``vault.db.new``);
* erasure (a granted deletion request, a destruction after the retention period):
  ``erase.rows_deleted`` (one citizen's rows deleted inside the open transaction, together
  with the decision that asked for it), ``compact.start`` (committed; nothing checkpointed or
  vacuumed yet), ``compact.vacuumed``, ``compact.before_backup_removal``.
"""

from __future__ import annotations

from collections.abc import Callable

Handler = Callable[[str], None]

_handler: Handler | None = None


def install(handler: Handler | None) -> None:
    """Call ``handler(name)`` at every point from now on (``None`` removes it). Tests only."""
    global _handler
    _handler = handler


def reach(name: str) -> None:
    """Mark the named point; a no-op unless a handler was installed in this process."""
    handler = _handler
    if handler is not None:
        handler(name)
