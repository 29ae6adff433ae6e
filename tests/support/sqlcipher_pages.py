"""A test-only page scanner for SQLCipher 4 files: decrypt every page of ``vault.db`` and every
frame of its ``-wal`` with the data key and count a sentinel in the plaintext.

Grepping an encrypted file proves nothing (the sentinel is never visible in ciphertext), so the
physical-deletion proof (R-000-39, R-002-26) looks at what SQLite itself would read. SQLCipher 4
defaults, as the vault uses them (``app/storage/db.py``, raw key ``x'…'``, so no KDF for the
encryption key):

* page size 4096; each page ends in 80 reserved bytes: a 16-byte IV, then a 64-byte
  HMAC-SHA512 over ciphertext + IV + the page number (4 bytes, little-endian);
* the page body is AES-256-CBC without padding;
* page 1 starts with the file's 16-byte salt instead of "SQLite format 3\\0"; only bytes
  16..4016 are encrypted;
* the HMAC key is PBKDF2-HMAC-SHA512(data key, salt XOR 0x3a, 2 iterations, 32 bytes).

The ``-wal`` holds a 32-byte header, then frames of a 24-byte header (page number, big-endian,
first) and one encrypted page each. Every frame is decrypted, also stale ones left from an
earlier checkpoint generation: those still hold old content on disk.

The scanner checks itself: every page's HMAC must verify (a wrong key or a wrong layout fails
every page), and page 1 must decrypt to a consistent SQLite header. A test that finds 0 with a
broken scanner would prove nothing, so tests also assert a positive control before deleting.
"""

from __future__ import annotations

import hashlib
import hmac
import struct
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from app.storage.keyfile import KeyFile
from app.storage.vault import _unwrap_with_passphrase, read_key_file
from app.storage.vault_paths import VaultPaths

PAGE_SIZE = 4096
SALT_SIZE = 16
IV_SIZE = 16
HMAC_SIZE = 64
RESERVE = IV_SIZE + HMAC_SIZE
WAL_HEADER = 32
FRAME_HEADER = 24
SQLITE_MAGIC = b"SQLite format 3\x00"
FRAGMENT = 10  # a sentinel split over two pages still leaves a whole window of this width


class ScannerBroken(AssertionError):
    """The scanner could not read the file the way SQLCipher does (wrong key or layout)."""


def data_key(folder: Path, passphrase: str) -> bytes:
    """The vault's 32-byte data key, unwrapped from ``vault.key`` with the passphrase."""
    key_file: KeyFile = read_key_file(VaultPaths(folder))
    return _unwrap_with_passphrase(key_file, passphrase)


def hmac_key(key: bytes, salt: bytes) -> bytes:
    hmac_salt = bytes(b ^ 0x3A for b in salt)
    return hashlib.pbkdf2_hmac("sha512", key, hmac_salt, 2, dklen=32)


@dataclass(frozen=True)
class Page:
    number: int
    plaintext: bytes  # the page as SQLite sees it (page 1 with the magic header restored)
    blank: bool  # never written: all zero bytes on disk


def decrypt_page(key: bytes, mac_key: bytes, raw: bytes, number: int) -> Page:
    """Decrypt one page (or one WAL frame's page); raise ScannerBroken when its HMAC fails."""
    if len(raw) != PAGE_SIZE:
        raise ScannerBroken(f"page {number}: {len(raw)} bytes")
    if raw == bytes(PAGE_SIZE):
        return Page(number, raw, blank=True)
    start = SALT_SIZE if number == 1 else 0
    end = PAGE_SIZE - RESERVE
    body, iv = raw[start:end], raw[end : end + IV_SIZE]
    mac = raw[end + IV_SIZE :]
    expected = hmac.new(mac_key, body + iv + struct.pack("<I", number), hashlib.sha512).digest()
    if not hmac.compare_digest(mac, expected):
        raise ScannerBroken(f"page {number}: HMAC does not verify")
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    plain = decryptor.update(body) + decryptor.finalize()
    if number == 1:
        plain = SQLITE_MAGIC + plain
        check_header(plain)
    return Page(number, plain + raw[end:], blank=False)


