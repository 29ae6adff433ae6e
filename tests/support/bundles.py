"""Builders for bundle tests: roster workers' vaults on one injected clock, a filled dossier,
and the DEMO-ONLY age identities of the roster (public demo keys, never for real data).
Every name and text is fictional."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.crypto import TEST_KDF
from app.domain.intake import Compartment, NoteKind
from app.domain.notes import NoteSource
from app.services import session as session_mod
from app.services.bundles.export import BundleService
from app.services.bundles.import_ import BundleImport
from app.services.session import Session, WorkerIdentity
from tests.support.intake import Clock, Intakes, informed_intake, intakes

DEMO_KEYS = Path(__file__).resolve().parents[2] / "resources" / "profiles" / "demo-keys"
PASSPHRASE = "paars tractor zingt onder water"
ON = date(2026, 11, 23)
NAMES = {"w-anna": "Anna de Demo", "w-bram": "Bram Proefmans", "w-chantal": "Chantal Testers"}


def key_text(name: str) -> str:
    """The text of a DEMO-ONLY identity file: "case-system" or "worker-w-bram"."""
    return (DEMO_KEYS / f"DEMO-ONLY-{name}.agekey").read_text(encoding="utf-8")


def secret(name: str) -> str:
    return next(x for x in key_text(name).splitlines() if x.startswith("AGE-SECRET-KEY-1"))


@dataclass
class Worker:
    session: Session
    kit: Intakes
    bundles: BundleService
    imports: BundleImport


def worker(tmp_path: Path, worker_id: str, clock: Clock) -> Worker:
    identity = WorkerIdentity(worker_id, NAMES[worker_id], "Wmo-consulent", "Team Noord")
    session = session_mod.create(tmp_path / worker_id, PASSPHRASE, identity, TEST_KDF, now=clock)
    kit = intakes(session, clock)
    profile = kit.service.profile
    bundles = BundleService(session.vault.db, session.trail, profile, clock)
    imports = BundleImport(session.vault.db, session.trail, profile, clock)
    return Worker(session, kit, bundles, imports)


@dataclass(frozen=True)
class Filled:
    citizen_id: str
    intake_id: str
    dossier_note: str
    work_note: str
    personal_note: str
    agreement: str


def filled(kit: Intakes, name: str = "Jan Voorbeeld") -> Filled:
    """An intake with a help request, notes in every compartment, a limitation, a network
    person and a score."""
    intake_id = informed_intake(kit, name=name)
    intake = kit.service.get(intake_id)
    assert intake is not None
    citizen_id = intake.citizen_id
    add = kit.records.add_note
    dossier = add(intake_id, "Kan de trap niet meer op.", NoteKind.FACT, NoteSource.CITIZEN, ON,
                  domain="instrumentele_adl")  # fmt: skip
    work = add(intake_id, "Werkaantekening over de planning.", NoteKind.FACT, NoteSource.WORKER,
               ON, compartment=Compartment.WORK)  # fmt: skip
    personal = add(intake_id, "Eigen geheugensteun Fictief.", NoteKind.FACT, NoteSource.WORKER,
                   ON, compartment=Compartment.PERSONAL)  # fmt: skip
    agreement = add(intake_id, "Volgende week bellen.", NoteKind.AGREEMENT, NoteSource.WORKER, ON)
    kit.records.add_limitation(intake_id, "instrumentele_adl", "Kan niet tillen.", "inwoner")
    kit.records.add_network_person(intake_id, "Piet Proef", "buurman", "06-00000000")
    kit.service.score_domain(intake_id, "instrumentele_adl", 2, "Eigen verhaal", ON)
    return Filled(citizen_id, intake_id, dossier.id, work.id, personal.id, agreement.id)
