"""The sharing catalogue (issue 7): what could leave an intake or a citizen's file, dat first,
never personal or confidential notes, never meldcode signals, never a closed domain's content,
special-category items flagged. Every name and text is fictional."""

from __future__ import annotations

from datetime import date

from app.domain.intake import Compartment, NoteKind
from app.domain.notes import NoteSource
from app.domain.scope import Trigger
from app.domain.selection import InfoKind, Special
from app.domain.visit_records import MeldcodeKind
from app.services.session import Session
from app.services.sharing.catalogue import (
    catalogue_for_citizen,
    catalogue_for_intake,
    item_named,
)
from tests.support.intake import Intakes, informed_intake, intakes

ON = date(2026, 11, 23)


def _fill(kit: Intakes, intake_id: str) -> dict[str, str]:
    r = kit.records
    ids = {
        "dossier": r.add_note(
            intake_id, "Stofzuigen lukt niet meer.", NoteKind.FACT, NoteSource.CITIZEN, ON,
            domain="instrumentele_adl",
        ).id,
        "health": r.add_note(
            intake_id, "Loopt moeilijk de trap op.", NoteKind.OBSERVATION, NoteSource.WORKER, ON,
            domain="lichamelijke_gezondheid",
        ).id,
        "personal": r.add_note(
            intake_id, "Eigen geheugensteun.", NoteKind.FACT, NoteSource.WORKER, ON,
            compartment=Compartment.PERSONAL,
        ).id,
        "confidential": r.add_note(
            intake_id, "Vertrouwelijk gesprek.", NoteKind.FACT, NoteSource.CITIZEN, ON,
            compartment=Compartment.CONFIDENTIAL,
        ).id,
        "work": r.add_note(
            intake_id, "Werkaantekening.", NoteKind.FACT, NoteSource.WORKER, ON,
            compartment=Compartment.WORK,
        ).id,
        "limitation": r.add_limitation(
            intake_id, "lichamelijke_gezondheid", "Kan niet langer dan tien minuten staan.",
            "inwoner",
        ).id,
        "person": r.add_network_person(intake_id, "Els Fictief", "buurvrouw").id,
        "meldcode": r.record_meldcode(
            intake_id, MeldcodeKind.DOMESTIC_VIOLENCE, "Fictieve signalen.", {}
        ).id,
    }  # fmt: skip
    kit.service.score_domain(intake_id, "instrumentele_adl", 2, "gesprek", ON)
    return ids


def test_r003_03_r002_18_catalogue_dat_first_never_personal_confidential_or_meldcode(
    session: Session,
) -> None:
    kit = intakes(session)
    intake_id = informed_intake(kit, name="Fien Catalogus")
    ids = _fill(kit, intake_id)
    items = session.vault.db.run(lambda c: catalogue_for_intake(c, intake_id, kit.service.profile))
    keys = [i.key for i in items]
    kinds = [i.info for i in items]
    assert kinds == sorted(kinds, key=lambda k: k is InfoKind.WAT)  # dat first
    assert keys[:4] == ["dat:contact", "dat:worker", "dat:status", "dat:case_number"]
    assert f"note:{ids['dossier']}" in keys
    for hidden in ("personal", "confidential", "work", "meldcode"):
        assert not any(ids[hidden] in k for k in keys), hidden
    assert "Vertrouwelijk" not in " ".join(i.text for i in items)
    assert "Fictieve signalen" not in " ".join(i.text for i in items)
    assert f"limitation:{ids['limitation']}" in keys
    assert f"zrm:{intake_id}:instrumentele_adl" in keys
    assert f"network_person:{ids['person']}" in keys
    assert len(keys) == len(set(keys))


def test_r002_18_special_domains_flagged_item_by_item(session: Session) -> None:
    kit = intakes(session)
    intake_id = informed_intake(kit, name="Fien Catalogus")
    ids = _fill(kit, intake_id)
    advice = kit.records.add_medical_advice(intake_id, "Hulp bij het huishouden is nodig.", ON)
    items = session.vault.db.run(lambda c: catalogue_for_intake(c, intake_id, kit.service.profile))
    by_key = {i.key: i for i in items}
    assert by_key[f"note:{ids['health']}"].special is Special.HEALTH
    assert by_key[f"limitation:{ids['limitation']}"].special is Special.HEALTH
    assert by_key[f"medical_advice:{advice.id}"].special is Special.HEALTH
    assert by_key[f"note:{ids['dossier']}"].special is Special.NONE
    assert all(i.special is Special.NONE for i in items if i.info is InfoKind.DAT)


def test_r003_03_content_of_a_withdrawn_domain_is_not_offered(session: Session) -> None:
    kit = intakes(session)
    intake_id = informed_intake(kit, name="Fien Catalogus")
    kit.service.propose_domain(intake_id, "financien", Trigger.CITIZEN_RAISED, "Rekeningen")
    kit.service.answer_domain(intake_id, "financien", True)
    note = kit.records.add_note(
        intake_id, "Achterstand bij de fictieve energieleverancier.", NoteKind.FACT,
        NoteSource.CITIZEN, ON, domain="financien",
    )  # fmt: skip

    def keys() -> list[str]:
        items = session.vault.db.run(
            lambda c: catalogue_for_intake(c, intake_id, kit.service.profile)
        )
        return [i.key for i in items]

    assert f"note:{note.id}" in keys()
    kit.service.withdraw_domain(intake_id, "financien")
    assert f"note:{note.id}" not in keys()


def test_r003_03_citizen_catalogue_holds_only_this_citizens_intakes(session: Session) -> None:
    kit = intakes(session)
    mine = informed_intake(kit, name="Fien Catalogus")
    other = informed_intake(kit, name="Gijs Huisgenoot")
    mine_ids = _fill(kit, mine)
    other_ids = _fill(kit, other)
    citizen_id = kit.service.get(mine)
    assert citizen_id is not None
    items = session.vault.db.run(
        lambda c: catalogue_for_citizen(c, citizen_id.citizen_id, kit.service.profile)
    )
    keys = [i.key for i in items]
    assert f"note:{mine_ids['dossier']}" in keys
    assert not any(other_ids["dossier"] in k or other_ids["person"] in k for k in keys)
    assert [k for k in keys if k.startswith("dat:")] == [
        "dat:contact", "dat:worker", "dat:status", "dat:case_number",
    ]  # fmt: skip
    assert item_named(items, "Case number") is not None
    assert (
        session.vault.db.run(
            lambda c: catalogue_for_intake(c, "no-such-intake", kit.service.profile)
        )
        == []
    )