def check_header(page1: bytes) -> None:
    """Bytes 16.. of a decrypted page 1 must be a SQLite header for this layout."""
    page_size = struct.unpack(">H", page1[16:18])[0]
    if page_size != PAGE_SIZE or page1[20] != RESERVE or page1[21:24] != b"\x40\x20\x20":
        raise ScannerBroken("page 1 does not decrypt to a SQLite header")
    if page1[18:20] not in (b"\x01\x01", b"\x02\x02"):
        raise ScannerBroken("page 1: unknown file format version")


def salt_of(db: Path) -> bytes:
    return db.read_bytes()[:SALT_SIZE]


def db_pages(db: Path, key: bytes) -> list[Page]:
    data = db.read_bytes()
    if len(data) % PAGE_SIZE:
        raise ScannerBroken("database size is not a whole number of pages")
    mac_key = hmac_key(key, data[:SALT_SIZE])
    return [
        decrypt_page(key, mac_key, data[i : i + PAGE_SIZE], i // PAGE_SIZE + 1)
        for i in range(0, len(data), PAGE_SIZE)
    ]


def wal_pages(wal: Path, key: bytes, salt: bytes) -> list[Page]:
    """Every frame of the ``-wal`` (valid or stale), decrypted; [] when the file is empty."""
    if not wal.exists() or wal.stat().st_size == 0:
        return []
    data = wal.read_bytes()
    if len(data) < WAL_HEADER or struct.unpack(">I", data[8:12])[0] != PAGE_SIZE:
        raise ScannerBroken("not a WAL for 4096-byte pages")
    mac_key = hmac_key(key, salt)
    pages = []
    frame = FRAME_HEADER + PAGE_SIZE
    for offset in range(WAL_HEADER, len(data) - frame + 1, frame):
        number = struct.unpack(">I", data[offset : offset + 4])[0]
        raw = data[offset + FRAME_HEADER : offset + frame]
        pages.append(decrypt_page(key, mac_key, raw, number))
    return pages


@dataclass(frozen=True)
class Count:
    pages: int  # pages (or frames) decrypted
    hits: int  # whole occurrences of the sentinel
    fragment_pages: int  # pages holding any FRAGMENT-byte window of the sentinel

    @property
    def clean(self) -> bool:
        return self.hits == 0 and self.fragment_pages == 0


def count(pages: list[Page], sentinel: str) -> Count:
    needle = sentinel.encode("utf-8")
    width = min(FRAGMENT, len(needle))
    windows = {needle[i : i + width] for i in range(len(needle) - width + 1)}
    hits = sum(p.plaintext.count(needle) for p in pages)
    fragments = sum(1 for p in pages if any(w in p.plaintext for w in windows))
    return Count(len(pages), hits, fragments)


@dataclass(frozen=True)
class VaultScan:
    db: Count
    wal: Count
    wal_bytes: int

    @property
    def found(self) -> int:
        return self.db.hits + self.wal.hits

    @property
    def clean(self) -> bool:
        return self.db.clean and self.wal.clean


def scan_vault(folder: Path, key: bytes, sentinel: str) -> VaultScan:
    """Decrypt ``vault.db`` and ``vault.db-wal`` in ``folder`` and count ``sentinel``."""
    paths = VaultPaths(folder)
    salt = salt_of(paths.db)
    wal_bytes = paths.wal.stat().st_size if paths.wal.exists() else 0
    return VaultScan(
        count(db_pages(paths.db, key), sentinel),
        count(wal_pages(paths.wal, key, salt), sentinel),
        wal_bytes,
    )


def scan_file(path: Path, key: bytes, sentinel: str) -> Count:
    """Decrypt a copy of the database (a migration backup) and count ``sentinel``."""
    return count(db_pages(path, key), sentinel)
