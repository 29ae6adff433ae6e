"""Signed agency profiles: verification, pinning, update rules and the ``profile`` command."""

from __future__ import annotations

import base64
import contextlib
import os
import re
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from app.cli import main as cli_main
from app.domain.profile_errors import (
    ChangedWithoutNewVersion,
    InvalidField,
    OlderVersion,
    OtherAgency,
    ProfileError,
    SignatureNotLast,
    SigningKeyError,
    TamperedProfile,
    UnparsableProfile,
    UnsignedProfile,
    WrongSigningKey,
)
from app.services.profile_signing import (
    canonical_bytes,
    generate_signing_key,
    parse_toml,
    sign_profile_text,
    strip_signature,
    verify_profile_text,
    verify_update,
)

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "profiles" / "voorbeeldstad.toml"
DEMO_KEY = ROOT / "resources" / "profiles" / "demo-keys" / "DEMO-ONLY-signing-key.pem"


def demo_text() -> str:
    return DEMO.read_text("utf-8")


def unsigned_text() -> str:
    return re.sub(r"\n\[signature\][\s\S]*\Z", "\n", demo_text())


def demo_signed(text: str) -> str:
    return sign_profile_text(text, DEMO_KEY.read_bytes())


def with_version(version: int, key: bytes | None = None) -> str:
    body = unsigned_text().replace("version = 1\n", f"version = {version}\n", 1)
    return sign_profile_text(body, key or DEMO_KEY.read_bytes())


# --- the shipped file --------------------------------------------------------------------------


def test_shipped_demo_profile_verifies_and_parses() -> None:
    verified = verify_profile_text(demo_text())
    assert verified.profile.id == "voorbeeldstad-demo"
    assert verified.profile.demo
    assert len(verified.fingerprint) == 16


def test_shipped_demo_profile_is_signed_by_the_shipped_demo_key_and_current() -> None:
    # Ed25519 is deterministic: re-signing the unchanged file must give the same bytes.
    assert demo_signed(demo_text()) == demo_text()


# --- refusals, each with its own reason ------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("wmo_years = 15", "wmo_years = 16"),
        ('name = "Anna de Demo"', 'name = "Anna de Demp"'),
        ('id = "w-bram"', 'id = "w-brom"'),
        ("demo = true", "demo = false"),
        ("issued = 2026-11-01", "issued = 2026-11-02"),
    ],
)
def test_one_changed_byte_of_content_is_tampering(old: str, new: str) -> None:
    text = demo_text()
    assert text.count(old) == 1
    with pytest.raises(TamperedProfile):
        verify_profile_text(text.replace(old, new))


def test_a_changed_signature_byte_is_tampering() -> None:
    text = demo_text()
    value = re.search(r'^value = "(.+)"$', text, re.MULTILINE)
    assert value is not None
    raw = bytearray(base64.b64decode(value.group(1)))
    raw[10] ^= 0x01
    forged = text.replace(value.group(1), base64.b64encode(bytes(raw)).decode())
    with pytest.raises(TamperedProfile):
        verify_profile_text(forged)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ('algorithm = "ed25519"', 'algorithm = "rsa"'),
        ('public_key = "', 'public_key = "!!'),
        ('value = "', 'value = "x'),
    ],
)
def test_a_malformed_signature_table_is_tampering(old: str, new: str) -> None:
    with pytest.raises(TamperedProfile):
        verify_profile_text(demo_text().replace(old, new, 1))


def test_comments_whitespace_and_table_order_do_not_break_the_signature() -> None:
    text = "# een opmerking\n\n" + demo_text().replace("\n\n", "\n\n\n")
    keys = re.search(r"^\[keys\]\n(?:.+\n)+", text, re.MULTILINE)
    assert keys is not None
    moved = text.replace(keys.group(0), "").replace("[profile]", keys.group(0) + "\n[profile]", 1)
    assert moved.index("[keys]") < moved.index("[profile]")
    assert verify_profile_text(moved).profile == verify_profile_text(demo_text()).profile


