"""What a visit records besides the help request (issue 4): notes with kind, source, date and
role; medical words; limitations instead of diagnoses; documents seen but never kept; network
persons without BSN; identity without image; extras only when the request needs them; the
Wmo onderzoek; meldcode signals outside the gate."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.domain.citizen import ValidationError
from app.domain.intake import Compartment, IntakeMode, NoteKind
from app.domain.notes import MedicalWordWarning, NoteSource, medical_words_in
from app.domain.profile import Law, Role
from app.domain.visit_records import (
    Disposition,
    DocumentSource,
    IdDocument,
    MeldcodeKind,
    contains_bsn,
    elfproef,
)
from app.services.session import Session
from app.storage import audit
from app.storage import intake_notes_repository as notes_repo
from tests.support.intake import informed_intake, intakes, with_needs

ON = date(2026, 11, 23)


def test_r000_16_r001_17_a_note_has_kind_source_date_and_the_dossiers_role(
    session: Session,
) -> None:
    kit = intakes(session)
    intake_id = informed_intake(kit, role=Role.HULPVERLENING)
    fact = kit.records.add_note(
        intake_id, "Mevrouw kan niet bukken.", NoteKind.FACT, NoteSource.CITIZEN, ON,
        domain="instrumentele_adl",
    )  # fmt: skip
    stored = kit.records.notes(intake_id)[0]
    assert (stored.kind, stored.source, stored.on, stored.role, stored.domain) == (
        NoteKind.FACT, NoteSource.CITIZEN, ON, "hulpverlening", "instrumentele_adl",
    )  # fmt: skip
    with pytest.raises(ValidationError) as error:
        kit.records.add_note(
            intake_id, "Lijkt somber.", NoteKind.INTERPRETATION, NoteSource.WORKER, ON
        )
    assert error.value.field == "refers_to"
    agreement = kit.records.add_note(
        intake_id, "Volgende week bellen.", NoteKind.AGREEMENT, NoteSource.WORKER, ON
    )
    with pytest.raises(ValidationError):  # an agreement is no fact to interpret
        kit.records.add_note(
            intake_id, "Zij wil het zelf regelen.", NoteKind.INTERPRETATION, NoteSource.WORKER,
            ON, refers_to=agreement.id,
        )  # fmt: skip
    kit.records.add_note(
        intake_id, "Bukken lijkt pijnlijk.", NoteKind.INTERPRETATION, NoteSource.WORKER, ON,
        domain="instrumentele_adl", refers_to=fact.id,
    )  # fmt: skip
    assert [n.kind for n in kit.records.notes(intake_id)] == [
        NoteKind.FACT, NoteKind.AGREEMENT, NoteKind.INTERPRETATION,
    ]  # fmt: skip


def test_r000_06_notes_only_in_open_domains_and_never_in_contact_only(session: Session) -> None:
    kit = intakes(session)
    intake_id = informed_intake(kit)
    with pytest.raises(ValidationError) as error:
        kit.records.add_note(
            intake_id, "Schulden genoemd.", NoteKind.FACT, NoteSource.CITIZEN, ON,
            domain="financien",
        )  # fmt: skip
    assert error.value.field == "domain"
    contact = informed_intake(kit, type_id=None, mode=IntakeMode.CONTACT_ONLY)
    with pytest.raises(ValidationError) as error:
        kit.records.add_note(contact, "Belde even.", NoteKind.FACT, NoteSource.CITIZEN, ON)
    assert error.value.field == "mode"
    count = session.vault.db.run(lambda c: c.execute("SELECT count(*) FROM note").fetchone()[0])
    assert count == 0


def test_corrections_keep_the_earlier_wording(session: Session) -> None:
    kit = intakes(session)
    intake_id = informed_intake(kit)
    note = kit.records.add_note(intake_id, "Woont alleen.", NoteKind.FACT, NoteSource.CITIZEN, ON)
    kit.records.correct_note(note.id, "Woont alleen, dochter komt dagelijks.")
    kit.records.correct_note(note.id, "Woont alleen; dochter komt elke dag langs.")
    history = session.vault.db.run(lambda c: notes_repo.versions(c, note.id))
    assert [v.body for v in history] == ["Woont alleen.", "Woont alleen, dochter komt dagelijks."]
    assert kit.records.notes(intake_id)[0].body == "Woont alleen; dochter komt elke dag langs."


def test_r000_20_medical_words_warn_and_suggest_a_limitation(session: Session) -> None:
    kit = intakes(session)
    words = kit.service.profile.medical_words
    found = medical_words_in("Zie de huisartsbrief en de medicatieLijst", words)
    assert set(found) == {"medicatie", "huisartsbrief"}
    assert medical_words_in("De Diagnose is onduidelijk", ("diagnose",)) == ["diagnose"]
    assert medical_words_in("prognoses", ("diagnose",)) == []
    intake_id = informed_intake(kit)
    with pytest.raises(MedicalWordWarning) as warning:
        kit.records.add_note(
            intake_id, "Diagnose artrose, medicatie voor pijn.", NoteKind.FACT,
            NoteSource.CITIZEN, ON,
        )  # fmt: skip
    assert set(warning.value.words) == {"diagnose", "medicatie"}
    assert "limitation" in str(warning.value) or "beperking" in str(warning.value)
    assert kit.records.notes(intake_id) == []
    kit.records.add_limitation(
        intake_id, "lichamelijke_gezondheid", "Kan niet langer dan 5 minuten staan.", "inwoner"
    )


def test_r000_19_r004_12_r000_18_no_diagnosis_medication_or_attachment_column_anywhere(
    session: Session,
) -> None:
    def columns(conn):  # type: ignore[no-untyped-def]
        found = []
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
            for row in conn.execute(f"PRAGMA table_info({table})"):
                found.append((table, row[1].lower(), (row[2] or "").upper()))
        return found

    found = session.vault.db.run(columns)
    forbidden = ("diagnos", "medicat", "medicijn", "treatment", "behandel", "attachment",
                 "bijlage", "image", "photo", "scan", "foto", "blob")  # fmt: skip
    assert not [c for c in found if any(word in c[1] for word in forbidden)]
    assert not [c for c in found if c[2] == "BLOB"]  # no place for a scan or a copy


def test_r003_24_another_professionals_conclusion_without_the_data_beneath_it(
    session: Session,
) -> None:
    kit = intakes(session)
    intake_id = informed_intake(kit, "vervoer")
    with pytest.raises(MedicalWordWarning) as warning:
        kit.records.add_medical_advice(intake_id, "Diagnose artrose; medicatie helpt niet.", ON)
    assert warning.value.field == "conclusion"
    saved = kit.records.add_medical_advice(
        intake_id, "Kan geen trap op; een traplift is passend.", ON
    )
    assert (saved.conclusion, saved.on) == ("Kan geen trap op; een traplift is passend.", ON)
    columns = session.vault.db.run(
        lambda c: [r[1] for r in c.execute("PRAGMA table_info(medical_advice)")]
    )
    assert columns == ["id", "intake_id", "conclusion", "on_date"]  # no place for the report


def test_r000_21_r004_13_a_document_seen_is_logged_never_kept(session: Session) -> None:
    kit = intakes(session)
    intake_id = informed_intake(kit)
    doc = kit.records.log_document(intake_id, DocumentSource.GP, ON)
    assert kit.review.close_check(intake_id).documents_without_disposition == 1
    kit.records.dispose_document(intake_id, doc.id, Disposition.RETURNED, informed=True)
    (logged,) = kit.records.documents(intake_id)
    assert (logged.disposition, logged.citizen_informed) == (Disposition.RETURNED, True)
    assert kit.review.close_check(intake_id).documents_without_disposition == 0


def test_elfproef_and_bsn_detection() -> None:
    assert elfproef("111222333")
    assert not elfproef("111222334")
    assert contains_bsn("bsn 111 222 333")
    assert contains_bsn("1112.22.333")
    assert not contains_bsn("06-12345678")  # a phone number is ten digits
    assert not contains_bsn("0612345678")
    assert not contains_bsn("123456789")  # nine digits, fails the eleven test


def test_r000_15_r002_11_network_persons_have_four_fields_and_never_a_bsn(
    session: Session,
) -> None:
    kit = intakes(session)
    intake_id = informed_intake(kit)
    for field in ("name", "relation", "contact", "support"):
        values = {"name": "Els", "relation": "buurvrouw", "contact": "", "support": ""}
        values[field] = values[field] + " 111 222 333"
        with pytest.raises(ValidationError) as error:
            kit.records.add_network_person(intake_id, **values)
        assert error.value.field == field
        assert "111" not in str(error.value)  # the message never echoes the number
    kit.records.add_network_person(intake_id, "Els", "buurvrouw", "06-12345678", "boodschappen")
    columns = session.vault.db.run(
        lambda c: [r[1] for r in c.execute("PRAGMA table_info(network_person)")]
    )
    assert set(columns) - {"id", "intake_id", "created_at"} == {
        "name", "relation", "contact", "support",
    }  # fmt: skip


def test_r000_14_bsn_identity_and_income_only_when_the_request_type_needs_them(
    session: Session,
) -> None:
    kit = intakes(
        session, adjust=lambda p: with_needs(p, "woningaanpassing", ("bsn", "identiteit"))
    )
    plain = informed_intake(kit)  # huishoudelijke hulp needs none of them
    assert kit.records.needs(plain) == set()
    with pytest.raises(ValidationError):
        kit.records.set_extra(plain, "bsn", "111222333")
    with pytest.raises(ValidationError):
        kit.records.record_identity(plain, IdDocument.ID_CARD, "AB1234567", ON + timedelta(400))
    needing = informed_intake(kit, type_id="woningaanpassing", name="Piet Proef")
    assert kit.records.needs(needing) == {"bsn", "identiteit"}
    with pytest.raises(ValidationError) as error:
        kit.records.set_extra(needing, "bsn", "111222334")
    assert error.value.field == "bsn"
    kit.records.set_extra(needing, "bsn", "111 222 333")
    with pytest.raises(ValidationError):
        kit.records.set_extra(needing, "inkomen", "bijstand")  # not needed by this type


def test_r004_01_identity_is_type_number_expiry_and_who_checked(session: Session) -> None:
    kit = intakes(session, adjust=lambda p: with_needs(p, "huishoudelijke-hulp", ("identiteit",)))
    intake_id = informed_intake(kit)
    with pytest.raises(ValidationError) as error:
        kit.records.record_identity(intake_id, IdDocument.PASSPORT, "NX12AB34C", date(2020, 1, 1))
    assert error.value.field == "expires_on"
    check = kit.records.record_identity(
        intake_id, IdDocument.PASSPORT, "nx12 ab34c", date(2030, 1, 1)
    )
    assert (check.doc_number, check.verified_by) == ("NX12AB34C", session.trail.actor)
    columns = session.vault.db.run(
        lambda c: [r[1] for r in c.execute("PRAGMA table_info(identity_check)")]
    )
    assert columns == [
        "intake_id", "doc_type", "doc_number", "expires_on", "verified_by", "verified_at",
    ]  # fmt: skip


def test_r002_12_health_notes_are_special_and_set_the_art9_ground(session: Session) -> None:
    kit = intakes(session)
    intake_id = informed_intake(kit)
    plain = kit.records.add_note(
        intake_id, "Stofzuigen lukt niet.", NoteKind.FACT, NoteSource.CITIZEN, ON,
        domain="instrumentele_adl",
    )  # fmt: skip
    basis = session.vault.db.run(
        lambda c: c.execute("SELECT basis_art6, basis_art9 FROM dossier").fetchone()
    )
    assert basis[0].startswith("AVG art. 6 lid 1 sub e")
    assert basis[1] is None
    special = kit.records.add_note(
        intake_id, "Kan niet lang staan.", NoteKind.FACT, NoteSource.CITIZEN, ON,
        domain="lichamelijke_gezondheid",
    )  # fmt: skip
    assert (plain.special, special.special) == (False, True)
    basis = session.vault.db.run(lambda c: c.execute("SELECT basis_art9 FROM dossier").fetchone())
    assert basis[0].startswith("AVG art. 9 lid 2")
    assert "toestemming" not in basis[0].lower()
    assert "instemming" not in basis[0].lower()


def test_r000_04_the_answer_to_other_concerns_is_recorded(session: Session) -> None:
    kit = intakes(session)
    intake_id = informed_intake(kit)
    kit.records.record_concerns(intake_id, "Geen andere zorgen.")
    items = kit.review.review_items(intake_id)
    assert any(i.kind == "concerns" and i.text == "Geen andere zorgen." for i in items)
    # a concern can become a further help request
    kit.service.add_help_request(intake_id, "Ik kom de deur niet meer uit", "vervoer")
    assert len([i for i in kit.review.review_items(intake_id) if i.kind == "help_request"]) == 2


def test_wmo_onderzoek_items_are_part_of_every_wmo_intake_not_domains(session: Session) -> None:
    kit = intakes(session)
    intake_id = informed_intake(kit)
    kit.records.record_onderzoek(intake_id, "mantelzorg", "Dochter doet de was.")
    kit.records.record_onderzoek(intake_id, "gebruikelijke_hulp", "Woont alleen.")
    kit.records.record_explained(intake_id, "pgb")
    assert set(kit.records.onderzoek(intake_id)) == {"mantelzorg", "gebruikelijke_hulp", "pgb"}
    # not a domain: nothing opened in the gate
    assert kit.service.scope(intake_id).status("sociaal_netwerk").value == "not_discussed"
    wgs = informed_intake(kit, type_id="schulden", law=Law.WGS, name="Karel Test")
    with pytest.raises(ValidationError):
        kit.records.record_onderzoek(wgs, "mantelzorg", "n.v.t.")


def test_meldcode_signal_is_always_possible_and_restricted(session: Session) -> None:
    kit = intakes(session)
    contact = informed_intake(kit, type_id=None, mode=IntakeMode.CONTACT_ONLY)
    signal = kit.records.record_meldcode(
        contact, MeldcodeKind.CHILD_ABUSE, "Blauwe plekken gezien bij kind (fictief).",
        {"1_signalen": ON},
    )  # fmt: skip
    later = date(2026, 11, 30)
    kit.records.add_meldcode_steps(
        contact, signal.id, {"1_signalen": later, "2_consultatie": later}
    )
    (stored,) = kit.records.meldcode_signals(contact)
    assert stored.steps == {"1_signalen": ON, "2_consultatie": later}  # first dates stay
    assert not any("Blauwe" in i.text for i in kit.review.review_items(contact))
    with pytest.raises(ValidationError):
        kit.records.record_meldcode(contact, MeldcodeKind.CHILD_ABUSE, "x", {"9_onbekend": ON})


def test_r001_15_a_household_link_needs_a_reason(session: Session) -> None:
    kit = intakes(session)
    a = session.caseload.add_citizen("Ans Voorbeeld")
    b = session.caseload.add_citizen("Bert Voorbeeld")
    with pytest.raises(ValidationError) as error:
        kit.records.link_household(a.id, b.id, "  ")
    assert error.value.field == "reason"
    kit.records.link_household(a.id, b.id, "Gezamenlijke schuldenregeling")


def test_r004_15_personal_notes_expire_after_the_agencys_period(session: Session) -> None:
    from tests.support.intake import Clock

    clock = Clock()
    kit = intakes(session, now=clock)
    intake_id = informed_intake(kit)
    kit.records.add_note(
        intake_id, "Eigen geheugensteun.", NoteKind.FACT, NoteSource.WORKER, ON,
        compartment=Compartment.PERSONAL,
    )  # fmt: skip
    kit.records.add_note(intake_id, "Dossiernotitie.", NoteKind.FACT, NoteSource.CITIZEN, ON)
    assert kit.review.purge_personal_notes() == 0
    clock.value += timedelta(days=kit.service.profile.retention.personal_note_days + 1)
    assert kit.review.purge_personal_notes() == 1
    assert [n.body for n in kit.records.notes(intake_id)] == ["Dossiernotitie."]
    assert "expire" in [e.action for e in session.vault.db.run(audit.events)]


def test_r004_05_r003_15_r001_04_the_basis_is_the_statutory_task_never_agreement(
    session: Session,
) -> None:
    kit = intakes(session)
    for law, type_id, name in ((Law.WMO, "huishoudelijke-hulp", "Ans Proef"),
                               (Law.WGS, "schulden", "Bert Proef")):  # fmt: skip
        informed_intake(kit, type_id=type_id, law=law, name=name)
    bases = session.vault.db.run(
        lambda c: c.execute("SELECT law, basis_art6 FROM dossier ORDER BY law").fetchall()
    )
    assert [law for law, _ in bases] == ["wgs", "wmo"]
    for _, basis in bases:
        assert basis.startswith("AVG art. 6 lid 1 sub e")
        assert "toestemming" not in basis.lower()
        assert "instemming" not in basis.lower()


def test_r002_07_r000_13_no_total_or_average_and_absent_scores_read_not_assessed(
    session: Session,
) -> None:
    kit = intakes(session)
    intake_id = informed_intake(kit)
    kit.service.score_domain(intake_id, "instrumentele_adl", 2, "gesprek", ON)
    assessment = kit.service.assessment(intake_id)
    assert not assessment.complete
    assert not any(hasattr(assessment, name) for name in ("total", "average", "mean", "sum"))
    labels = {d: assessment.label(d) for d in kit.service.scope(intake_id).all_domains()}
    assert labels["instrumentele_adl"].startswith("2")
    assert {v for d, v in labels.items() if d != "instrumentele_adl"} == {"not assessed"}
