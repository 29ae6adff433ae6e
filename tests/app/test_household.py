"""Households (issue 5; R-004-17, R-001-15): every member keeps their own dossier, linked with a
reason under one household plan; family facts are optional with "niet relevant"; another
member's screen learns the link and its reason only; two members in one visit keep their notes
apart; pairwise links of a version-3 vault become households."""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from pathlib import Path

import pytest

from app.domain.citizen import ValidationError
from app.domain.household import FAMILY_FACTS, FactAnswer, HouseholdMember, Relation
from app.domain.intake import Compartment, NoteKind
from app.domain.notes import NoteSource
from app.services.household import HouseholdService
from app.services.session import Session
from app.storage import audit
from tests.app.conftest import PASSPHRASE
from tests.support.intake import Clock, informed_intake, intakes

ON = date(2026, 11, 23)


def households(session: Session) -> HouseholdService:
    return HouseholdService(session.vault.db, session.trail, session.now)


def _count(session: Session, sql: str) -> int:
    return int(session.vault.db.run(lambda c: c.execute(sql).fetchone()[0]))


def test_r004_17_each_member_keeps_their_own_dossier_linked_under_one_plan(
    session: Session,
) -> None:
    kit = intakes(session)
    service = households(session)
    first = informed_intake(kit, name="Ans Proef")
    second = informed_intake(kit, name="Bert Proef")
    ans, bert = (kit.service.get(i) for i in (first, second))
    assert ans is not None
    assert bert is not None
    assert ans.dossier_id != bert.dossier_id  # one dossier per person
    household = service.create(
        ans.citizen_id, "Samen huishouden, hulp bij het huishouden", label="Huis Proef"
    )
    service.add_member(household.id, bert.citizen_id, "Partner, zelfde hulpvraag", Relation.PARTNER)
    service.update_plan(household.id, "Huis Proef", "Gedeeld: het huishouden bijhouden.")
    seen_by_ans, seen_by_bert = (
        service.households_of(ans.citizen_id),
        service.households_of(bert.citizen_id),
    )
    assert seen_by_ans == seen_by_bert  # one headline plan, the same for both
    (plan,) = seen_by_ans
    assert (plan.title, plan.plan_text) == ("Huis Proef", "Gedeeld: het huishouden bijhouden.")
    assert [(m.name, m.reason, m.relation) for m in plan.members] == [
        ("Ans Proef", "Samen huishouden, hulp bij het huishouden", None),
        ("Bert Proef", "Partner, zelfde hulpvraag", Relation.PARTNER),
    ]
    assert _count(session, "SELECT count(*) FROM dossier") == 2  # nothing merged or copied
    actions = {(e.action, e.object_id) for e in session.vault.db.run(audit.events)}
    assert {("create", household.id), ("add_member", household.id)} <= actions


def test_r004_17_family_fields_are_optional_with_niet_relevant_and_no_names_or_birth_dates(
    session: Session,
) -> None:
    service = households(session)
    citizen = session.caseload.add_citizen("Ans Proef")
    household = service.create(citizen.id, "Eigen huishouden")  # nothing else asked
    assert household.facts == dict.fromkeys(FAMILY_FACTS)
    updated = service.update_plan(
        household.id, "", "", {"minors": FactAnswer.NOT_RELEVANT, "carer": FactAnswer.YES}
    )
    assert updated.facts == {
        "minors": FactAnswer.NOT_RELEVANT, "adults": None, "carer": FactAnswer.YES,
    }  # fmt: skip
    assert updated.title == "Household plan"
    with pytest.raises(ValidationError):
        service.update_plan(household.id, "", "", {"partner_name": FactAnswer.YES})
    columns = session.vault.db.run(
        lambda c: [
            r[1]
            for t in ("household", "household_member")
            for r in c.execute(f"PRAGMA table_info({t})").fetchall()
        ]
    )
    assert not [c for c in columns if "name" in c or "birth" in c or "bsn" in c], columns
    assert Relation.NOT_RELEVANT.label == "not relevant"


