"""Bundle rules: the vault's identity, what each kind and scope may hold, plain refusals on
import (someone else's, changed, newer), one citizen only. All data fictional."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pyrage
import pytest

from app.domain.citizen import ValidationError
from app.domain.profile import Law
from app.domain.selection import Choice
from app.services.bundles.export import ExportRequest, default_name
from app.services.bundles.schema import (
    BundleRefused,
    BundleUnreadable,
    Kind,
    Scope,
    retention_until,
)
from app.storage import bundle_repository as repo
from tests.support.bundles import Worker, filled, key_text, secret, worker
from tests.support.intake import Clock


def _zaak(w: Worker, citizen_id: str, keys: list[str], scope: Scope, confirmed=()) -> Path:  # type: ignore[no-untyped-def]
    path = w.session.vault.paths.folder.parent / f"{scope.value}.age"
    w.bundles.export(
        ExportRequest(citizen_id, Kind.ZAAKSYSTEEM, "zaaksysteem", "Besluit op de melding",
                      tuple(Choice(k, "Nodig voor het besluit") for k in keys), scope,
                      tuple(confirmed)),
        path,
    )  # fmt: skip
    return path


def test_vault_identity_is_made_once_and_a_roster_identity_must_be_the_workers(
    tmp_path: Path,
) -> None:
    bram = worker(tmp_path, "w-bram", Clock())
    keys = bram.bundles.keys
    first = keys.public_key()
    assert first.startswith("age1")
    assert keys.public_key() == first
    with pytest.raises(ValidationError) as wrong:
        keys.add_roster_identity(key_text("worker-w-anna"), bram.bundles.profile)
    assert wrong.value.field == "identity"
    with pytest.raises(ValidationError):
        keys.add_roster_identity("geen sleutel", bram.bundles.profile)
    public = keys.add_roster_identity(key_text("worker-w-bram"), bram.bundles.profile)
    assert public == bram.bundles.profile.worker("w-bram").age_public_key  # type: ignore[union-attr]
    assert keys.roster_public_key() == public


def test_r001_08_decision_export_holds_decision_fields_unless_confirmed(tmp_path: Path) -> None:
    anna = worker(tmp_path, "w-anna", Clock())
    d = filled(anna.kit)
    offered = {i.key for i in anna.bundles.offer(d.citizen_id)}
    score = next(k for k in offered if k.startswith("zrm:"))
    limit = next(k for k in offered if k.startswith("limitation:"))
    with pytest.raises(BundleRefused) as error:
        _zaak(anna, d.citizen_id, ["dat:case_number", limit, score], Scope.BESLUIT)
    assert len(error.value.problems) == 1
    assert "confirm" in str(error.value)
    path = _zaak(anna, d.citizen_id, ["dat:case_number", limit, score], Scope.BESLUIT, [score])
    doc = json.loads(pyrage.decrypt(path.read_bytes(), [
        pyrage.x25519.Identity.from_str(secret("case-system"))]))  # fmt: skip
    assert [c["key"] for c in doc["content"]] == ["dat:case_number", limit, score]


def test_r001_09_regie_export_has_no_background_or_treatment_notes(tmp_path: Path) -> None:
    anna = worker(tmp_path, "w-anna", Clock())
    d = filled(anna.kit)
    with pytest.raises(BundleRefused) as error:
        _zaak(anna, d.citizen_id, ["dat:case_number", f"note:{d.dossier_note}"], Scope.REGIE)
    assert "VNG/KING" in str(error.value)
    offered = [i.key for i in anna.bundles.offer(d.citizen_id)]
    score = next(k for k in offered if k.startswith("zrm:"))
    assert _zaak(anna, d.citizen_id, ["dat:case_number", score], Scope.REGIE).exists()


def test_r001_26_financial_export_holds_no_wat_content(tmp_path: Path) -> None:
    anna = worker(tmp_path, "w-anna", Clock())
    d = filled(anna.kit)
    request = next(i.key for i in anna.bundles.offer(d.citizen_id) if i.info.value == "wat")
    with pytest.raises(BundleRefused):
        _zaak(anna, d.citizen_id, ["dat:case_number", request], Scope.FINANCIEEL)
    assert _zaak(anna, d.citizen_id, ["dat:case_number", "dat:contact"], Scope.FINANCIEEL)


def test_r003_03_nothing_preselected_and_personal_notes_never_offered(tmp_path: Path) -> None:
    anna = worker(tmp_path, "w-anna", Clock())
    d = filled(anna.kit)
    keys = [i.key for i in anna.bundles.offer(d.citizen_id)]
    assert f"note:{d.personal_note}" not in keys
    assert keys[0].startswith("dat:")
    with pytest.raises(BundleRefused) as error:
        _zaak(anna, d.citizen_id, [], Scope.SELECTIE)
    assert error.value.field == "items"


def test_r003_17_another_household_members_data_never_travel(tmp_path: Path) -> None:
    clock = Clock()
    anna = worker(tmp_path, "w-anna", clock)
    bram = worker(tmp_path, "w-bram", clock)
    bram.bundles.keys.add_roster_identity(key_text("worker-w-bram"), bram.bundles.profile)
    mine = filled(anna.kit, "Jan Voorbeeld")
    partner = filled(anna.kit, "Fenna Voorbeeld")

    def foreign_note(c: object) -> None:  # a partner's note on this intake (household visit)
        c.execute(  # type: ignore[attr-defined]
            "INSERT INTO note (id, citizen_id, body, created_at, updated_at, intake_id, on_date)"
            " VALUES ('n-partner', ?, 'Over de partner Fictief', '2026-11-23T10:00:00+00:00',"
            " '2026-11-23T10:00:00+00:00', ?, '2026-11-23')",
            (partner.citizen_id, mine.intake_id),
        )

    anna.session.vault.db.transaction(foreign_note)
    path = tmp_path / "o.age"
    anna.bundles.export(ExportRequest(mine.citizen_id, Kind.OVERDRACHT, "w-bram", "Overdracht"),
                        path)  # fmt: skip
    plain = pyrage.decrypt(path.read_bytes(), [
        pyrage.x25519.Identity.from_str(secret("worker-w-bram"))]).decode()  # fmt: skip
    assert partner.citizen_id not in plain
    assert "Over de partner" not in plain
    assert "Fenna" not in plain
    bram.imports.import_bundle(path.read_bytes())
    assert "n-partner" not in {n.id for n in bram.kit.records.notes(mine.intake_id)}


def test_import_refuses_someone_elses_changed_or_newer_bundles(tmp_path: Path) -> None:
    clock = Clock()
    anna = worker(tmp_path, "w-anna", clock)
    bram = worker(tmp_path, "w-bram", clock)
    bram.bundles.keys.add_roster_identity(key_text("worker-w-bram"), bram.bundles.profile)
    d = filled(anna.kit)
    for_chantal = tmp_path / "c.age"
    anna.bundles.export(ExportRequest(d.citizen_id, Kind.OVERDRACHT, "w-chantal", "Overdracht"),
                        for_chantal)  # fmt: skip
    with pytest.raises(BundleUnreadable) as other:
        bram.imports.import_bundle(for_chantal.read_bytes())
    assert other.value.reason == "recipient"
    e = filled(anna.kit, "Els Proefpersoon")
    path = tmp_path / "b.age"
    anna.bundles.export(ExportRequest(e.citizen_id, Kind.OVERDRACHT, "w-bram", "Overdracht"), path)
    identity = pyrage.x25519.Identity.from_str(secret("worker-w-bram"))
    doc = json.loads(pyrage.decrypt(path.read_bytes(), [identity]))

    def again(changed: dict) -> bytes:  # type: ignore[type-arg]
        return bytes(pyrage.encrypt(json.dumps(changed).encode(), [identity.to_public()]))

    edited = json.loads(json.dumps(doc))
    edited["rows"][0]["rows"][0][2] = "Iemand Anders"  # the citizen's name
    with pytest.raises(BundleUnreadable) as changed:
        bram.imports.import_bundle(again(edited))
    assert changed.value.reason == "signature"
    newer = json.loads(json.dumps(doc)) | {"schema_version": 99}
    with pytest.raises(BundleUnreadable) as future:
        bram.imports.import_bundle(again(newer))
    assert future.value.reason == "schema"
    assert bram.session.vault.db.run(lambda c: repo.citizen_exists(c, e.citizen_id, "-")) is False
    bram.imports.import_bundle(path.read_bytes())  # the untouched bundle still imports


def test_r002_20_r000_45_one_citizen_encrypted_file_named_by_case_number(tmp_path: Path) -> None:
    anna = worker(tmp_path, "w-anna", Clock())
    d = filled(anna.kit)
    path = _zaak(anna, d.citizen_id, ["dat:case_number"], Scope.SELECTIE)
    data = path.read_bytes()
    assert b"Voorbeeld" not in data
    assert b"KT-" not in data
    name = anna.bundles.default_name(d.citizen_id, Kind.ZAAKSYSTEEM)
    assert name.startswith("KT-")
    assert "Voorbeeld" not in name
    assert default_name("KT-2026-00001", Kind.OVERDRACHT, date(2026, 11, 23)) == (
        "KT-2026-00001-overdracht-2026-11-23.age"
    )
    # The API takes one citizen id; there is no bulk export and no e-mail or network module.
    import app.services.bundles.export as export_module

    source = Path(export_module.__file__).read_text(encoding="utf-8")
    assert not any(w in source for w in ("smtplib", "socket", "urllib", "http.client"))


def test_retention_date_wmo_15_years_jeugd_20_from_the_newest_date(tmp_path: Path) -> None:
    anna = worker(tmp_path, "w-anna", Clock())
    retention = anna.bundles.profile.retention
    days = [date(2026, 1, 5), date(2026, 11, 23)]
    assert retention_until(Law.WMO, days, retention) == date(2041, 11, 23)
    assert retention_until(Law.JEUGDWET, days, retention) == date(2046, 11, 23)
    assert retention_until(Law.WMO, [date(2028, 2, 29)], retention) == date(2043, 2, 28)


def test_retention_date_participatiewet_10_and_wgs_5_years_per_selectielijst(
    tmp_path: Path,
) -> None:
    # Domain facts section 5: an uitkering 10 years, schuldhulpverlening 5, not the Wmo's 15.
    retention = worker(tmp_path, "w-anna", Clock()).bundles.profile.retention
    days = [date(2026, 11, 23)]
    assert retention_until(Law.PARTICIPATIEWET, days, retention) == date(2036, 11, 23)
    assert retention_until(Law.WGS, days, retention) == date(2031, 11, 23)


def test_substitution_needs_an_end_date_after_today(tmp_path: Path) -> None:
    clock = Clock()
    anna = worker(tmp_path, "w-anna", clock)
    d = filled(anna.kit)
    with pytest.raises(BundleRefused) as error:
        anna.bundles.export(
            ExportRequest(d.citizen_id, Kind.VERVANGING, "w-bram", "Vervanging",
                          until=clock.value.date() - timedelta(days=1)),
            tmp_path / "v.age",
        )  # fmt: skip
    assert error.value.field == "until"
