"""The bundle's JSON (``docs/bundle-format.md``) and the rules on what each kind may hold.

Pure: no I/O, no Qt. A bundle is one citizen, one kind, one recipient from the signed roster.
The head of the sender's audit chain is signed (Ed25519) together with a digest of everything
else in the bundle, so a rewritten chain or an edited bundle re-encrypted to the same public
key is detected. What a case-system export may hold depends on its scope: a decision export
holds decision fields unless each extra one is confirmed (R-001-08), a regie export stays in
the VNG/KING dataset without background or treatment notes (R-001-09), a financial export
holds no *wat* content (R-001-26).
"""

from __future__ import annotations

import enum
import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from app.domain.citizen import ValidationError
from app.domain.consent_terms import Problem
from app.domain.profile import Law, Retention
from app.domain.selection import InfoKind, Item
from app.i18n import QT_TRANSLATE_NOOP, translate

FORMAT = "keukentafel-bundle"
SCHEMA_VERSION = 1


class Kind(enum.StrEnum):
    ZAAKSYSTEEM = "zaaksysteem"  # the municipal case system
    OVERDRACHT = "overdracht"  # reassignment to a roster colleague
    VERVANGING = "vervanging"  # time-limited, for the named vaste vervanger only


class Scope(enum.StrEnum):
    """What a case-system export is for; decides which items it may hold."""

    SELECTIE = "selectie"
    BESLUIT = "besluit"
    REGIE = "regie"
    FINANCIEEL = "financieel"


KIND_TEXT = {
    Kind.ZAAKSYSTEEM: QT_TRANSLATE_NOOP("Bundles", "Case system"),
    Kind.OVERDRACHT: QT_TRANSLATE_NOOP("Bundles", "Reassignment to a colleague"),
    Kind.VERVANGING: QT_TRANSLATE_NOOP("Bundles", "Substitution (vaste vervanger)"),
}
SCOPE_TEXT = {
    Scope.SELECTIE: QT_TRANSLATE_NOOP("Bundles", "Selected items"),
    Scope.BESLUIT: QT_TRANSLATE_NOOP("Bundles", "Decision (back office)"),
    Scope.REGIE: QT_TRANSLATE_NOOP("Bundles", "Regie (VNG/KING dataset)"),
    Scope.FINANCIEEL: QT_TRANSLATE_NOOP("Bundles", "Financial or invoice"),
}
# Named case-system fields per catalogue item kind (the part of the key before ":").
CASE_FIELDS = {
    "dat:contact": "zaak.contact",
    "dat:worker": "zaak.behandelaar",
    "dat:status": "zaak.status",
    "dat:case_number": "zaak.identificatie",
    "help_request": "zaak.hulpvraag",
    "limitation": "onderzoek.beperking",
    "medical_advice": "onderzoek.medisch_advies",
    "zrm": "regie.zrm_score",
    "network_person": "regie.netwerk",
    "note": "dossier.notitie",
}
# Decision fields (R-001-08): what a back-office decision needs; anything else is confirmed.
DECISION_KINDS = frozenset({"dat", "help_request", "limitation", "medical_advice"})
# The VNG/KING regie dataset (R-001-09): never background or treatment notes.
REGIE_KINDS = frozenset({"dat", "help_request", "zrm", "network_person"})


class BundleRefused(ValidationError):
    """An export may not be made; ``problems`` names every reason."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__(problems[0].field, "\n".join(p.message for p in problems))
        self.problems = tuple(problems)


class BundleUnreadable(Exception):
    """A bundle cannot be opened or trusted; ``reason`` is a code, ``str()`` plain words."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def kind_of(key: str) -> str:
    return key.split(":", 1)[0]


def case_field(key: str) -> str:
    return CASE_FIELDS.get(key) or CASE_FIELDS.get(kind_of(key), "dossier.overig")


def check_scope(scope: Scope, items: Iterable[Item], confirmed: Iterable[str]) -> list[Problem]:
    """Every item that ``scope`` does not allow (R-001-08, R-001-09, R-001-26)."""
    ok = set(confirmed)
    problems: list[Problem] = []
    for item in items:
        kind = kind_of(item.key)
        if scope is Scope.FINANCIEEL and item.info is InfoKind.WAT:
            message = translate(
                "Bundles", "A financial export holds no content: \u201c{label}\u201d."
            )
        elif scope is Scope.REGIE and kind not in REGIE_KINDS:
            message = translate(
                "Bundles", "\u201c{label}\u201d is not in the VNG/KING regie dataset."
            )
        elif scope is Scope.BESLUIT and kind not in DECISION_KINDS and item.key not in ok:
            message = translate(
                "Bundles", "\u201c{label}\u201d is not a decision field: confirm it separately."
            )
        else:
            continue
        problems.append(Problem("items", message.format(label=item.label)))
    return problems


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def retention_until(law: Law, dates: Iterable[date], retention: Retention) -> date:
    """The statutory retention date: Wmo ``wmo_years``, jeugdhulp ``jeugd_years``,
    Participatiewet ``participatiewet_years`` and Wgs ``wgs_years`` (Selectielijst gemeenten),
    counted from the newest date of the dossier (Wmo 5.3.4)."""
    return add_years(max(dates), retention.statutory_years(law.value))


# -- integrity ---------------------------------------------------------------------------------
def canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def content_digest(doc: dict[str, Any]) -> str:
    """SHA-256 over the bundle without its ``audit_head``."""
    rest = {k: v for k, v in doc.items() if k != "audit_head"}
    return hashlib.sha256(canonical(rest)).hexdigest()


def head_message(doc: dict[str, Any], head: dict[str, Any]) -> bytes:
    """What the sender signs: the chain head, the vault and bundle ids, the content digest."""
    return canonical(
        {
            "bundle_id": doc["header"]["bundle_id"],
            "vault_id": doc["header"]["sender"]["vault_id"],
            "seq": head["seq"],
            "hash": head["hash"],
            "at": head["at"],
            "content_sha256": content_digest(doc),
        }
    )


@dataclass(frozen=True)
class HeadCheck:
    seq: int
    hash: str
    public_key: str


def verify(doc: Any) -> HeadCheck:
    """Check the format, schema version and signed audit head; raise BundleUnreadable."""
    try:
        if not isinstance(doc["header"]["bundle_id"], str):
            raise TypeError("header")
        version = int(doc["schema_version"])
        if doc.get("format") != FORMAT:
            raise KeyError("format")
    except (KeyError, TypeError, ValueError):
        raise BundleUnreadable(
            "format", translate("Bundles", "This file is not a Keukentafel bundle.")
        ) from None
    if version > SCHEMA_VERSION:
        raise BundleUnreadable(
            "schema",
            translate(
                "Bundles", "This bundle was made by a newer version of the app. Update first."
            ),
        )
    try:
        head = doc["audit_head"]
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(head["public_key"]))
        key.verify(bytes.fromhex(head["signature"]), head_message(doc, head))
        return HeadCheck(int(head["seq"]), str(head["hash"]), str(head["public_key"]))
    except (KeyError, TypeError, ValueError, InvalidSignature):
        raise BundleUnreadable(
            "signature",
            translate("Bundles", "This bundle was changed after it was made. Do not use it."),
        ) from None
