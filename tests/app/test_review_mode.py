"""Review mode: a logged, read-only random-sample check held together with the worker (issue 8;
R-000-48, R-000-44). Every name is fictional."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from app.crypto import TEST_KDF
from app.domain.citizen import ValidationError
from app.services import session as session_mod
from app.services.reports.access import AccessReportService, Standing
from app.services.reports.period import period
from app.services.review_mode import ReviewModeService, draw
from app.services.session import Session
from app.storage import audit
from tests.app.conftest import PASSPHRASE, WORKER
from tests.support.intake import Clock, Intakes, informed_intake, intakes

SEED = "0123456789abcdef0123456789abcdef"


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


def _setup(session: Session, count: int = 8) -> tuple[Intakes, ReviewModeService, list[str]]:
    kit = intakes(session)
    citizens = []
    for n in range(count):
        intake_id = informed_intake(kit, name=f"Fictief Steekproefsma {n}")
        citizens.append(kit.service.get(intake_id).citizen_id)  # type: ignore[union-attr]
    service = ReviewModeService(
        session.vault.db, session.trail, kit.service.profile, session.now, new_seed=lambda: SEED
    )
    return kit, service, citizens


def _today(session: Session):  # type: ignore[no-untyped-def]
    today = session.now().astimezone().date()
    return period(today, today)


def test_r000_48_sample_is_drawn_from_a_recorded_seed(session: Session) -> None:
    _, service, citizens = _setup(session)
    started = service.start(_today(session), name="Tessa Teamleider", role="teamleider")
    sample = [e.citizen_id for e in service.sample(started.id)]
    size = service.profile.reporting.review_sample_size
    assert len(sample) == size == started.drawn
    assert started.population == len(citizens)
    assert started.seed == SEED
    assert sample == draw(citizens, SEED, size)  # anyone can redo the draw from the seed
    assert set(sample) <= set(citizens)
    other = draw(citizens, "f" * 32, size)
    assert sorted(draw(citizens, SEED, 100)) == sorted(citizens)
    assert other != sample or len(citizens) <= size


def test_r000_48_reviewer_from_the_roster_or_typed(session: Session) -> None:
    _, service, _ = _setup(session, 2)
    roster = service.reviewers()
    assert roster
    assert "w-test" not in {w.id for w in roster}  # never the worker themselves
    chosen = service.start(_today(session), reviewer_id=roster[0].id)
    assert (chosen.reviewer_name, chosen.reviewer_role) == (roster[0].name, roster[0].role)
    with pytest.raises(ValidationError) as error:
        service.start(_today(session), name=" ", role="teamleider")
    assert error.value.field == "name"
    with pytest.raises(ValidationError):
        service.start(_today(session), reviewer_id="w-niemand")


def test_r000_48_r000_44_each_open_is_logged_and_read_only(session: Session) -> None:
    _, service, _ = _setup(session)
    started = service.start(_today(session), name="Tessa Teamleider", role="teamleider")
    first = service.sample(started.id)[0]
    before = session.vault.db.run(lambda c: c.total_changes)
    overview = service.open(started.id, first.citizen_id)
    assert overview.case_number == first.case_number
    assert not overview.personal_notes  # personal work notes never in a review
    events = session.vault.db.run(audit.events)
    opens = [e for e in events if e.action == "review_open"]
    assert [(e.object_type, e.object_id) for e in opens] == [("citizen", first.citizen_id)]
    assert ("review_start", "review_session", started.id) in {
        (e.action, e.object_type, e.object_id) for e in events
    }
    # Only the open counter and the audit event were written; no content row changed.
    after = session.vault.db.run(lambda c: c.total_changes)
    assert after - before == 2
    assert service.sample(started.id)[0].opened == 1


def test_r000_48_only_sampled_dossiers_open_and_not_after_the_end(session: Session) -> None:
    _kit, service, citizens = _setup(session)
    started = service.start(_today(session), name="Tessa Teamleider", role="teamleider")
    sampled = {e.citizen_id for e in service.sample(started.id)}
    outside = next(c for c in citizens if c not in sampled)
    with pytest.raises(ValidationError):
        service.open(started.id, outside)
    ended = service.end(started.id)
    assert ended.ended_at is not None
    with pytest.raises(ValidationError):
        service.open(started.id, next(iter(sampled)))
    actions = [e.action for e in session.vault.db.run(audit.events)]
    assert actions.count("review_end") == 1
    assert actions.count("review_open") == 0


def test_r000_44_access_report_labels_review_opens(session: Session, clock: Clock) -> None:
    kit = intakes(session, clock)
    informed_intake(kit, name="Fictief Reviewsma")
    service = ReviewModeService(session.vault.db, session.trail, kit.service.profile, clock)
    started = service.start(_today(session), name="Tessa Teamleider", role="teamleider")
    entry = service.sample(started.id)[0]
    clock.value += timedelta(minutes=5)
    service.open(started.id, entry.citizen_id)
    report = AccessReportService(session.vault.db, session.trail, clock).build(_today(session))
    row = next(r for r in report.rows if r.action == "review_open")
    assert row.standing is Standing.REVIEW
    assert row.detail == "review with Tessa Teamleider (teamleider)"


def test_r000_48_period_with_no_intakes_draws_nothing(session: Session) -> None:
    _, service, _ = _setup(session, 1)
    day = session.now().astimezone().date() - timedelta(days=400)
    started = service.start(period(day, day), name="Tessa Teamleider", role="teamleider")
    assert (started.population, started.drawn) == (0, 0)
    assert service.sample(started.id) == []
