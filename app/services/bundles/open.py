"""Opening a bundle: decrypt with an age identity, parse, check the schema version and the
signed audit head. Used by the vault's import and by ``keukentafel bundle open`` for the back
office (no vault, no Qt). Every failure is a :class:`BundleUnreadable` with its own plain
message: addressed to someone else, not a bundle, made by a newer app, changed afterwards.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import pyrage

from app.formatting import format_date, format_datetime
from app.i18n import translate
from app.services.bundles.schema import BundleUnreadable, HeadCheck, verify


@dataclass(frozen=True)
class OpenedBundle:
    doc: dict[str, Any]
    head: HeadCheck

    @property
    def header(self) -> dict[str, Any]:
        return dict(self.doc["header"])


def decrypt(data: bytes, identities: Sequence[str]) -> bytes:
    """The plaintext, or BundleUnreadable("recipient") when none of ``identities`` opens it."""
    try:
        keys = [pyrage.x25519.Identity.from_str(i) for i in identities]
        return bytes(pyrage.decrypt(data, keys))
    except Exception:  # pyrage.DecryptError / IdentityError
        raise BundleUnreadable(
            "recipient",
            translate("Bundles", "This bundle is not addressed to this key, or it is damaged."),
        ) from None


def parse(plain: bytes) -> OpenedBundle:
    try:
        doc = json.loads(plain.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):  # "[[[[…": too deep
        raise BundleUnreadable(
            "format", translate("Bundles", "This file is not a Keukentafel bundle.")
        ) from None
    if not isinstance(doc, dict):
        raise BundleUnreadable(
            "format", translate("Bundles", "This file is not a Keukentafel bundle.")
        )
    return OpenedBundle(doc, verify(doc))


def open_bundle(data: bytes, identities: Sequence[str]) -> OpenedBundle:
    return parse(decrypt(data, identities))


def _when(value: object) -> str:
    """An ISO day or moment from the bundle, as people read it; anything else as it came."""
    text = _shown(value)
    try:
        if len(text) == 10:
            return format_date(date.fromisoformat(text))
        return format_datetime(datetime.fromisoformat(text), "short")
    except ValueError:
        return text


def _shown(value: object, limit: int = 80) -> str:
    """A value from the bundle as one short line: no control characters (a terminal would run
    an escape sequence), cut at ``limit``. The bundle is outside input, however well signed."""
    text = "".join("\ufffd" if unicodedata.category(c) in ("Cc", "Cs") else c for c in str(value))
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def _table(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _items(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def summary(opened: OpenedBundle) -> list[str]:
    """Plain lines for the back office: ids, kind, counts; no content."""
    h = opened.header
    doc = opened.doc
    sender, recipient = _table(h.get("sender")), _table(h.get("recipient"))
    lines = [
        translate("Bundles", "Bundle {id} ({kind})").format(
            id=_shown(h.get("bundle_id")), kind=_shown(h.get("kind"))
        ),
        translate("Bundles", "Case number: {number}").format(
            number=_shown(_table(doc.get("citizen")).get("case_number", ""))
        ),
        translate("Bundles", "Made {at} by worker {worker} (vault {vault})").format(
            at=_when(h.get("created_at")),
            worker=_shown(sender.get("worker_id")),
            vault=_shown(sender.get("vault_id")),
        ),
        translate("Bundles", "For: {kind} {id}").format(
            kind=_shown(recipient.get("kind")), id=_shown(recipient.get("id"))
        ),
    ]
    if h.get("valid_until"):
        lines.append(
            translate("Bundles", "Valid until: {date}").format(date=_when(h["valid_until"]))
        )
    for dossier in map(_table, _items(doc.get("dossiers"))):
        lines.append(
            translate("Bundles", "Dossier {law} ({role}), keep until {date}").format(
                law=_shown(dossier.get("law")),
                role=_shown(dossier.get("role")),
                date=_when(dossier.get("retention_until")),
            )
        )
    rows = sum(len(_items(_table(t).get("rows"))) for t in _items(doc.get("rows")))
    lines += [
        translate("Bundles", "Items: {n}").format(n=len(_items(doc.get("content")))),
        translate("Bundles", "Rows: {n}").format(n=rows),
        translate("Bundles", "Consents: {n}").format(n=len(_items(doc.get("consents")))),
        translate("Bundles", "Disclosures: {n}").format(n=len(_items(doc.get("disclosures")))),
        translate("Bundles", "Audit head: event {seq}, {hash}, signature valid").format(
            seq=opened.head.seq, hash=_shown(opened.head.hash[:16])
        ),
    ]
    return lines
