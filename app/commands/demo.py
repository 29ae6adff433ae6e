"""``keukentafel demo``: a demo vault on the fictional Gemeente Voorbeeldstad profile.

Creates the demo vault once (in the per-user data folder, beside any real vault, never over
one), fills it with a few clearly fictional citizens, prints the demo passphrase, and starts
the app on it. Everything in it is invented; the demo keys are public.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app import crypto
from app.commands.gui import launch_gui
from app.i18n import translate
from app.paths import default_paths
from app.services import session as session_mod
from app.services.profiles import ProfileChoice, install_profile, shipped_profiles

DEMO_PASSPHRASE = "demo-voorbeeldstad-keukentafel"  # noqa: S105 - public, printed

# Clearly fictional people (no real names, addresses or BSNs).
DEMO_CITIZENS = (
    ("Jan Voorbeeld", "12-04-1941", ("Vraagt hulp bij het huishouden na een val in maart.",)),
    ("Fatima Testdorp", "03-11-1978", ("Wil graag weten of een traplift mogelijk is.",)),
    ("Henk de Proef", "", ("Eerste contact via de telefoon; afspraak gemaakt voor een bezoek.",)),
    (
        "Anna Fictief",
        "30-06-1990",
        ("Zoekt ondersteuning bij het ordenen van post en rekeningen.",),
    ),
)


def demo_profile() -> ProfileChoice:
    for choice in shipped_profiles():
        if choice.demo:
            return choice
    raise SystemExit(translate("cli", "The demo profile is missing from resources/profiles."))


def ensure_demo_vault(folder: Path, kdf: crypto.KdfParams | None = None) -> bool:
    """Create the demo vault in ``folder`` unless it exists; return True when created."""
    if (folder / "vault.db").exists():
        return False
    profile = demo_profile()
    worker = profile.roster[0]
    session = session_mod.create(
        folder,
        DEMO_PASSPHRASE,
        session_mod.WorkerIdentity(worker.id, worker.name, worker.role, worker.team),
        kdf or crypto.calibrate(target_seconds=0.3, max_seconds=0.6),
        profile.recovery_recipient,
    )
    try:
        install_profile(session, profile)
        for name, dob, notes in DEMO_CITIZENS:
            citizen = session.caseload.add_citizen(name, dob)
            for body in notes:
                session.caseload.add_note(citizen.id, body)
    finally:
        session.lock()
    return True


def run(args: argparse.Namespace) -> int:
    folder = Path(args.vault) if args.vault else default_paths().demo_vault
    created = ensure_demo_vault(folder)
    print(translate("cli", "Keukentafel demo — Gemeente Voorbeeldstad (fictional)"))
    if created:
        print(translate("cli", "Demo vault created in: {folder}").format(folder=folder))
    else:
        print(translate("cli", "Demo vault in: {folder}").format(folder=folder))
    print(translate("cli", "Demo passphrase: {passphrase}").format(passphrase=DEMO_PASSPHRASE))
    if args.no_gui:
        return 0
    return launch_gui(args, folder)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "demo", help=translate("cli", "start on the demo profile with a demo vault")
    )
    parser.add_argument("--vault", help=translate("cli", "demo vault folder"))
    parser.add_argument(
        "--no-gui", action="store_true", help=translate("cli", "only create the demo vault")
    )
    parser.set_defaults(handler=run)
