"""Inzage in one action: the printed overview plus, when asked, a machine-readable copy only
inside a passphrase-encrypted file (issue 8; R-000-37, R-002-25, R-001-16, R-004-28, R-001-29,
R-003-05, R-003-22)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pyrage
import pytest

from app.domain.citizen import ValidationError
from app.domain.disclosure import GroundKind
from app.domain.intake import Compartment, NoteKind
from app.domain.notes import NoteSource
from app.domain.rights import RightKind
from app.services.rights import RightsService
from app.services.rights_inzage import WORDS, generate_passphrase
from app.services.session import Session
from app.storage import audit
from tests.app.test_disclosures import THUISZORG, Kit
from tests.support.intake import informed_intake
from tests.support.pdf import pdf_text

ON = date(2026, 11, 23)


@pytest.fixture
def kit(session: Session) -> Kit:
    k = Kit(session)
    add = k.kit.records.add_note
    add(k.intake_id, "PERSOONLIJKGEHEUGEN", NoteKind.FACT, NoteSource.WORKER, ON,
        compartment=Compartment.PERSONAL)  # fmt: skip
    add(k.intake_id, "Buurman zegt dat hij helpt.", NoteKind.FACT, NoteSource.NETWORK, ON)
    k.kit.records.add_network_person(k.intake_id, "Piet Proefbuur", "buurman", "06-00000000")
    k.service.record(
        k.draft("dat:contact", organisation=THUISZORG, role="aanbieder",
                ground=GroundKind.WETTELIJK, statutory_recipient_id="aanbieder-thuiszorg")
    )  # fmt: skip
    other = informed_intake(k.kit, name="Huis Genootvoorbeeld")
    add(other, "HUISGENOOTNOTITIE", NoteKind.FACT, NoteSource.CITIZEN, ON)
    other_citizen = k.kit.service.get(other).citizen_id  # type: ignore[union-attr]
    k.kit.records.link_household(k.citizen_id, other_citizen, "wonen samen (fictief)")
    return k


def service(kit: Kit, personal: bool = False) -> RightsService:
    profile = kit.kit.service.profile
    profile = replace(profile, paper=replace(profile.paper, personal_notes_in_inzage=personal))
    return RightsService(kit.session.vault.db, kit.session.trail, profile, kit.clock)


def answer(kit: Kit, folder: Path, personal: bool = False) -> tuple[dict[str, Any], Path, str]:
    rights = service(kit, personal)
    request = rights.record(kit.citizen_id, RightKind.INZAGE, ON)
    folder = folder / "out"
    folder.mkdir()
    result = rights.answer_inzage(request.id, folder)
    assert result.copy_path is not None
    assert result.passphrase is not None
    plain = pyrage.passphrase.decrypt(result.copy_path.read_bytes(), result.passphrase)
    return json.loads(plain), result.copy_path, result.passphrase


def notes_of(copy: dict[str, Any]) -> list[dict[str, Any]]:
    return [n for d in copy["overview"]["dossiers"] for c in d["conversations"] for n in c["notes"]]


def test_r000_37_r002_25_copy_decrypts_and_holds_what_the_paper_holds(
    kit: Kit, tmp_path: Path
) -> None:
    copy, path, passphrase = answer(kit, tmp_path)
    assert copy["format"] == "keukentafel-inzage"
    overview = copy["overview"]
    assert overview["citizen"] == "Fien Deelvoorbeeld"
    bodies = [n["body"] for n in notes_of(copy)]
    assert "Stofzuigen lukt niet meer." in bodies
    assert overview["consents"] is not None
    assert any(THUISZORG in line["text"] for line in overview["disclosures"])  # sharing records
    assert any(a["action"] == "create" for a in overview["access"])  # the access log
    conversation = overview["dossiers"][0]["conversations"][0]
    assert conversation["help_requests"]
    assert conversation["states"]
    # never in plain form on disk, never in the file name
    raw = path.read_bytes()
    assert b"Fien" not in raw
    assert b"Stofzuigen" not in raw
    assert passphrase not in path.name
    assert "Fien" not in path.name
    assert [p.name for p in path.parent.iterdir()] == [path.name]
    last = kit.session.vault.db.run(audit.events)[-1]
    assert (last.action, last.object_type, last.object_id) == ("export", "citizen", kit.citizen_id)


def test_r002_25_the_printed_overview_lists_the_disclosures(kit: Kit, tmp_path: Path) -> None:
    rights = service(kit)
    request = rights.record(kit.citizen_id, RightKind.INZAGE, ON)
    result = rights.answer_inzage(request.id)  # no copy asked: the paper only
    assert result.copy_path is None
    assert result.passphrase is None
    text = pdf_text(result.paper.pdf)
    assert "Thuiszorg Voorbeeld" in text
    assert [p.name for p in tmp_path.iterdir()] == ["vault"]  # nothing written beside it


def test_r001_16_no_other_household_member_in_the_copy(kit: Kit, tmp_path: Path) -> None:
    copy, _, _ = answer(kit, tmp_path)
    text = json.dumps(copy, ensure_ascii=False)
    assert "HUISGENOOTNOTITIE" not in text
    assert "Huis Genootvoorbeeld" not in text


def test_r004_28_third_party_data_flagged_for_consent_or_anonymisation(
    kit: Kit, tmp_path: Path
) -> None:
    copy, _, _ = answer(kit, tmp_path)
    network = copy["overview"]["dossiers"][0]["conversations"][0]["network"]
    assert [p["name"] for p in network] == ["Piet Proefbuur"]
    assert all(p["third_party"] for p in network)
    assert "consent" in network[0]["flag"]
    flagged = {n["body"]: n["third_party"] for n in notes_of(copy)}
    assert flagged["Buurman zegt dat hij helpt."] is True
    assert flagged["Stofzuigen lukt niet meer."] is False


@pytest.mark.parametrize("personal", [False, True])
def test_r004_28_r001_29_personal_notes_follow_the_agency_setting(
    kit: Kit, tmp_path: Path, personal: bool
) -> None:
    copy, _, _ = answer(kit, tmp_path, personal)
    assert ("PERSOONLIJKGEHEUGEN" in [n["body"] for n in notes_of(copy)]) is personal
    assert copy["overview"]["personal_notes"] is personal


def test_r000_37_only_an_inzage_request_is_answered_with_an_overview(kit: Kit) -> None:
    rights = service(kit)
    request = rights.record(kit.citizen_id, RightKind.CORRECTIE, ON)
    with pytest.raises(ValidationError):
        rights.answer_inzage(request.id)


def test_r002_25_generated_passphrases_are_words_and_differ() -> None:
    made = {generate_passphrase() for _ in range(20)}
    assert len(made) == 20
    for phrase in made:
        words = phrase.split("-")
        assert len(words) == 7
        assert all(w in WORDS for w in words)
