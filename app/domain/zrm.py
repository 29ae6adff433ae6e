"""The Zelfredzaamheid-Matrix 2017: 13 domains and a 1–5 scale, plus agency child domains.

Zelfredzaamheid-Matrix © GGD Amsterdam. Only the domain names and the five level labels ship,
with attribution; the per-cell criteria are GGD Amsterdam's copyrighted text and are loaded from
an agency-licensed file (:func:`load_level_descriptions`), never shipped.

``None`` is the only "niet beoordeeld": nothing is inferred, copied or defaulted (never 5), and
there are no totals or averages.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP, translate

ATTRIBUTION = "Zelfredzaamheid-Matrix (ZRM 2017) © GGD Amsterdam"
NOT_ASSESSED = None  # the score of every domain until discussed and scored with a basis


@dataclass(frozen=True)
class ZrmDomain:
    id: str
    name: str  # English source; Dutch from the catalog
    sensitive: bool = False  # needs a proportionality reason under a single Wmo request
    child: bool = False  # agency extra, depends on minors in the household


DOMAINS: tuple[ZrmDomain, ...] = (
    ZrmDomain("financien", QT_TRANSLATE_NOOP("Zrm", "Finances")),  # Financiën
    ZrmDomain("werk_opleiding", QT_TRANSLATE_NOOP("Zrm", "Work and education")),
    ZrmDomain("tijdsbesteding", QT_TRANSLATE_NOOP("Zrm", "Use of time")),
    ZrmDomain("huisvesting", QT_TRANSLATE_NOOP("Zrm", "Housing")),
    ZrmDomain(
        "huiselijke_relaties", QT_TRANSLATE_NOOP("Zrm", "Domestic relationships"), sensitive=True
    ),
    ZrmDomain("geestelijke_gezondheid", QT_TRANSLATE_NOOP("Zrm", "Mental health"), sensitive=True),
    ZrmDomain("lichamelijke_gezondheid", QT_TRANSLATE_NOOP("Zrm", "Physical health")),
    ZrmDomain("middelengebruik", QT_TRANSLATE_NOOP("Zrm", "Substance use"), sensitive=True),
    ZrmDomain("basale_adl", QT_TRANSLATE_NOOP("Zrm", "Basic ADL")),  # Basale ADL
    ZrmDomain("instrumentele_adl", QT_TRANSLATE_NOOP("Zrm", "Instrumental ADL")),
    ZrmDomain("sociaal_netwerk", QT_TRANSLATE_NOOP("Zrm", "Social network")),
    ZrmDomain("maatschappelijke_participatie", QT_TRANSLATE_NOOP("Zrm", "Community participation")),
    ZrmDomain("justitie", QT_TRANSLATE_NOOP("Zrm", "Justice"), sensitive=True),
)
DOMAIN_IDS = frozenset(d.id for d in DOMAINS)
SENSITIVE_IDS = frozenset(d.id for d in DOMAINS if d.sensitive)

SCALE: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("Zrm", "Acute problems"),  # Acute problematiek
    2: QT_TRANSLATE_NOOP("Zrm", "Not self-sufficient"),  # Niet zelfredzaam
    3: QT_TRANSLATE_NOOP("Zrm", "Limited self-sufficiency"),  # Beperkt zelfredzaam
    4: QT_TRANSLATE_NOOP("Zrm", "Sufficiently self-sufficient"),  # Voldoende zelfredzaam
    5: QT_TRANSLATE_NOOP("Zrm", "Fully self-sufficient"),  # Volledig zelfredzaam
}


def domain(domain_id: str) -> ZrmDomain:
    for item in DOMAINS:
        if item.id == domain_id:
            return item
    raise KeyError(domain_id)


def domain_name(domain_id: str) -> str:
    return translate("Zrm", domain(domain_id).name)


def score_label(score: int | None) -> str:
    """``niet beoordeeld`` for None; otherwise ``3 – Beperkt zelfredzaam``."""
    if score is None:
        return translate("Zrm", "not assessed")
    if score not in SCALE:
        raise ValueError("ZRM scores are 1 to 5")
    return f"{score} – {translate('Zrm', SCALE[score])}"


class LevelDescriptionError(ValueError):
    """The agency's licensed level-description file is not usable; the message says why."""


def load_level_descriptions(path: Path) -> dict[str, dict[int, str]]:
    """Read an agency-licensed file of level descriptions (TOML or JSON).

    Shape: ``{domain_id: {"1": text, …, "5": text}}`` for domains of the 2017 set. Unknown
    domains, missing or extra levels and empty texts are refused, naming the place.
    """
    try:
        raw = path.read_bytes()
        data = json.loads(raw) if path.suffix == ".json" else tomllib.loads(raw.decode("utf-8"))
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise LevelDescriptionError(
            translate("Zrm", "The level descriptions file cannot be read.")
        ) from exc
    if not isinstance(data, dict):
        raise LevelDescriptionError(translate("Zrm", "The level descriptions file is empty."))
    result: dict[str, dict[int, str]] = {}
    for domain_id, levels in data.items():
        if domain_id not in DOMAIN_IDS:
            raise LevelDescriptionError(
                translate("Zrm", "{place}: not a ZRM 2017 domain.").format(place=domain_id)
            )
        if not isinstance(levels, dict) or sorted(levels) != ["1", "2", "3", "4", "5"]:
            raise LevelDescriptionError(
                translate("Zrm", "{place}: give exactly the levels 1 to 5.").format(place=domain_id)
            )
        texts = {}
        for level, text in levels.items():
            if not isinstance(text, str) or not text.strip():
                raise LevelDescriptionError(
                    translate("Zrm", "{place}: the text is empty.").format(
                        place=f"{domain_id}.{level}"
                    )
                )
            texts[int(level)] = text.strip()
        result[domain_id] = texts
    return result
