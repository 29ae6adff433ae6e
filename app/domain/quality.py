"""The content-free quality report as pure aggregation (issue 8; R-000-48, R-001-20, R-002-08).

Facts come in per intake (flags, versions, domain ids; never text), counts come out. A count
from 1 up to ``min_count - 1`` is never printed: it reads "< 5" (for ``min_count`` 5), so no
cell can single out a household. The check "consents without a named party" prints only
whether it is 0. No names, no BSNs, no case numbers exist at this level.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Quality"

LABELS = {
    "intakes": QT_TRANSLATE_NOOP("Quality", "Intakes started"),
    "sheets": QT_TRANSLATE_NOOP("Quality", "Information sheets handed over"),
    "sheet_version": QT_TRANSLATE_NOOP("Quality", "Information sheet version {version}"),
    "checklists": QT_TRANSLATE_NOOP("Quality", "Oral checklists completed"),
    "beyond_linked": QT_TRANSLATE_NOOP("Quality", "Domains proposed beyond the linked set"),
    "beyond_agreed": QT_TRANSLATE_NOOP("Quality", "… of which the citizen agreed"),
    "niet_beoordeeld": QT_TRANSLATE_NOOP("Quality", "Open domains still 'niet beoordeeld'"),
    "medical_warnings": QT_TRANSLATE_NOOP("Quality", "Medical word warnings shown"),
    "consents": QT_TRANSLATE_NOOP("Quality", "Consents recorded"),
    "consents_unnamed": QT_TRANSLATE_NOOP("Quality", "Consents without a named party (must be 0)"),
    "meetings": QT_TRANSLATE_NOOP("Quality", "Case meetings held"),
    "meetings_attendance": QT_TRANSLATE_NOOP(
        "Quality", "Case meetings with attendance discussed beforehand"
    ),
}
DOMAIN_COLUMNS = (
    QT_TRANSLATE_NOOP("Quality", "Linked by a help request"),
    QT_TRANSLATE_NOOP("Quality", "Proposed beyond the link"),
    QT_TRANSLATE_NOOP("Quality", "Agreed"),
    QT_TRANSLATE_NOOP("Quality", "Declined"),
)


@dataclass(frozen=True)
class IntakeFacts:
    worker_id: str
    sheet_version: str | None  # None: no information handover recorded
    checklist_done: bool
    linked: frozenset[str]  # domains the help requests link (from the agency mapping)
    decisions: tuple[tuple[str, bool | None, bool], ...]  # (domain, agreed, withdrawn)
    scored: frozenset[str]


@dataclass(frozen=True)
class PeriodFacts:
    """Everything one section of the report counts (already limited to the period)."""

    intakes: tuple[IntakeFacts, ...] = ()
    consents_named: tuple[bool, ...] = ()  # per consent record: is the party concrete?
    meetings: tuple[bool, ...] = ()  # per case meeting: attendance discussed?
    medical_warnings: int = 0


@dataclass(frozen=True)
class Cell:
    key: str
    label: str  # translated
    value: int
    check: bool = False  # a must-be-zero check: prints in order / check, never the number


@dataclass(frozen=True)
class DomainStat:
    domain: str
    label: str
    linked: int
    proposed: int
    agreed: int
    declined: int


@dataclass(frozen=True)
class Section:
    """The report for all workers together, or (where the profile allows) for one worker."""

    title: str
    cells: tuple[Cell, ...]
    domains: tuple[DomainStat, ...]


def shown(value: int, min_count: int) -> str:
    """A count as printed: 0, a number of at least ``min_count``, or "< min_count"."""
    if value <= 0:
        return "0"
    if value < min_count:
        return f"< {min_count}"
    return str(value)


def shown_cell(cell: Cell, min_count: int) -> str:
    if cell.check:
        return (
            translate("Quality", "0 — in order")
            if cell.value == 0
            else translate("Quality", "not 0 — check")
        )
    return shown(cell.value, min_count)


def _open_domains(facts: IntakeFacts) -> set[str]:
    agreed = {d for d, a, withdrawn in facts.decisions if a and not withdrawn}
    return set(facts.linked) | agreed


def section(title: str, facts: PeriodFacts, domains: Iterable[tuple[str, str]]) -> Section:
    """Count one section; ``domains`` is (id, label) for the domain activation table."""
    intakes = facts.intakes
    versions: dict[str, int] = {}
    for item in intakes:
        if item.sheet_version is not None:
            versions[item.sheet_version] = versions.get(item.sheet_version, 0) + 1
    beyond = [(d, a) for i in intakes for d, a, _ in i.decisions if d not in i.linked]
    cells = [
        Cell("intakes", translate("Quality", LABELS["intakes"]), len(intakes)),
        Cell("sheets", translate("Quality", LABELS["sheets"]), sum(versions.values())),
    ]
    cells += [
        Cell(
            f"sheet_version:{v}",
            translate("Quality", LABELS["sheet_version"]).format(version=v),
            n,
        )
        for v, n in sorted(versions.items())
    ]
    cells += [
        Cell(
            "checklists",
            translate("Quality", LABELS["checklists"]),
            sum(1 for i in intakes if i.checklist_done),
        ),
        Cell("beyond_linked", translate("Quality", LABELS["beyond_linked"]), len(beyond)),
        Cell(
            "beyond_agreed",
            translate("Quality", LABELS["beyond_agreed"]),
            sum(1 for _, a in beyond if a),
        ),
        Cell(
            "niet_beoordeeld",
            translate("Quality", LABELS["niet_beoordeeld"]),
            sum(len(_open_domains(i) - i.scored) for i in intakes),
        ),
        Cell(
            "medical_warnings",
            translate("Quality", LABELS["medical_warnings"]),
            facts.medical_warnings,
        ),
        Cell("consents", translate("Quality", LABELS["consents"]), len(facts.consents_named)),
        Cell(
            "consents_unnamed",
            translate("Quality", LABELS["consents_unnamed"]),
            sum(1 for named in facts.consents_named if not named),
            check=True,
        ),
        Cell("meetings", translate("Quality", LABELS["meetings"]), len(facts.meetings)),
        Cell(
            "meetings_attendance",
            translate("Quality", LABELS["meetings_attendance"]),
            sum(1 for discussed in facts.meetings if discussed),
        ),
    ]
    stats = []
    for domain, label in domains:
        decided = [(a, i) for i in intakes for d, a, _ in i.decisions if d == domain]
        stats.append(
            DomainStat(
                domain,
                label,
                linked=sum(1 for i in intakes if domain in i.linked),
                proposed=sum(1 for _, i in decided if domain not in i.linked),
                agreed=sum(1 for a, _ in decided if a is True),
                declined=sum(1 for a, _ in decided if a is False),
            )
        )
    return Section(title, tuple(cells), tuple(stats))


def table(sections: Iterable[Section], min_count: int) -> list[tuple[str, str, str]]:
    """(section, label, printed value) rows: what the screen, CSV and PDF show."""
    rows: list[tuple[str, str, str]] = []
    columns = [translate("Quality", c) for c in DOMAIN_COLUMNS]
    for s in sections:
        rows += [(s.title, c.label, shown_cell(c, min_count)) for c in s.cells]
        for d in s.domains:
            values = (d.linked, d.proposed, d.agreed, d.declined)
            rows += [
                (s.title, f"{d.label}: {column}", shown(v, min_count))
                for column, v in zip(columns, values, strict=True)
            ]
    return rows
