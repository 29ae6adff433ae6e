"""Manual lookups carry a reason (R-001-28) and a hulpverlening note moves into the
toeleiding only with the care worker's necessity judgement (R-004-18)."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.citizen import ValidationError
from app.domain.intake import Acknowledgement, Compartment, IntakeMode, NoteKind
from app.domain.lookups import LookupSource
from app.domain.notes import NoteSource
from app.domain.profile import Law, Role
from app.services.lookups import ManualLookups
from app.services.session import Session
from app.storage import audit
from tests.support.intake import ALL_ITEMS, Clock, Intakes, informed_intake, intakes

ON = date(2026, 11, 23)
JUDGEMENT = "Het college heeft de trapproblemen nodig om de woningaanpassing te beoordelen."


def _rows(session: Session, sql: str, *args: object) -> list[tuple[object, ...]]:
    return session.vault.db.run(lambda c: c.execute(sql, args).fetchall())


def _kit(session: Session) -> tuple[Intakes, ManualLookups]:
    kit = intakes(session, Clock())
    return kit, ManualLookups(kit.service)


def _toeleiding_for(kit: Intakes, citizen_id: str) -> str:
    intake_id = kit.service.start_intake(citizen_id, Law.WMO, Role.TOELEIDING, IntakeMode.SINGLE).id
    kit.service.record_handover(
        intake_id, "2026.1", "nl", "papier", ALL_ITEMS, Acknowledgement.SIGNED
    )
    return intake_id


def test_r001_28_a_manual_lookup_needs_a_reason_and_is_kept_without_prefilling(
    session: Session,
) -> None:
    kit, lookups = _kit(session)
    intake_id = informed_intake(kit)
    with pytest.raises(ValidationError) as caught:
        lookups.record_lookup(intake_id, LookupSource.BRP, "nodig", ON)
    assert caught.value.field == "reason"
    assert _rows(session, "SELECT count(*) FROM manual_lookup") == [(0,)]

    lookup = lookups.record_lookup(
        intake_id, LookupSource.BRP, "Adres nagekeken voor de woningaanpassing.", ON
    )
    assert [x.id for x in lookups.lookups(intake_id)] == [lookup.id]
    assert lookups.lookups(intake_id)[0].reason == "Adres nagekeken voor de woningaanpassing."
    event = session.vault.db.run(lambda c: audit.events(c, 1))[0]
    assert (event.action, event.object_type, event.object_id) == (
        "create",
        "manual_lookup",
        lookup.id,
    )
    assert "woningaanpassing" not in repr(event)


def test_r001_28_a_lookup_cannot_be_dated_in_the_future(session: Session) -> None:
    kit, lookups = _kit(session)
    intake_id = informed_intake(kit)
    with pytest.raises(ValidationError):
        lookups.record_lookup(
            intake_id,
            LookupSource.SUWINET,
            "Inkomen nagekeken voor de eigen bijdrage.",
            date(2027, 1, 1),
        )


def test_r004_18_moving_help_data_to_toeleiding_needs_a_necessity_judgement(
    session: Session,
) -> None:
    kit, lookups = _kit(session)
    help_intake = informed_intake(kit, role=Role.HULPVERLENING)
    intake = kit.service.get(help_intake)
    assert intake is not None
    note = kit.records.add_note(
        help_intake, "Kan de trap niet meer op.", NoteKind.FACT, NoteSource.CITIZEN, ON
    )
    target = _toeleiding_for(kit, intake.citizen_id)

    with pytest.raises(ValidationError) as caught:
        lookups.transfer_to_toeleiding(note.id, target, "nodig", "Hanna Hulp")
    assert caught.value.field == "judgement"
    with pytest.raises(ValidationError) as caught:
        lookups.transfer_to_toeleiding(note.id, target, JUDGEMENT, "  ")
    assert caught.value.field == "judged_by"
    assert kit.records.notes(target) == []

    copy = lookups.transfer_to_toeleiding(note.id, target, JUDGEMENT, "Hanna Hulp")

    assert copy.role == "toeleiding"
    assert copy.body == note.body
    assert [n.id for n in kit.records.notes(target)] == [copy.id]
    assert [n.id for n in kit.records.notes(help_intake)] == [note.id]  # the original stays
    transfer = lookups.transfer_into(copy.id)
    assert transfer is not None
    assert (transfer.from_note_id, transfer.judged_by) == (note.id, "Hanna Hulp")
    assert transfer.judgement == JUDGEMENT


def test_r004_18_only_hulpverlening_to_toeleiding_of_the_same_citizen(session: Session) -> None:
    kit, lookups = _kit(session)
    toeleiding = informed_intake(kit, role=Role.TOELEIDING)
    note = kit.records.add_note(
        toeleiding, "Wil graag hulp bij het huishouden.", NoteKind.FACT, NoteSource.CITIZEN, ON
    )
    other = informed_intake(kit, role=Role.TOELEIDING, name="Els Ander")
    with pytest.raises(ValidationError):  # toeleiding → toeleiding is not this door
        lookups.transfer_to_toeleiding(note.id, other, JUDGEMENT, "Hanna Hulp")
    help_intake = informed_intake(kit, role=Role.HULPVERLENING, name="Gert Hulpvraag")
    help_note = kit.records.add_note(
        help_intake, "Schulden besproken.", NoteKind.FACT, NoteSource.CITIZEN, ON
    )
    with pytest.raises(ValidationError) as caught:  # another citizen's toeleiding
        lookups.transfer_to_toeleiding(help_note.id, toeleiding, JUDGEMENT, "Hanna Hulp")
    assert caught.value.field == "target"
    personal = kit.records.add_note(
        help_intake, "Eigen geheugensteun.", NoteKind.FACT, NoteSource.WORKER, ON,
        compartment=Compartment.PERSONAL,
    )  # fmt: skip
    intake = kit.service.get(help_intake)
    assert intake is not None
    target = _toeleiding_for(kit, intake.citizen_id)
    with pytest.raises(ValidationError) as caught:  # personal notes never move
        lookups.transfer_to_toeleiding(personal.id, target, JUDGEMENT, "Hanna Hulp")
    assert caught.value.field == "note"
    assert _rows(session, "SELECT count(*) FROM role_transfer") == [(0,)]