def test_r001_15_every_link_needs_a_reason_and_nothing_is_half_written(session: Session) -> None:
    service = households(session)
    ans = session.caseload.add_citizen("Ans Proef")
    bert = session.caseload.add_citizen("Bert Proef")
    with pytest.raises(ValidationError) as error:
        service.create(ans.id, "  ")
    assert error.value.field == "reason"
    with pytest.raises(ValidationError) as error:
        service.link(ans.id, bert.id, "")
    assert error.value.field == "reason"
    with pytest.raises(ValidationError) as error:
        service.link(ans.id, ans.id, "Zelfde persoon")
    assert error.value.field == "other"
    with pytest.raises(ValidationError) as error:  # never a citizen number in a link
        service.link(ans.id, bert.id, "BSN 111222333 gedeeld")
    assert error.value.field == "reason"
    assert _count(session, "SELECT count(*) FROM household") == 0
    household = service.link(ans.id, bert.id, "Gezamenlijke schuldenregeling")
    with pytest.raises(ValidationError):
        service.add_member(household.id, bert.id, "Nog een keer")
    assert len(service.households_of(ans.id)[0].members) == 2


def test_r001_15_the_intake_records_link_is_the_household_service(session: Session) -> None:
    kit = intakes(session)
    ans = session.caseload.add_citizen("Ans Proef")
    bert = session.caseload.add_citizen("Bert Proef")
    kit.records.link_household(ans.id, bert.id, "Gezamenlijke schuldenregeling")
    (household,) = households(session).households_of(bert.id)
    assert {m.citizen_id for m in household.members} == {ans.id, bert.id}


def test_r004_17_another_members_screen_shows_only_the_link_and_its_reason(
    session: Session,
) -> None:
    kit = intakes(session)
    service = households(session)
    first = informed_intake(kit, name="Ans Proef")
    second = informed_intake(kit, name="Bert Proef")
    ans, bert = (kit.service.get(i) for i in (first, second))
    assert ans is not None
    assert bert is not None
    secret = "Bert-geheim-7Q"
    kit.records.add_note(
        second, f"Notitie {secret}", NoteKind.FACT, NoteSource.CITIZEN, ON,
        domain="instrumentele_adl",
    )  # fmt: skip
    kit.service.score_domain(second, "instrumentele_adl", 2, f"basis {secret}", ON)
    service.link(ans.citizen_id, bert.citizen_id, "Samen wonend")
    seen = service.households_of(ans.citizen_id)
    assert secret not in repr(seen)
    assert [f.name for f in fields(HouseholdMember)] == [
        "citizen_id", "name", "case_number", "reason", "relation", "added_at",
    ]  # fmt: skip


def test_removing_a_member_keeps_their_dossier_and_an_empty_plan_goes(session: Session) -> None:
    kit = intakes(session)
    service = households(session)
    first = informed_intake(kit, name="Ans Proef")
    ans = kit.service.get(first)
    assert ans is not None
    bert = session.caseload.add_citizen("Bert Proef")
    household = service.link(ans.citizen_id, bert.id, "Samen wonend")
    service.remove_member(household.id, ans.citizen_id)
    assert service.households_of(ans.citizen_id) == []
    assert kit.service.get(first) is not None  # her own dossier and intake stay
    with pytest.raises(ValidationError):
        service.remove_member(household.id, ans.citizen_id)
    service.remove_member(household.id, bert.id)
    assert _count(session, "SELECT count(*) FROM household") == 0
    cees = session.caseload.add_citizen("Cees Proef")
    service.link(bert.id, cees.id, "Huisgenoten")
    session.vault.db.transaction(  # a citizen record deleted (later: a rights request)
        lambda c: [c.execute("DELETE FROM citizen WHERE id = ?", (i,)) for i in (bert.id, cees.id)]
    )
    assert _count(session, "SELECT count(*) FROM household") == 0


