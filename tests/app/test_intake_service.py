"""The intake use cases on a real vault (issue 4, first step): information first, the gate,
refusals without content, ZRM scores only in open domains — surviving a lock."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.domain.citizen import ValidationError
from app.domain.intake import CHECKLIST, Acknowledgement, IntakeMode
from app.domain.profile import Law, Role
from app.domain.scope import DomainStatus, Trigger
from app.services import session as session_mod
from app.services.intake import IntakeService
from app.services.profiles import install_profile, shipped_profiles
from app.services.session import Session
from app.storage import audit
from tests.app.conftest import PASSPHRASE

ON = date(2026, 11, 23)
ALL_ITEMS = tuple(CHECKLIST)


def service(session: Session) -> IntakeService:
    verified = install_profile(session, next(c for c in shipped_profiles() if c.demo))
    return IntakeService(session.vault.db, session.trail, verified.profile, session.now)


def start(session: Session, svc: IntakeService, mode: IntakeMode = IntakeMode.SINGLE) -> str:
    citizen = session.caseload.add_citizen("Jan Voorbeeld")
    return svc.start_intake(citizen.id, Law.WMO, Role.TOELEIDING, mode).id


def informed(svc: IntakeService, intake_id: str) -> None:
    svc.record_handover(intake_id, "2026.1", "nl", "papier", ALL_ITEMS, Acknowledgement.SIGNED)


def test_r000_01_no_help_request_before_the_information_is_given(session: Session) -> None:
    svc = service(session)
    intake_id = start(session, svc)
    with pytest.raises(ValidationError) as error:
        svc.add_help_request(intake_id, "Ik kan niet meer stofzuigen", "huishoudelijke-hulp")
    assert error.value.field == "handover"
    with pytest.raises(ValidationError) as error:
        svc.record_handover(
            intake_id, "2026.1", "nl", "papier", ("purpose",), Acknowledgement.SIGNED
        )
    assert error.value.field == "checklist"
    informed(svc, intake_id)
    svc.add_help_request(intake_id, "Ik kan niet meer stofzuigen", "huishoudelijke-hulp")


def test_refusing_to_sign_never_ends_the_intake(session: Session) -> None:
    svc = service(session)
    intake_id = start(session, svc)
    svc.record_handover(
        intake_id, "2026.1", "nl-easy", "papier", ALL_ITEMS, Acknowledgement.INFORMED_NOT_SIGNED
    )
    svc.add_help_request(intake_id, "Hulp in huis", "huishoudelijke-hulp")


def test_r002_02_contact_only_holds_no_help_request(session: Session) -> None:
    svc = service(session)
    intake_id = start(session, svc, IntakeMode.CONTACT_ONLY)
    informed(svc, intake_id)
    with pytest.raises(ValidationError) as error:
        svc.add_help_request(intake_id, "Even bellen", "huishoudelijke-hulp")
    assert error.value.field == "mode"


def test_r000_06_a_nee_is_stored_as_a_refusal_only(session: Session) -> None:
    svc = service(session)
    intake_id = start(session, svc)
    informed(svc, intake_id)
    svc.add_help_request(intake_id, "Hulp in huis", "huishoudelijke-hulp")
    svc.propose_domain(intake_id, "financien", Trigger.STRONG_INDICATION, "post", "aanmaningen")
    svc.answer_domain(intake_id, "financien", agreed=False)
    assert svc.scope(intake_id).status("financien") is DomainStatus.DECLINED
    with pytest.raises(ValidationError):
        svc.score_domain(intake_id, "financien", 2, "gesprek", ON)
    rows = session.vault.db.run(
        lambda c: c.execute("SELECT count(*) FROM zrm_score WHERE domain = 'financien'").fetchone()
    )
    assert rows[0] == 0


def test_r000_12_scores_survive_a_lock_and_closed_domains_stay_not_assessed(
    session: Session,
) -> None:
    svc = service(session)
    intake_id = start(session, svc)
    informed(svc, intake_id)
    svc.add_help_request(intake_id, "Hulp in huis", "huishoudelijke-hulp")
    svc.score_domain(intake_id, "instrumentele_adl", 3, "kan niet meer stofzuigen", ON)
    folder = session.vault.paths.folder
    session.lock()
    reopened = session_mod.unlock(folder, PASSPHRASE)
    svc2 = IntakeService(reopened.vault.db, reopened.trail, svc.profile)
    assessment = svc2.assessment(intake_id)
    assert assessment.value("instrumentele_adl") == 3
    others = [d for d in svc2.scope(intake_id).all_domains() if d != "instrumentele_adl"]
    assert all(assessment.value(d) is None for d in others)
    assert not assessment.complete
    actions = [e.action for e in reopened.vault.db.run(audit.events)]
    assert {"record_handover", "score_domain"} <= set(actions)
    reopened.lock()


def test_intake_tables_exist_after_upgrading_a_version_1_vault(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A vault made with schema 1 is migrated, and the verified backup is removed."""
    from app.crypto import TEST_KDF
    from app.storage import migrate
    from app.storage import vault as vault_module

    folder = tmp_path / "v1"
    only_first = migrate.available_migrations()[:1]
    with monkeypatch.context() as patch:
        patch.setattr(
            vault_module, "migrate", lambda conn, path: migrate.migrate(conn, path, only_first)
        )
        vault_module.create_vault(folder, PASSPHRASE, "w", TEST_KDF).lock()
    upgraded = vault_module.unlock(folder, PASSPHRASE)
    assert upgraded.db.run(migrate.schema_version) == migrate.latest_version() >= 3
    tables = upgraded.db.run(
        lambda c: {r[0] for r in c.execute("SELECT name FROM sqlite_master").fetchall()}
    )
    assert {"intake", "help_request", "domain_decision", "zrm_score", "note_version"} <= tables
    assert not list(folder.glob("*.bak"))
    upgraded.lock()
