"""The Zelfredzaamheid-Matrix 2017: 13 domains and a 1–5 scale, plus agency child domains.

Zelfredzaamheid-Matrix © GGD Amsterdam. Only the domain names and the five level labels ship,
with attribution; the per-cell criteria are GGD Amsterdam's copyrighted text ("no storing in an
automated database without written permission") and are loaded from an agency-licensed file
(:func:`load_level_descriptions`), never shipped.

``None`` is the only "niet beoordeeld": nothing is inferred, copied or defaulted (never 5), and
there are no totals or averages (R-000-12/13, R-002-04..07).

Names are English source text for Qt Linguist; the Dutch product wording is in the comments
(domain-facts.md section 1.2) and comes from the catalog. Child domains are agency extras
defined in the profile (``AgencyProfile.zrm_domains()``); their labels are the agency's own.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP, translate

ATTRIBUTION = "Zelfredzaamheid-Matrix (ZRM 2017) © GGD Amsterdam"
NOT_ASSESSED = None  # the score of every domain until discussed and scored with a basis
# Shown beside an incomplete matrix: a partial ZRM is not a valid ZRM measurement.
NOT_ASSESSED_NOTE = QT_TRANSLATE_NOOP(
    "Zrm",
    "'Not assessed' is this app's convention for domains that were not discussed; it is not "
    "a ZRM score. An incomplete matrix is not a ZRM measurement.",
)
LEVELS = (1, 2, 3, 4, 5)


@dataclass(frozen=True)
class ZrmDomain:
    id: str
    name: str  # English source; Dutch from the catalog (agency label for child domains)
    sensitive: bool = False  # needs a proportionality reason under a single Wmo request
    child: bool = False  # agency extra, depends on minors in the household


# The 2017 order of domain-facts.md section 1.2; the comment is the Dutch (ZRM) name.
DOMAINS: tuple[ZrmDomain, ...] = (
    ZrmDomain(
        "financien",
        QT_TRANSLATE_NOOP("Zrm", "Finances"),  # Financiën
    ),
    ZrmDomain(
        "werk_opleiding",
        QT_TRANSLATE_NOOP("Zrm", "Work and education"),  # Werk & Opleiding
    ),
    ZrmDomain(
        "tijdsbesteding",
        QT_TRANSLATE_NOOP("Zrm", "Use of time"),  # Tijdsbesteding
    ),
    ZrmDomain(
        "huisvesting",
        QT_TRANSLATE_NOOP("Zrm", "Housing"),  # Huisvesting
    ),
    ZrmDomain(
        "huiselijke_relaties",
        QT_TRANSLATE_NOOP("Zrm", "Domestic relationships"),  # Huiselijke relaties
        sensitive=True,
    ),
    ZrmDomain(
        "geestelijke_gezondheid",
        QT_TRANSLATE_NOOP("Zrm", "Mental health"),  # Geestelijke gezondheid
        sensitive=True,
    ),
    ZrmDomain(
        "lichamelijke_gezondheid",
        QT_TRANSLATE_NOOP("Zrm", "Physical health"),  # Lichamelijke gezondheid
    ),
    ZrmDomain(
        "middelengebruik",
        QT_TRANSLATE_NOOP("Zrm", "Substance use"),  # Middelengebruik
        sensitive=True,
    ),
    ZrmDomain(
        "basale_adl",
        QT_TRANSLATE_NOOP("Zrm", "Basic ADL"),  # Basale ADL
    ),
    ZrmDomain(
        "instrumentele_adl",
        QT_TRANSLATE_NOOP("Zrm", "Instrumental ADL"),  # Instrumentele ADL
    ),
    ZrmDomain(
        "sociaal_netwerk",
        QT_TRANSLATE_NOOP("Zrm", "Social network"),  # Sociaal netwerk
    ),
    ZrmDomain(
        "maatschappelijke_participatie",
        QT_TRANSLATE_NOOP("Zrm", "Community participation"),  # Maatschappelijke participatie
    ),
    ZrmDomain(
        "justitie",
        QT_TRANSLATE_NOOP("Zrm", "Justice"),  # Justitie (criminal data, AVG art. 10)
        sensitive=True,
    ),
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
    """One of the 13 ZRM-2017 domains; ``KeyError`` for anything else (child domains too)."""
    for item in DOMAINS:
        if item.id == domain_id:
            return item
    raise KeyError(domain_id)


def domain_name(domain_id: str) -> str:
    return translate("Zrm", domain(domain_id).name)


def display_name(item: ZrmDomain) -> str:
    """The name on screen and paper: translated for ZRM domains, the agency's own for child ones."""
    return item.name if item.child else translate("Zrm", item.name)


def check_score(score: object) -> int | None:
    """Return a valid score: ``None`` (niet beoordeeld) or an int 1–5; else ``ValueError``.

    ``True`` is refused although Python treats it as 1: a checkbox must never become a score.
    """
    if score is None:
        return NOT_ASSESSED
    if isinstance(score, bool) or not isinstance(score, int) or score not in SCALE:
        raise ValueError("ZRM scores are 1 to 5, or None for not assessed")
    return score


def score_label(score: int | None) -> str:
    """``not assessed`` (niet beoordeeld) for None; otherwise ``3 – Limited self-sufficiency``."""
    checked = check_score(score)
    if checked is None:
        return translate("Zrm", "not assessed")
    return f"{checked} – {translate('Zrm', SCALE[checked])}"


class LevelDescriptionError(ValueError):
    """The agency's licensed level-description file is not usable; the message says why."""


def _read(path: Path) -> Any:
    try:
        raw = path.read_bytes()
        if path.suffix.lower() == ".json":
            return json.loads(raw)
        return tomllib.loads(raw.decode("utf-8"))
    except (OSError, ValueError, UnicodeDecodeError, RecursionError) as exc:
        # json.JSONDecodeError and tomllib.TOMLDecodeError are ValueErrors
        raise LevelDescriptionError(
            translate("Zrm", "The level descriptions file cannot be read ({detail}).").format(
                detail=exc
            )
        ) from exc


def load_level_descriptions(path: Path) -> dict[str, dict[int, str]]:
    """Read an agency-licensed file of level descriptions (TOML, or JSON by ``.json`` suffix).

    Shape: ``{domain_id: {"1": text, …, "5": text}}`` for domains of the 2017 set; a subset is
    allowed (undescribed domains show no description). Unknown domains, missing or extra levels
    and empty texts are refused, naming the place (``financien.5``).
    """
    data = _read(path)
    if not isinstance(data, dict) or not data:
        raise LevelDescriptionError(
            translate("Zrm", "The level descriptions file holds no domains.")
        )
    result: dict[str, dict[int, str]] = {}
    for domain_id, levels in data.items():
        if domain_id not in DOMAIN_IDS:
            raise LevelDescriptionError(
                translate("Zrm", "{place}: not a ZRM 2017 domain.").format(place=domain_id)
            )
        if not isinstance(levels, dict) or sorted(levels) != [str(n) for n in LEVELS]:
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
        result[domain_id] = dict(sorted(texts.items()))
    return result
