"""``keukentafel selftest``: report the crypto stack without touching any vault."""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path
from typing import Any

import sqlcipher3

from app import __version__, crypto
from app.i18n import translate
from app.storage.vault import create_vault, unlock


def run(args: argparse.Namespace) -> int:
    conn = sqlcipher3.connect(":memory:")
    cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
    sqlite = conn.execute("SELECT sqlite_version()").fetchone()[0]
    conn.close()
    print(f"keukentafel {__version__}")
    print(f"SQLCipher {cipher} (SQLite {sqlite})")
    with tempfile.TemporaryDirectory(prefix="kt-selftest-") as tmp:
        folder = Path(tmp) / "vault"
        vault = create_vault(folder, "selftest passphrase", "selftest", crypto.TEST_KDF)
        vault.lock()
        vault = unlock(folder, "selftest passphrase")
        ok = vault.integrity_check()
        vault.lock()
    print(translate("cli", "Vault round trip: {result}").format(result="OK" if ok else "FAILED"))
    return 0 if ok else 1


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "selftest", help=translate("cli", "check SQLCipher and the vault round trip")
    )
    parser.set_defaults(handler=run)
