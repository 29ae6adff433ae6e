"""Bundles between vaults (issue 7 Evidence): a round trip decrypted with the test's private
key in the age format, holding exactly the selected items; a key outside the roster refused;
reassignment and substitution between two vaults in one test. All data fictional."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pyrage
import pytest

from app.domain.selection import Choice
from app.services.bundles.export import ExportRequest, seal
from app.services.bundles.schema import BundleRefused, BundleUnreadable, Kind
from app.services.tasks import TaskService
from app.storage import audit
from app.storage import intake_records_repository as records_repo
from app.storage.repositories import citizen_in
from tests.support.bundles import Worker, filled, key_text, secret, worker
from tests.support.intake import Clock


def _limitations(w: Worker, intake_id: str) -> list[object]:
    return list(w.session.vault.db.run(lambda c: records_repo.limitations(c, intake_id)))


def _open(path: Path, name: str) -> dict:  # type: ignore[type-arg]
    identity = pyrage.x25519.Identity.from_str(secret(name))
    return json.loads(pyrage.decrypt(path.read_bytes(), [identity]))


def test_r000_45_round_trip_holds_exactly_the_selected_items(tmp_path: Path) -> None:
    clock = Clock()
    anna = worker(tmp_path, "w-anna", clock)
    dossier = filled(anna.kit)
    offered = anna.bundles.offer(dossier.citizen_id)
    chosen = [i for i in offered if i.key in ("dat:case_number", "dat:contact")]
    chosen += [i for i in offered if i.key.startswith("help_request:")]
    path = tmp_path / "out" / "bundle.age"
    path.parent.mkdir()
    result = anna.bundles.export(
        ExportRequest(
            dossier.citizen_id,
            Kind.ZAAKSYSTEEM,
            "zaaksysteem",
            "Besluit op de melding",
            tuple(Choice(i.key) for i in chosen),
        ),
        path,
    )
    assert path.read_bytes().startswith(b"age-encryption.org/v1")
    doc = _open(path, "case-system")
    assert [c["key"] for c in doc["content"]] == [i.key for i in chosen]
    assert [c["text"] for c in doc["content"]] == [i.text for i in chosen]
    assert all(c["field"].startswith("zaak.") for c in doc["content"])
    assert doc["rows"] == []
    assert doc["header"]["recipient"] == {"kind": "zaaksysteem", "id": "zaaksysteem"}
    assert doc["dossiers"][0]["retention_until"] == "2041-11-23"  # Wmo: 15 years
    # The export is an audit event and a disclosure (channel versleutelde_bundel).
    assert doc["disclosures"][-1]["id"] == result.disclosure_id
    assert doc["disclosures"][-1]["channel"] == "versleutelde_bundel"
    last = anna.session.vault.db.run(lambda c: audit.events(c, limit=1))[0]
    assert (last.action, last.object_id, doc["audit_head"]["hash"]) == (
        "export", result.bundle_id, last.hash,
    )  # fmt: skip
    # The laptop cannot decrypt it back: the sender's own identities fail.
    with pytest.raises(BundleUnreadable) as error:
        anna.imports.read(path.read_bytes())
    assert error.value.reason == "recipient"


def test_r000_43_a_key_outside_the_roster_is_refused(tmp_path: Path) -> None:
    clock = Clock()
    anna = worker(tmp_path, "w-anna", clock)
    stranger = str(pyrage.x25519.Identity.generate().to_public())
    with pytest.raises(BundleRefused):
        seal(b"{}", stranger, anna.bundles.profile)
    dossier = filled(anna.kit)
    path = tmp_path / "x.age"
    for kind, recipient in ((Kind.OVERDRACHT, "w-onbekend"), (Kind.VERVANGING, "w-chantal")):
        with pytest.raises(BundleRefused) as error:
            anna.bundles.export(
                ExportRequest(dossier.citizen_id, kind, recipient, "Overdracht",
                              until=clock.value.date() + timedelta(days=14)),
                path,
            )  # fmt: skip
        assert error.value.field == "recipient"
    assert not path.exists()


def test_bundle_evidence_reassignment_and_substitution_between_two_vaults(
    tmp_path: Path,
) -> None:
    clock = Clock()
    anna = worker(tmp_path, "w-anna", clock)
    bram = worker(tmp_path, "w-bram", clock)
    bram.bundles.keys.add_roster_identity(key_text("worker-w-bram"), bram.bundles.profile)
    moved = filled(anna.kit, "Jan Voorbeeld")
    substituted = filled(anna.kit, "Els Proefpersoon")

    # Reassignment: everything but personal notes moves; the sender marks it handed over.
    handover = tmp_path / "overdracht.age"
    anna.bundles.export(
        ExportRequest(moved.citizen_id, Kind.OVERDRACHT, "w-bram", "Herverdeling caseload"),
        handover,
    )
    got = bram.imports.import_bundle(handover.read_bytes())
    assert got.citizen_id == moved.citizen_id
    notes = {n.id for n in bram.kit.records.notes(moved.intake_id)}
    assert {moved.dossier_note, moved.work_note, moved.agreement} <= notes
    assert moved.personal_note not in notes
    assert _limitations(bram, moved.intake_id)
    assert bram.kit.service.help_requests(moved.intake_id)
    assert anna.kit.service.get(moved.intake_id).status == "overgedragen"  # type: ignore[union-attr]
    tasks = TaskService(anna.session.vault.db, anna.session.trail, clock).for_citizen(
        moved.citizen_id
    )
    purge = [t for t in tasks if t.kind == "purge_after_handover"]
    assert [t.due_on for t in purge] == [clock.value.date() + timedelta(days=30)]
    with pytest.raises(BundleUnreadable) as twice:
        bram.imports.import_bundle(handover.read_bytes())
    assert twice.value.reason in ("exists", "known")

    # Substitution for the vaste vervanger: no werkdossier, no personal notes, time-limited.
    until = clock.value.date() + timedelta(days=14)
    sub = tmp_path / "vervanging.age"
    anna.bundles.export(
        ExportRequest(substituted.citizen_id, Kind.VERVANGING, "w-bram", "Vakantievervanging",
                      until=until),
        sub,
    )  # fmt: skip
    got = bram.imports.import_bundle(sub.read_bytes())
    assert got.valid_until == until
    notes = {n.id for n in bram.kit.records.notes(substituted.intake_id)}
    assert notes == {substituted.agreement}
    assert _limitations(bram, substituted.intake_id) == []
    assert bram.imports.purge_expired() == 0
    clock.value += timedelta(days=15)
    assert bram.imports.purge_expired() == 1
    db = bram.session.vault.db
    assert db.run(lambda c: citizen_in(c, substituted.citizen_id)) is None
    assert db.run(lambda c: citizen_in(c, moved.citizen_id)) is not None
