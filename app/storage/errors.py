"""Vault failures, each with its own plain-language message for the worker.

Every failure leaves the vault's files as they were. The messages name what happened and what
to do, and never contain personal data or file contents.
"""

from __future__ import annotations

from app.i18n import translate


class VaultError(Exception):
    """Base class: ``str(error)`` is the message shown to the worker."""

    code = "vault_error"

    def __init__(self, detail: str | None = None) -> None:
        super().__init__(self.message())
        self.detail = detail  # for logs: never personal data

    def message(self) -> str:
        return translate("VaultError", "The vault could not be opened.")


class WrongPassphrase(VaultError):
    code = "wrong_passphrase"

    def message(self) -> str:
        return translate(
            "VaultError", "The passphrase is not correct. Check Caps Lock and try again."
        )


class KeyFileMissing(VaultError):
    code = "key_file_missing"

    def message(self) -> str:
        return translate(
            "VaultError",
            "The key file (vault.key) is missing next to the vault. Put it back from your "
            "backup, or ask your administrator for recovery. Nothing has been changed.",
        )


class KeyFileDamaged(VaultError):
    code = "key_file_damaged"

    def message(self) -> str:
        return translate(
            "VaultError",
            "The key file (vault.key) is damaged. Your passphrase was not checked. Put the key "
            "file back from your backup, or ask your administrator for recovery. Nothing has "
            "been changed.",
        )


class KeyFileEmpty(KeyFileDamaged):
    code = "key_file_empty"

    def message(self) -> str:
        return translate(
            "VaultError",
            "The key file (vault.key) is empty: it holds no data at all. Your passphrase was not "
            "checked. Put the key file back from your backup, or ask your administrator for "
            "recovery. Nothing has been changed.",
        )


class KeyFileTruncated(KeyFileDamaged):
    code = "key_file_truncated"

    def message(self) -> str:
        return translate(
            "VaultError",
            "The key file (vault.key) is incomplete: its end is missing. Your passphrase was not "
            "checked. Put the key file back from your backup, or ask your administrator for "
            "recovery. Nothing has been changed.",
        )


class KeyFileMismatch(VaultError):
    code = "key_file_mismatch"

    def message(self) -> str:
        return translate(
            "VaultError",
            "The key file belongs to a different vault. Put the right vault.key next to this "
            "vault. Nothing has been changed.",
        )


class DatabaseDamaged(VaultError):
    code = "database_damaged"

    def message(self) -> str:
        return translate(
            "VaultError",
            "Your passphrase is correct, but the vault file is damaged. Do not create a new "
            "vault; contact your administrator. Nothing has been changed.",
        )


class DatabaseEmpty(DatabaseDamaged):
    """``vault.db`` has 0 bytes: a copy or sync that stopped before writing anything."""

    code = "database_empty"

    def message(self) -> str:
        return translate(
            "VaultError",
            "The vault file (vault.db) is empty: it holds no data at all. This happens when "
            "copying or syncing stopped half-way. Put vault.db back from your backup or contact "
            "your administrator. Do not create a new vault. Nothing has been changed.",
        )


class DatabaseTruncated(DatabaseDamaged):
    """``vault.db`` lost its end: its size is not whole pages, or shorter than its header says."""

    code = "database_truncated"

    def message(self) -> str:
        return translate(
            "VaultError",
            "The vault file (vault.db) is incomplete: its end is missing. This happens when "
            "copying stopped half-way or the disk failed. Put vault.db back from your backup or "
            "contact your administrator. Do not create a new vault. Nothing has been changed.",
        )


class DamageFoundAfterUnlock(DatabaseDamaged):
    """The integrity check that runs after unlock found a damaged page: writes stay refused."""

    code = "damage_found_after_unlock"

    def message(self) -> str:
        return translate(
            "VaultError",
            "The check after unlocking found damage in the vault file. Keukentafel has locked "
            "the vault and saved nothing since you unlocked it, so the file is as it was. Do "
            "not create a new vault; contact your administrator today.",
        )


class NotAVault(VaultError):
    code = "not_a_vault"

    def message(self) -> str:
        return translate(
            "VaultError",
            "This file is not a Keukentafel vault. Choose the folder that holds vault.db and "
            "vault.key.",
        )


class VaultMissing(VaultError):
    code = "vault_missing"

    def message(self) -> str:
        return translate("VaultError", "There is no vault in this folder yet.")


class SchemaTooNew(VaultError):
    code = "schema_too_new"

    def message(self) -> str:
        return translate(
            "VaultError",
            "This vault was made by a newer version of Keukentafel. Install the newest version "
            "to open it. Nothing has been changed.",
        )


class FolderNotWritable(VaultError):
    code = "folder_not_writable"

    def message(self) -> str:
        return translate(
            "VaultError",
            "Keukentafel cannot write in the vault folder. Choose another folder or ask your "
            "administrator for write access.",
        )


class DiskFull(VaultError):
    code = "disk_full"

    def message(self) -> str:
        return translate(
            "VaultError",
            "The disk is full, so your last change was not saved. What you typed is still on "
            "screen. Make space on the disk and try again.",
        )


class VaultExists(VaultError):
    code = "vault_exists"

    def message(self) -> str:
        return translate(
            "VaultError",
            "There is already a vault in this folder. Keukentafel never puts a new vault over "
            "an existing one. Choose another folder.",
        )


class MigrationFailed(VaultError):
    code = "migration_failed"

    def message(self) -> str:
        return translate(
            "VaultError",
            "Updating the vault to this version failed; the vault was left as it was. Contact "
            "your administrator.",
        )


class TooManyAttempts(VaultError):
    code = "too_many_attempts"

    def __init__(self, seconds: int) -> None:
        self.seconds = seconds
        super().__init__(detail=str(seconds))

    def message(self) -> str:
        # The wait is at least 2 s (``delay_after``), so the plural always fits; lupdate marks
        # plurals only for ``self.tr`` in ui/, not for ``translate()`` here.
        return translate(
            "VaultError", "Too many wrong attempts. Wait {seconds} seconds and try again."
        ).format(seconds=getattr(self, "seconds", 0))