def test_two_members_in_one_visit_each_have_their_own_intake_and_notes_stay_apart(
    session: Session,
) -> None:
    clock = Clock()  # one visit: both intakes start at the same moment
    kit = intakes(session, now=clock)
    ans_intake = informed_intake(kit, name="Ans Proef")
    bert_intake = informed_intake(kit, name="Bert Proef")
    ans, bert = (kit.service.get(i) for i in (ans_intake, bert_intake))
    assert ans is not None
    assert bert is not None
    households(session).link(ans.citizen_id, bert.citizen_id, "Echtpaar, één bezoek")
    for intake_id, who in ((ans_intake, "Ans"), (bert_intake, "Bert")):
        kit.records.add_note(
            intake_id, f"Alleen van {who}", NoteKind.FACT, NoteSource.CITIZEN, ON,
            domain="instrumentele_adl",
        )  # fmt: skip
        kit.records.add_note(
            intake_id, f"Werknotitie {who}", NoteKind.OBSERVATION, NoteSource.WORKER, ON,
            compartment=Compartment.PERSONAL,
        )  # fmt: skip
        kit.service.score_domain(intake_id, "instrumentele_adl", 3, f"gesprek met {who}", ON)
        kit.records.add_network_person(intake_id, f"Buur van {who}", "buurvrouw")
    for own, other, who, them in (
        (ans_intake, bert_intake, "Ans", "Bert"),
        (bert_intake, ans_intake, "Bert", "Ans"),
    ):
        notes = " ".join(n.body for n in kit.records.notes(own))
        review = " ".join(i.text for i in kit.review.review_items(own))  # also read along
        assert who in notes
        assert who in review
        assert them not in notes, (own, other)
        assert them not in review, (own, other)
    assert ans.started_at == bert.started_at
    assert ans.dossier_id != bert.dossier_id


def test_household_links_of_a_version_3_vault_become_households(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A vault made with schema 3 (pairwise household_link) is migrated; links keep reasons."""
    from app.crypto import TEST_KDF
    from app.storage import migrate
    from app.storage import vault as vault_module

    folder = tmp_path / "v3"
    first_three = migrate.available_migrations()[:3]
    with monkeypatch.context() as patch:
        patch.setattr(
            vault_module, "migrate", lambda conn, path: migrate.migrate(conn, path, first_three)
        )
        old = vault_module.create_vault(folder, PASSPHRASE, "w", TEST_KDF)

    def fill(conn) -> None:  # type: ignore[no-untyped-def]
        for n, name in enumerate(("Ans Proef", "Bert Proef", "Cees Proef"), start=1):
            conn.execute(
                "INSERT INTO citizen (id, case_number, name, created_at, updated_at)"
                " VALUES (?, ?, ?, '2026-01-01', '2026-01-01')",
                (f"c{n}", f"KT-2026-0000{n}", name),
            )
        conn.execute(
            "INSERT INTO household_link VALUES ('c1', 'c2', 'Samen wonend', '2026-02-01T10:00')"
        )
        conn.execute(
            "INSERT INTO household_link VALUES ('c1', 'c3', 'Zoon, woont in', '2026-03-01T10:00')"
        )

    assert old.db.run(migrate.schema_version) == 3
    old.db.transaction(fill)
    old.lock()
    upgraded = vault_module.unlock(folder, PASSPHRASE)
    assert upgraded.db.run(migrate.schema_version) == migrate.latest_version() >= 6
    rows = upgraded.db.run(
        lambda c: c.execute(
            "SELECT household_id, citizen_id, reason FROM household_member"
            " ORDER BY reason, citizen_id"
        ).fetchall()
    )
    assert [(r[1], r[2]) for r in rows] == [
        ("c1", "Samen wonend"), ("c2", "Samen wonend"),
        ("c1", "Zoon, woont in"), ("c3", "Zoon, woont in"),
    ]  # fmt: skip
    assert rows[0][0] == rows[1][0] != rows[2][0] == rows[3][0]
    tables = upgraded.db.run(
        lambda c: {r[0] for r in c.execute("SELECT name FROM sqlite_master").fetchall()}
    )
    assert "household_link" not in tables
    assert "household_link_map" not in tables
    assert {"household", "household_member", "triage_moment"} <= tables
    assert not list(folder.glob("*.bak"))
    upgraded.lock()
