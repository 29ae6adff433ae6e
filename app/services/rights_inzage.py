"""The machine-readable inzage copy: the same content as the printed overview, as JSON, written
only inside a passphrase-encrypted age file (issue 8; R-002-25, R-001-16, R-004-28, R-000-37).

The copy is made from the very ``Overview`` object the paper prints
(``app.services.papers.inzage.overview``): every read starts from this citizen's own dossiers,
so another household member's data never get in; personal work notes follow the agency setting.
Other people's data (network persons, representatives, what a network person said, and every
entry of a register that ``app/services/papers/inzage_registers.THIRD_PARTY`` names: people
present, the household, third parties' requests, case meetings, signals) carry
``"third_party": true`` so the worker asks their consent or makes them unreadable before the
copy leaves; every other register entry carries ``"third_party": false``. The passphrase is
generated here as words, returned once to be handed to the citizen separately, and never stored
or put in the file name.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import secrets
from datetime import date, datetime
from typing import Any

import pyrage

from app.documents import inzage as doc
from app.documents.inzage_registers import Register
from app.i18n import translate

FORMAT = "keukentafel-inzage"
FORMAT_VERSION = 2  # 2: a register entry is an object with its fields and its flag
PASSPHRASE_WORDS = 7  # 7 of 256 words: 56 bits, behind age's scrypt work factor

# Short, common Dutch words without accents: easy to read aloud and to type.
_WORD_BLOCK = """
    aap appel arend avond bad bal balk bank beek beer berg bij bijl blad bloem boek boom boon
    bord bos boter brief brug bui buis bus dak dal das deur dijk ding doos dorp draad duif duin
    eend egel eik eiland emmer ezel fiets fluit gans geit gras grot haan haas hamer hand haven
    heide helm hert hoed hond honing hoorn huis hut ijs inkt jas jurk kaars kaas kam kano kapel
    kast kat kei kers ketel kever kikker kip klok knoop koe koffer kok kom kool koord kop korf
    kraan kroon kruik kuil laan lamp lans lat lepel lier lijm lint lucht maan mand mast meel
    meer mes mier molen mos muis muur naald nest net noot oever oog oven paal pad pan pauw pen
    peer pet piano pijl plank plein pomp pop post pot raam rad regen riet ring rivier rots roos
    sap schaap schip schoen schop sjaal slak slot sneeuw sok spin spoor stal ster stoel storm
    straat stroom tafel tak tas tent thee tijger tol toren trap trein trommel tuin uil vaas vat
    veer veld vijver vink vis vlag vlam vlinder vloer vogel vos vuur wagen wand weg wiel wind
    wolk worm zaag zak zand zee zeef zeil zon zout zwaan zwaard beker bever blok bolder
    bramen dweil fazant gieter glas golf haard hek hooi jacht kabel kachel kanaal kiezel klei
    knikker krab kreeft kruid lade lelie lood luik mantel matras meeuw melk mol mossel motor
    nagel orgel otter palm parel pluim poort pruim reiger rog ruit schelp schuur sla slee
    sleutel sloot snoek spons staart stam steen stok stro tegel tulp veren vork wilg wortel
"""
WORDS = tuple(_WORD_BLOCK.split())
THIRD_PARTY_NOTE_SOURCES = frozenset({"netwerk"})  # what a network person said about themselves


def generate_passphrase(words: int = PASSPHRASE_WORDS) -> str:
    """Random words from :data:`WORDS`, joined by hyphens (read aloud, written down once)."""
    return "-".join(secrets.choice(WORDS) for _ in range(words))


def _plain(value: Any) -> Any:
    """Dataclasses, tuples, dates and enums as JSON values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def third_party_reason() -> str:
    return translate(
        "Rights",
        "Data about another person: ask their consent or make them unreadable before this "
        "copy is handed over.",
    )


def registers_document(registers: tuple[Register, ...], reason: str) -> list[dict[str, Any]]:
    """The registers as JSON: each entry an object with its fields and its own flag."""

    def entry(register: Register, fields: tuple[Any, ...]) -> dict[str, Any]:
        flagged = {"third_party": True, "flag": reason} if register.third_party else {}
        return {"fields": _plain(fields), "third_party": False, **flagged}

    return [
        {
            "key": r.key,
            "third_party": r.third_party,
            "entries": [entry(r, fields) for fields in r.entries],
        }
        for r in registers
    ]


def _disclosures(data: doc.Overview, reason: str) -> tuple[Any, list[dict[str, Any]]]:
    """Each share as an object with its details; a share that carried a network person's data
    is flagged as another person's (its line names their relation)."""
    if data.disclosures is None:
        return None, []
    flags = data.disclosure_third_party or (False,) * len(data.disclosures)
    details = data.disclosure_details or ((),) * len(data.disclosures)
    lines, more = [], []
    for line, fields, flagged in zip(data.disclosures, details, flags, strict=True):
        mark = {"third_party": True, "flag": reason} if flagged else {"third_party": False}
        lines.append({"text": line, **mark})
        more.append({"fields": _plain(fields), **mark})
    return lines, more


def copy_document(data: doc.Overview, made_at: datetime) -> dict[str, Any]:
    """The JSON document of one citizen's inzage copy, third-party data flagged."""
    reason = third_party_reason()

    def person(fields: tuple[str, ...], values: tuple[str, ...]) -> dict[str, Any]:
        return {**dict(zip(fields, values, strict=True)), "third_party": True, "flag": reason}

    dossiers = []
    for dossier in data.dossiers:
        conversations = []
        for c in dossier.conversations:
            part = _plain(c)
            part["network"] = [
                person(("name", "relation", "contact", "support"), p) for p in c.network
            ]
            for note, line in zip(part["notes"], c.notes, strict=True):
                note["third_party"] = line.source in THIRD_PARTY_NOTE_SOURCES
                if note["third_party"]:
                    note["flag"] = reason
            part["registers"] = registers_document(c.registers, reason)
            conversations.append(part)
        dossiers.append({**_plain(dossier), "conversations": conversations})
    overview = _plain(data)
    overview["dossiers"] = dossiers
    overview["representatives"] = [person(("kind", "name"), r) for r in data.representatives]
    overview["registers"] = registers_document(data.registers, reason)
    overview["disclosures"], overview["disclosure_details"] = _disclosures(data, reason)
    overview["access"] = [
        {"at": at.isoformat(), "who": who, "action": action, "object_type": object_type}
        for at, who, action, object_type in data.access
    ]
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "made_at": made_at.isoformat(),
        "third_party_note": reason,
        "overview": overview,
    }


def encrypted_copy(data: doc.Overview, made_at: datetime) -> tuple[bytes, str]:
    """(age ciphertext, passphrase): the JSON copy exists in plain form only in memory."""
    passphrase = generate_passphrase()
    payload = json.dumps(copy_document(data, made_at), ensure_ascii=False, indent=2)
    return bytes(pyrage.passphrase.encrypt(payload.encode("utf-8"), passphrase)), passphrase


def copy_name(request_id: str, on: date) -> str:
    """A file name without any personal data (nor the passphrase)."""
    return f"inzage-{request_id[:8]}-{on:%Y%m%d}.json.age"
