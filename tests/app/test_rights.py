"""RightsService: recording requests with tasks, extensions, decisions with remedy text,
correction with history, deletion on request and restriction (issue 8; R-002-26, R-000-17,
R-000-38, R-000-39, R-001-29, R-003-23)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.domain.citizen import ValidationError
from app.domain.disclosure import Channel, GroundKind
from app.domain.profile import Role
from app.domain.rights import Capacity, Decision, DestructionLaw, RightKind
from app.domain.tasks import Status
from app.services.rights import RightsService
from app.services.session import Session
from app.services.sharing.disclosures import DisclosureRefused
from app.storage import audit
from app.storage import intake_notes_repository as notes_repo
from app.storage.db import Connection
from tests.app.test_disclosures import THUISZORG, Kit
from tests.support.bundles import filled
from tests.support.files import SENTINEL
from tests.support.intake import Clock, informed_intake, intakes

RECEIVED = date(2026, 11, 20)


def rights(kit: Kit) -> RightsService:
    return RightsService(
        kit.session.vault.db, kit.session.trail, kit.kit.service.profile, kit.clock
    )


@pytest.fixture
def kit(session: Session) -> Kit:
    return Kit(session)


def events(session: Session) -> list[audit.AuditEvent]:
    return session.vault.db.run(audit.events)


def test_r002_26_record_creates_a_statutory_task_due_on_the_due_date(kit: Kit) -> None:
    service = rights(kit)
    request = service.record(kit.citizen_id, RightKind.INZAGE, RECEIVED)
    assert request.due_on == date(2026, 12, 20)
    assert request.requester_name is None
    task = service.tasks.by_source(f"rights_request:{request.id}")
    assert task is not None
    assert task.due_on == request.due_on
    assert task.statutory
    assert service.open_requests() == [request]
    assert [e.action for e in events(kit.session)][-1] == "create"
    destroy = service.record(
        kit.citizen_id, RightKind.VERWIJDERING, RECEIVED, destruction_law=DestructionLaw.WMO
    )
    assert destroy.due_on == date(2027, 2, 20)


def test_r002_26_parent_of_a_12_year_old_needs_the_childs_agreement(session: Session) -> None:
    clock = Clock()
    kit = intakes(session, clock)
    child = session.caseload.add_citizen("Kim Proefkind", "01-01-2014")  # 12 on RECEIVED
    service = RightsService(session.vault.db, session.trail, kit.service.profile, clock)
    with pytest.raises(ValidationError) as error:
        service.record(child.id, RightKind.INZAGE, RECEIVED, Capacity.OUDER_MET_GEZAG,
                       "Petra Proefouder")  # fmt: skip
    assert error.value.field == "minor_consent"
    assert service.for_citizen(child.id) == []  # nothing half-written
    made = service.record(child.id, RightKind.INZAGE, RECEIVED, Capacity.OUDER_MET_GEZAG,
                          "Petra Proefouder", minor_consent=True)  # fmt: skip
    assert made.minor_consent
    assert made.requester_name == "Petra Proefouder"
    young = session.caseload.add_citizen("Tim Proefkind", "01-01-2016")  # 10
    with pytest.raises(ValidationError):
        service.record(young.id, RightKind.INZAGE, RECEIVED)  # under 12: the parent acts


def test_r002_26_extension_with_notice_moves_the_task_and_not_after_the_first_month(
    kit: Kit,
) -> None:
    service = rights(kit)
    request = service.record(kit.citizen_id, RightKind.INZAGE, RECEIVED)
    with pytest.raises(ValidationError):
        service.extend(request.id, 2, "")
    extended = service.extend(request.id, 2, "Veel gegevens uit drie gesprekken")
    assert extended.extended_to == date(2027, 2, 20)
    assert extended.answer_by() == request.due_on  # no notice yet
    notice = service.tasks.by_source(f"rights_request_extension:{request.id}")
    assert notice is not None
    assert notice.due_on == request.due_on
    noticed = service.record_notice(request.id, date(2026, 11, 25))
    assert noticed.answer_by() == date(2027, 2, 20)
    task = service.tasks.by_source(f"rights_request:{request.id}")
    assert task is not None
    assert task.due_on == date(2027, 2, 20)
    done = service.tasks.by_source(f"rights_request_extension:{request.id}")
    assert done is not None
    assert done.status is Status.DONE
    late = service.record(kit.citizen_id, RightKind.CORRECTIE, RECEIVED)
    kit.clock.value += timedelta(days=40)
    with pytest.raises(ValidationError):
        service.extend(late.id, 1, "Te laat bedacht")
    assert service.get(late.id).extended_to is None


@pytest.mark.parametrize(("role", "public"), [(Role.TOELEIDING, True), (Role.HULPVERLENING, False)])
def test_r002_26_refusal_carries_the_remedy_text_of_the_dossiers_controller(
    session: Session, role: Role, public: bool
) -> None:
    clock = Clock()
    kit = intakes(session, clock)
    intake_id = informed_intake(kit, role=role)
    citizen_id = kit.service.get(intake_id).citizen_id  # type: ignore[union-attr]
    service = RightsService(session.vault.db, session.trail, kit.service.profile, clock)
    request = service.record(citizen_id, RightKind.BEZWAAR_VERWERKING, RECEIVED)
    with pytest.raises(ValidationError):
        service.decide(request.id, Decision.AFGEWEZEN, "")
    decided = service.decide(request.id, Decision.AFGEWEZEN, "Wettelijke taak gaat voor").request
    controller = kit.service.profile.controller(role)
    assert controller.public is public
    assert controller.name in decided.remedy_text
    assert ("administrative court" in decided.remedy_text) is public
    assert ("civil court" in decided.remedy_text) is not public
    assert "Autoriteit Persoonsgegevens" in decided.remedy_text
    assert decided.refusal_reason == "Wettelijke taak gaat voor"
    task = service.tasks.by_source(f"rights_request:{request.id}")
    assert task is not None
    assert task.status is Status.DONE
    assert service.open_requests() == []


def test_r000_38_r003_23_correction_keeps_history_statement_and_lists_recipients(
    kit: Kit,
) -> None:
    service = rights(kit)
    kit.service.record(
        kit.draft("dat:contact", organisation=THUISZORG, role="aanbieder",
                  ground=GroundKind.WETTELIJK, statutory_recipient_id="aanbieder-thuiszorg")
    )  # fmt: skip
    request = service.record(kit.citizen_id, RightKind.CORRECTIE, RECEIVED)
    result = service.record_correction(
        request.id, kit.note.id, "Stofzuigen lukt alleen met hulp.", "Ik doe het soms nog zelf."
    )
    assert result.note.body == "Stofzuigen lukt alleen met hulp."
    assert result.recipients == [(THUISZORG, "aanbieder")]
    db = kit.session.vault.db
    history = db.run(lambda c: notes_repo.versions(c, kit.note.id))
    assert [v.body for v in history] == ["Stofzuigen lukt niet meer."]
    views = db.run(lambda c: notes_repo.citizen_views(c, kit.intake_id))
    assert views[("note", kit.note.id)] == "Ik doe het soms nog zelf."
    assert (events(kit.session)[-1].action, events(kit.session)[-1].object_id) == (
        "correct",
        kit.note.id,
    )
    inzage = service.record(kit.citizen_id, RightKind.INZAGE, RECEIVED)
    with pytest.raises(ValidationError):  # an inzage request changes nothing
        service.record_correction(inzage.id, kit.note.id, "Anders")


def test_r000_17_outdated_note_removed_on_request_is_gone_and_audited(kit: Kit) -> None:
    service = rights(kit)
    request = service.record(kit.citizen_id, RightKind.CORRECTIE, RECEIVED)
    report = service.remove_note(request.id, kit.note.id)
    assert report.wal_empty
    assert kit.session.vault.db.run(lambda c: notes_repo.get_note(c, kit.note.id)) is None
    last = events(kit.session)[-1]
    assert (last.action, last.object_type, last.object_id) == ("delete", "note", kit.note.id)


def _rows_naming(conn: Connection, text: str) -> list[str]:
    found = []
    tables = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    for (table,) in tables:
        if table == "audit_event":
            continue
        for row in conn.execute(f"SELECT * FROM {table}").fetchall():  # noqa: S608
            if any(isinstance(v, str) and text in v for v in row):
                found.append(table)
    return found


def test_r000_39_r002_26_deletion_on_request_leaves_only_the_audit_lines(session: Session) -> None:
    clock = Clock()
    kit = intakes(session, clock)
    data = filled(kit, name=SENTINEL)
    other = filled(kit, name="Ander Voorbeeld")
    service = RightsService(session.vault.db, session.trail, kit.service.profile, clock)
    request = service.record(data.citizen_id, RightKind.VERWIJDERING, RECEIVED,
                             destruction_law=DestructionLaw.WMO)  # fmt: skip
    result = service.decide(request.id, Decision.TOEGEWEZEN)
    assert result.erased is not None
    assert result.erased.compact.wal_empty
    db = session.vault.db
    assert db.run(lambda c: _rows_naming(c, data.citizen_id)) == []
    assert db.run(lambda c: _rows_naming(c, SENTINEL)) == []
    assert db.run(lambda c: _rows_naming(c, other.citizen_id))  # the other citizen stays
    log = events(session)
    erase = [e for e in log if e.action == "erase_request"]
    assert [(e.object_type, e.object_id) for e in erase] == [("citizen", data.citizen_id)]
    assert erase[0].count > 10
    decided = next(i for i, e in enumerate(log) if e.action == "decide_toegewezen")
    assert log[decided].object_id == request.id
    assert decided < log.index(erase[0])  # decision recorded before the erasure
    assert db.run(audit.verify_chain).ok


def test_r002_26_deletion_of_selected_items_then_compact(session: Session) -> None:
    clock = Clock()
    kit = intakes(session, clock)
    data = filled(kit)
    service = RightsService(session.vault.db, session.trail, kit.service.profile, clock)
    request = service.record(data.citizen_id, RightKind.VERWIJDERING, RECEIVED)
    persons = kit.records.network_persons(data.intake_id)
    result = service.decide(
        request.id,
        Decision.DEELS_TOEGEWEZEN,
        "De afspraak blijft nodig voor de hulp",
        items=[("note", data.dossier_note), ("network_person", persons[0].id)],
    )
    assert result.compact is not None
    assert result.compact.wal_empty
    assert result.request.remedy_text  # partly refused: the remedy is named
    db = session.vault.db
    assert db.run(lambda c: notes_repo.get_note(c, data.dossier_note)) is None
    assert kit.records.network_persons(data.intake_id) == []
    assert db.run(lambda c: notes_repo.get_note(c, data.agreement)) is not None
    last = events(session)[-1]
    assert (last.action, last.count) == ("delete_items", 2)


def test_r002_26_restriction_stops_sharing_until_lifted(kit: Kit) -> None:
    service = rights(kit)
    request = service.record(kit.citizen_id, RightKind.BEPERKING, RECEIVED)
    statutory = dict(organisation=THUISZORG, role="aanbieder", ground=GroundKind.WETTELIJK,
                     statutory_recipient_id="aanbieder-thuiszorg")  # fmt: skip
    assert not service.restricted(kit.citizen_id)  # asked, not yet decided
    service.decide(request.id, Decision.TOEGEWEZEN)
    assert service.restricted(kit.citizen_id)
    with pytest.raises(DisclosureRefused) as error:
        kit.service.record(kit.draft("dat:contact", **statutory))
    assert "AVG art. 18" in str([p.message for p in error.value.problems])
    service.lift_restriction(request.id)
    assert not service.restricted(kit.citizen_id)
    entry = kit.service.record(kit.draft("dat:contact", **statutory))
    assert entry.draft.channel is Channel.TELEFONISCH