def test_removed_signature_is_unsigned() -> None:
    with pytest.raises(UnsignedProfile):
        verify_profile_text(unsigned_text())


def test_empty_signature_value_is_unsigned() -> None:
    with pytest.raises(UnsignedProfile):
        verify_profile_text(unsigned_text() + '\n[signature]\nalgorithm = "ed25519"\nvalue = ""\n')


def test_another_key_is_refused_when_a_key_is_pinned() -> None:
    pinned = verify_profile_text(demo_text())
    other_pem, other_public = generate_signing_key()
    other = sign_profile_text(unsigned_text(), other_pem)
    assert verify_profile_text(other).public_key == other_public  # valid as such...
    with pytest.raises(WrongSigningKey):
        verify_profile_text(other, pinned.public_key)  # ...but not the key this vault trusts
    with pytest.raises(WrongSigningKey):
        verify_update(with_version(2, other_pem), pinned)


def test_the_pinned_key_is_accepted() -> None:
    pinned = verify_profile_text(demo_text()).public_key
    assert verify_profile_text(demo_text(), pinned).public_key == pinned


def test_broken_toml_is_unparsable_with_its_line() -> None:
    with pytest.raises(UnparsableProfile, match="line 2"):
        verify_profile_text('format = "keukentafel-profile/1"\n[profile\n')


def test_absurd_nesting_is_unparsable_not_a_crash() -> None:
    with pytest.raises(UnparsableProfile):
        verify_profile_text("a = " + "[" * 5000 + "]" * 5000)


def test_a_correctly_signed_but_invalid_profile_names_the_field() -> None:
    key = Ed25519PrivateKey.from_private_bytes(b"\x07" * 32)
    public = key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    body = unsigned_text().replace("idle_lock_minutes = 10", "idle_lock_minutes = 60")
    signature = key.sign(canonical_bytes(parse_toml(body)))
    text = (
        f'{body}\n[signature]\nalgorithm = "ed25519"\n'
        f'public_key = "{base64.b64encode(public).decode()}"\n'
        f'value = "{base64.b64encode(signature).decode()}"\n'
    )
    with pytest.raises(InvalidField) as error:
        verify_profile_text(text)
    assert error.value.field == "retention.idle_lock_minutes"


# --- updates -----------------------------------------------------------------------------------


def test_a_first_import_needs_no_pin() -> None:
    assert verify_update(demo_text(), None).profile.version == 1


def test_a_lower_version_is_refused_and_a_higher_one_accepted() -> None:
    installed = verify_profile_text(with_version(3))
    assert verify_update(with_version(4), installed).profile.version == 4
    with pytest.raises(OlderVersion, match="version 2"):
        verify_update(with_version(2), installed)


def test_the_same_version_is_accepted_only_unchanged() -> None:
    installed = verify_profile_text(demo_text())
    assert verify_update("# opnieuw\n" + demo_text(), installed).profile.version == 1
    changed = demo_signed(
        unsigned_text().replace("personal_note_days = 30", "personal_note_days = 20")
    )
    with pytest.raises(ChangedWithoutNewVersion):
        verify_update(changed, installed)


def test_another_agency_signed_with_the_same_key_is_refused() -> None:
    installed = verify_profile_text(demo_text())
    body = unsigned_text().replace('id = "voorbeeldstad-demo"', 'id = "andere-gemeente"')
    with pytest.raises(OtherAgency):
        verify_update(demo_signed(body.replace("version = 1\n", "version = 2\n", 1)), installed)


# --- signing -----------------------------------------------------------------------------------


def test_signing_replaces_an_existing_signature() -> None:
    pem, public = generate_signing_key()
    resigned = sign_profile_text(demo_text(), pem)
    assert resigned.count("[signature]") == 1
    assert verify_profile_text(resigned, public).public_key == public


