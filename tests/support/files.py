"""File fingerprints and the plaintext sentinel scanner used by many tests.

A sentinel is a clearly fictional string the tests type into the app. ``scan`` looks for it in
UTF-8, UTF-16-LE and UTF-16-BE in every file under the given folders. Grepping an encrypted
file alone proves little (see the page-level deletion proof in the rights issue); the scanner
matters for temp files, logs, drafts and anything written beside the vault.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

SENTINEL = "Zzyzx Sentinelsma"  # fictional name, never a real person


def fingerprint(folder: Path) -> dict[str, str]:
    """SHA-256 of every file in ``folder`` (not recursive), by name."""
    result = {}
    for path in sorted(folder.iterdir()):
        if path.is_file():
            result[path.name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return result


def encodings(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def scan(folders: list[Path], text: str = SENTINEL) -> list[Path]:
    """Every file under ``folders`` that contains ``text`` in a common encoding."""
    needles = encodings(text)
    hits = []
    for folder in folders:
        if not folder.exists():
            continue
        for path in folder.rglob("*"):
            if not path.is_file():
                continue
            try:
                data = path.read_bytes()
            except OSError:
                continue
            if any(needle in data for needle in needles):
                hits.append(path)
    return hits
