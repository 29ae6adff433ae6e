"""File fingerprints and the plaintext sentinel scanner used by many tests.

A sentinel is a clearly fictional string the tests type into the app. ``scan`` looks for it in
UTF-8, UTF-16-LE and UTF-16-BE in every file under the given folders; ``scan_for`` looks for
several at once in more forms (any letter case, latin-1, JSON and URL escapes, a BSN with
separators) and says which it found where. Grepping an encrypted file alone proves little (see
the page-level deletion proof in the rights issue); the scanner matters for temp files, logs,
drafts and anything written beside the vault.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path
from textwrap import wrap
from urllib.parse import quote, quote_plus

SENTINEL = "Zzyzx Sentinelsma"  # fictional name, never a real person
# A day of work types one of each kind of personal data (issue 10); each is fictional and
# occurs nowhere by chance. The street has a non-ASCII letter, so latin-1 differs from UTF-8;
# the BSN passes the elfproef, but 99999… is nobody's number.
DAY_SENTINELS = {
    "name": SENTINEL,
    "street": "Quörvelsteeg",
    "bsn": "999990019",
    "note": "Plinkerhout",
    "domain": "Wobbelgrauw",
    "recipient": "Jorvakmeer",
    "purpose": "Yxelgaard",
}


def fingerprint(folder: Path) -> dict[str, str]:
    """SHA-256 of every file in ``folder`` (not recursive), by name."""
    result = {}
    for path in sorted(folder.iterdir()):
        if path.is_file():
            result[path.name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return result


def encodings(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def variants(text: str) -> set[bytes]:
    """``text`` as a file might hold it, in any letter case (compare with lower-cased data):
    UTF-8, UTF-16 (both byte orders), latin-1, JSON and URL escapes; a 9-digit number also
    with the separators people type."""
    forms = {text, text.upper()}  # bytes.lower() below folds ASCII letters only
    if text.isdigit() and len(text) == 9:
        for sep in (".", " ", "-"):
            forms |= {sep.join((text[:4], text[4:6], text[6:])), sep.join(wrap(text, 3))}
    found = set()
    for form in forms:
        escaped = {json.dumps(form)[1:-1], quote(form), quote_plus(form)}
        for codec in ("utf-8", "utf-16-le", "utf-16-be", "latin-1"):
            found |= {f.encode(codec, "replace") for f in (form, *escaped)}
    return {f.lower() for f in found}


def sentinels_in(data: bytes, texts: Iterable[str]) -> set[str]:
    """Which of ``texts`` occur in ``data``, in any of their :func:`variants`."""
    folded = data.lower()
    return {text for text in texts if any(v in folded for v in variants(text))}


def scan_for(folders: Iterable[Path], texts: Iterable[str]) -> dict[Path, set[str]]:
    """Every file under ``folders`` (a folder or a single file) holding any of ``texts``."""
    wanted = tuple(texts)
    hits: dict[Path, set[str]] = {}
    for folder in folders:
        paths = [folder] if folder.is_file() else folder.rglob("*")
        for path in paths:
            try:
                found = sentinels_in(path.read_bytes(), wanted) if path.is_file() else set()
            except OSError:
                continue
            if found:
                hits[path] = found
    return hits


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
