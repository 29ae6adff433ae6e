"""Re-sign the demo profile with the public demo key after editing it.

    python packaging/make_demo_profile.py             # re-sign voorbeeldstad.toml in place
    python packaging/make_demo_profile.py --check     # exit 1 if the shipped file is stale
    python packaging/make_demo_profile.py --new-keys  # new demo keys, then re-sign

Ed25519 signatures are deterministic, so re-signing an unchanged file gives the same bytes:
``--check`` can run in CI. ``--new-keys`` replaces every DEMO-ONLY key in
``resources/profiles/demo-keys/`` and the matching public keys in the profile text. The keys
are public on purpose (see the README there); a real agency uses ``keukentafel profile``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pyrage

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.services.profile_signing import (  # noqa: E402
    generate_signing_key,
    parse_toml,
    sign_profile_text,
    strip_signature,
    verify_profile_text,
)

PROFILE = ROOT / "resources" / "profiles" / "voorbeeldstad.toml"
KEYS = ROOT / "resources" / "profiles" / "demo-keys"
SIGNING_KEY = KEYS / "DEMO-ONLY-signing-key.pem"
AGE_HEADER = "# DEMO ONLY - public demo key, never for real data\n"


def age_key_files(text: str) -> dict[str, Path]:
    """The demo identity file for every age public key the profile names, by public key."""
    doc = parse_toml(text)
    files = {
        w["age_public_key"]: KEYS / f"DEMO-ONLY-worker-{w['id']}.agekey" for w in doc["roster"]
    }
    files[doc["keys"]["case_system"]] = KEYS / "DEMO-ONLY-case-system.agekey"
    if doc["keys"].get("recovery"):
        files[doc["keys"]["recovery"]] = KEYS / "DEMO-ONLY-recovery.agekey"
    return files


def new_keys(text: str) -> str:
    """Write fresh DEMO-ONLY keys and return ``text`` with the new public keys in place."""
    body = strip_signature(text)
    for old_public, path in age_key_files(body).items():
        identity = pyrage.x25519.Identity.generate()
        public = str(identity.to_public())
        path.write_text(f"{AGE_HEADER}# public key: {public}\n{identity}\n", "utf-8")
        body = body.replace(f'"{old_public}"', f'"{public}"')
    pem, _ = generate_signing_key()
    SIGNING_KEY.write_bytes(pem)
    return body


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="fail if the file needs re-signing")
    mode.add_argument("--new-keys", action="store_true", help="replace every demo key first")
    args = parser.parse_args(argv)
    text = PROFILE.read_text("utf-8")
    if args.new_keys:
        text = new_keys(text)
    signed = sign_profile_text(text, SIGNING_KEY.read_bytes())
    verified = verify_profile_text(signed)
    if args.check:
        if signed != PROFILE.read_text("utf-8"):
            print(f"{PROFILE.name} is not signed with the current demo key; run this script.")
            return 1
        print(f"{PROFILE.name} is current (key {verified.fingerprint}).")
        return 0
    PROFILE.write_text(signed, "utf-8")
    print(f"signed {PROFILE.name}: version {verified.profile.version}, key {verified.fingerprint}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
