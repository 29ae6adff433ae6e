"""The content-free quality report (issue 8; R-000-48, R-001-20, R-002-08). Every name is
fictional."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.crypto import TEST_KDF
from app.domain.profile_accountability import Reporting
from app.domain.quality import IntakeFacts, PeriodFacts, section, shown, table
from app.domain.scope import Trigger
from app.services import session as session_mod
from app.services.reports import export as heads
from app.services.reports.period import period
from app.services.reports.quality import QualityReportService, to_csv
from app.services.session import Session
from app.storage import audit
from tests.app.conftest import PASSPHRASE, WORKER
from tests.support.intake import Clock, Intakes, informed_intake, intakes
from tests.support.pdf import check_pdf, pdf_text

SENTINEL_NAMES = ("Fictief Kwaliteitsma", "Zzyzx Sentinelsma")


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def session(vault_folder: Path, clock: Clock) -> Iterator[Session]:
    """A vault on the injected clock (2026-11-23), so no test depends on today's date."""
    s = session_mod.create(vault_folder, PASSPHRASE, WORKER, TEST_KDF, now=clock)
    yield s
    if not s.locked:
        s.lock()


def _vault(session: Session, count: int = 6) -> tuple[Intakes, list[str]]:
    kit = intakes(session)
    ids = []
    for n in range(count):
        intake_id = informed_intake(kit, name=f"{SENTINEL_NAMES[n % 2]} {n}")
        kit.service.propose_domain(intake_id, "financien", Trigger.CITIZEN_RAISED, "Rekeningen")
        kit.service.answer_domain(intake_id, "financien", n != 0)  # one declines
        ids.append(intake_id)
    kit.service.score_domain(ids[1], "instrumentele_adl", 3, "Eigen verhaal", date(2026, 11, 1))
    kit.records.medical_warning_shown(ids[-1])
    kit.records.medical_warning_shown(ids[-2])
    return kit, ids


def _report(session: Session, kit: Intakes, per_worker: bool = False):  # type: ignore[no-untyped-def]
    profile = replace(kit.service.profile, reporting=Reporting(per_worker=per_worker))
    service = QualityReportService(session.vault.db, session.trail, profile, session.now)
    today = session.now().astimezone().date()
    return service, service.build(period(today, today))


def test_r000_48_quality_report_counts_without_content(session: Session) -> None:
    kit, _ = _vault(session)
    _, report = _report(session, kit)
    values = {label: value for _, label, value in report.rows()}
    assert values["Intakes started"] == "6"
    assert values["Information sheets handed over"] == "6"
    assert values["Information sheet version 2026.1"] == "6"
    assert values["Oral checklists completed"] == "6"
    assert values["Domains proposed beyond the linked set"] == "6"
    assert values["… of which the citizen agreed"] == "5"
    # 2 linked domains each, 5 agreed extra, 1 scored: 6 * 2 + 5 - 1.
    assert values["Open domains still 'niet beoordeeld'"] == "16"
    assert values["Medical word warnings shown"] == "< 5"  # 2, suppressed
    assert values["Consents without a named party (must be 0)"] == "0 — in order"
    assert values["Case meetings held"] == "0"
    assert len(report.sections) == 1  # not per worker unless the profile allows it


def test_r001_20_domain_activation_statistics(session: Session) -> None:
    kit, _ = _vault(session)
    _, report = _report(session, kit)
    stats = {d.domain: d for d in report.sections[0].domains}
    assert (stats["financien"].linked, stats["financien"].proposed) == (0, 6)
    assert (stats["financien"].agreed, stats["financien"].declined) == (5, 1)
    assert stats["instrumentele_adl"].linked == 6
    printed = {label: v for _, label, v in report.rows()}
    financien = next(k for k in printed if k.endswith("Declined") and "inanc" in k)
    assert printed[financien] == "< 5"


def test_r000_48_per_worker_only_where_the_profile_allows(session: Session) -> None:
    kit, _ = _vault(session)
    _, together = _report(session, kit, per_worker=False)
    _, split = _report(session, kit, per_worker=True)
    assert [s.title for s in together.sections] == ["All workers"]
    assert len(split.sections) == 2
    assert split.sections[1].title == "w-test"


def test_r002_08_export_is_logged_and_holds_no_names_or_case_numbers(
    session: Session, tmp_path: Path
) -> None:
    kit, ids = _vault(session)
    service, report = _report(session, kit)
    numbers = [kit.service.get(i).citizen_id for i in ids]  # type: ignore[union-attr]
    cases = session.vault.db.run(
        lambda c: [r[0] for r in c.execute("SELECT case_number FROM citizen").fetchall()]
    )
    csv_path = service.export(report, tmp_path / "q.csv", "csv")
    pdf_path = service.export(report, tmp_path / "q.pdf", "pdf")
    text = csv_path.read_text(encoding="utf-8")
    pdf = pdf_text(pdf_path.read_bytes())
    check_pdf(pdf_path.read_bytes())
    for body in (text, pdf):
        for secret in [*SENTINEL_NAMES, *cases, *numbers, "Jan Voorbeeld", "Rekeningen"]:
            assert secret not in body
    assert "Intakes started" in pdf
    exports = [e for e in session.vault.db.run(audit.events) if e.object_type == "quality_report"]
    assert [e.action for e in exports] == ["export", "export"]
    # The CSV carries the signed head like the access report.
    assert session.vault.db.run(lambda c: heads.check(c, text)).ok


facts = st.builds(
    IntakeFacts,
    worker_id=st.sampled_from(["w-a", "w-b"]),
    sheet_version=st.sampled_from([None, "2025.2", "2026.1"]),
    checklist_done=st.booleans(),
    linked=st.frozensets(st.sampled_from(["financien", "wonen", "huisvesting"]), max_size=2),
    decisions=st.lists(
        st.tuples(
            st.sampled_from(["financien", "wonen", "sociaal_netwerk"]),
            st.sampled_from([None, True, False]),
            st.booleans(),
        ),
        max_size=3,
    ).map(tuple),
    scored=st.frozensets(st.sampled_from(["financien", "wonen"]), max_size=2),
)


@settings(max_examples=150, deadline=None)
@given(
    intakes_=st.lists(facts, max_size=14),
    named=st.lists(st.booleans(), max_size=8),
    meetings=st.lists(st.booleans(), max_size=8),
    warnings=st.integers(0, 9),
    min_count=st.integers(2, 10),
)
def test_r002_08_no_cell_reveals_a_count_below_min_count(
    intakes_: list[IntakeFacts],
    named: list[bool],
    meetings: list[bool],
    warnings: int,
    min_count: int,
) -> None:
    period_facts = PeriodFacts(tuple(intakes_), tuple(named), tuple(meetings), warnings)
    domains = [("financien", "Financiën"), ("wonen", "Wonen"), ("sociaal_netwerk", "Netwerk")]
    rows = table([section("All", period_facts, domains)], min_count)
    for _, _, value in rows:
        if value.isdigit():
            assert int(value) == 0 or int(value) >= min_count
        else:
            assert value in (f"< {min_count}", "0 — in order", "not 0 — check")
    assert shown(min_count - 1, min_count) == f"< {min_count}"
    assert shown(min_count, min_count) == str(min_count)


def test_r002_08_csv_rows_match_the_suppressed_table(session: Session) -> None:
    kit, _ = _vault(session, count=3)
    _, report = _report(session, kit)
    text = to_csv(report)
    assert "Intakes started,< 5" in text  # 3 intakes: suppressed
    assert ",3\n" not in text