def test_signing_refuses_an_invalid_profile() -> None:
    pem, _ = generate_signing_key()
    with pytest.raises(InvalidField) as error:
        sign_profile_text(unsigned_text().replace("wmo_years = 15", "wmo_years = 1"), pem)
    assert error.value.field == "retention.wmo_years"


def test_signing_refuses_a_signature_table_that_is_not_last() -> None:
    text = demo_text() + '\n[extra]\nnote = "after the signature"\n'
    with pytest.raises(SignatureNotLast):
        strip_signature(text)
    pem, _ = generate_signing_key()
    with pytest.raises(SignatureNotLast):
        sign_profile_text(text, pem)


@pytest.mark.parametrize(
    "pem",
    [
        b"not a key",
        Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(b"geheim"),
        ),
    ],
    ids=["garbage", "encrypted"],
)
def test_an_unusable_signing_key_is_refused(pem: bytes) -> None:
    with pytest.raises(SigningKeyError):
        sign_profile_text(unsigned_text(), pem)


# --- fuzz --------------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_fuzz_any_text_gives_only_profile_errors(text: str) -> None:
    with contextlib.suppress(ProfileError):
        verify_profile_text(text)


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=len(demo_text()) - 1), st.characters())
def test_fuzz_one_changed_character_is_never_accepted_as_a_different_profile(
    position: int, char: str
) -> None:
    original = demo_text()
    text = original[:position] + char + original[position + 1 :]
    try:
        verified = verify_profile_text(text)
    except ProfileError:
        return
    # Accepted only if the change did not touch a signed value (a comment, whitespace).
    assert canonical_bytes(parse_toml(text)) == canonical_bytes(parse_toml(original))
    assert verified.profile == verify_profile_text(original).profile


# --- keukentafel profile keygen|sign|check -----------------------------------------------------


def test_cli_keygen_sign_check_round_trip(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    key = tmp_path / "agency.pem"
    assert cli_main(["profile", "keygen", "--out", str(key)]) == 0
    public = capsys.readouterr().out.split("Public key: ")[1].strip()
    if sys.platform != "win32":
        assert os.stat(key).st_mode & 0o077 == 0
    assert cli_main(["profile", "keygen", "--out", str(key)]) == 1  # never overwrite a key
    source = tmp_path / "profile.toml"
    source.write_text(unsigned_text(), "utf-8")
    signed = tmp_path / "signed.toml"
    assert cli_main(["profile", "sign", str(source), "--key", str(key), "--out", str(signed)]) == 0
    capsys.readouterr()
    assert cli_main(["profile", "check", str(signed), "--pin", public]) == 0
    out = capsys.readouterr().out
    assert "Gemeente Voorbeeldstad (DEMO)" in out
    assert "version 1" in out
    assert "Workers in the roster: 4" in out
    assert verify_profile_text(signed.read_text("utf-8")).fingerprint in out
    assert out.rstrip().endswith("OK")


def test_cli_check_names_the_reason_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, other_public = generate_signing_key()
    assert cli_main(["profile", "check", str(DEMO), "--pin", other_public]) == 1
    assert "REFUSED" in capsys.readouterr().err
    tampered = tmp_path / "tampered.toml"
    tampered.write_text(demo_text().replace("wmo_years = 15", "wmo_years = 16"), "utf-8")
    assert cli_main(["profile", "check", str(tampered)]) == 1
    assert "changed after signing" in capsys.readouterr().err
    assert cli_main(["profile", "check", str(tmp_path / "missing.toml")]) == 1
    assert "Cannot read" in capsys.readouterr().err


def test_cli_sign_refuses_an_invalid_profile_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "profile.toml"
    source.write_text(unsigned_text().replace('team = "wmo-noord"', 'team = "elders"', 1), "utf-8")
    out = tmp_path / "signed.toml"
    assert (
        cli_main(["profile", "sign", str(source), "--key", str(DEMO_KEY), "--out", str(out)]) == 1
    )
    assert "roster[0].team" in capsys.readouterr().err
    assert not out.exists()
