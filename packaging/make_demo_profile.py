"""Re-sign the demo profile with the public demo key after editing it.

``python packaging/make_demo_profile.py`` rewrites ``resources/profiles/voorbeeldstad.toml``
with a fresh ``[signature]`` table and checks the result.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.services.profile_signing import sign_profile_text, verify_profile_text  # noqa: E402

PROFILE = ROOT / "resources" / "profiles" / "voorbeeldstad.toml"
KEY = ROOT / "resources" / "profiles" / "demo-keys" / "DEMO-ONLY-signing-key.pem"


def main() -> int:
    signed = sign_profile_text(PROFILE.read_text("utf-8"), KEY.read_bytes())
    verified = verify_profile_text(signed)
    PROFILE.write_text(signed, "utf-8")
    print(f"signed {PROFILE.name}: version {verified.profile.version}, key {verified.fingerprint}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
