"""The signed agency profile: verification, pinning, updates and field-by-field validation."""

from __future__ import annotations

import contextlib
import re
import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.profile_errors import (
    InvalidField,
    OlderVersion,
    ProfileError,
    TamperedProfile,
    UnparsableProfile,
    UnsignedProfile,
    WrongSigningKey,
)
from app.domain.profile_parse import parse_profile
from app.services.profile_signing import (
    generate_signing_key,
    sign_profile_text,
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


def test_shipped_demo_profile_verifies_and_is_marked_demo() -> None:
    verified = verify_profile_text(demo_text())
    profile = verified.profile
    assert profile.demo
    assert "Voorbeeldstad" in profile.organisation.name
    assert {w.id for w in profile.roster} == {"w-anna", "w-bram", "w-chantal", "w-dirk"}
    assert profile.recovery_key
    assert profile.recovery_key.startswith("age1")
    assert profile.worker("w-anna").vaste_vervanger == "w-bram"  # type: ignore[union-attr]


def test_demo_keys_are_marked_demo_only() -> None:
    folder = DEMO_KEY.parent
    assert all(p.name.startswith("DEMO-ONLY-") for p in folder.iterdir() if p.name != "README.md")
    assert "NEVER FOR REAL DATA" in (folder / "README.md").read_text("utf-8")


def test_one_changed_value_is_tampering() -> None:
    text = demo_text().replace("wmo_years = 15", "wmo_years = 16")
    with pytest.raises(TamperedProfile):
        verify_profile_text(text)


def test_comments_and_whitespace_do_not_break_the_signature() -> None:
    verify_profile_text("# een opmerking\n\n" + demo_text())


def test_unsigned_profile_is_refused() -> None:
    with pytest.raises(UnsignedProfile):
        verify_profile_text(unsigned_text())


def test_update_signed_by_another_key_is_refused_against_the_pin() -> None:
    pinned = verify_profile_text(demo_text())
    pem, _ = generate_signing_key()
    other = sign_profile_text(unsigned_text(), pem)
    verify_profile_text(other)  # a valid signature as such...
    with pytest.raises(WrongSigningKey):
        verify_update(other, pinned)  # ...but not from the agency this vault trusts


def test_older_version_is_refused_and_newer_accepted() -> None:
    installed = verify_profile_text(demo_text())
    newer = sign_profile_text(
        unsigned_text().replace("version = 1\n", "version = 2\n", 1), DEMO_KEY.read_bytes()
    )
    assert verify_update(newer, installed).profile.version == 2
    with pytest.raises(OlderVersion):
        verify_update(demo_text(), verify_profile_text(newer))


def test_broken_toml_is_reported_as_unparsable() -> None:
    with pytest.raises(UnparsableProfile):
        verify_profile_text("[profile\nid = ")


def _doc() -> dict[str, object]:
    return tomllib.loads(unsigned_text())


@pytest.mark.parametrize(
    ("path", "mutate"),
    [
        ("roster[2].age_public_key", lambda d: d["roster"][2].update(age_public_key="age1nope")),
        ("roster[0].vaste_vervanger", lambda d: d["roster"][0].update(vaste_vervanger="w-anna")),
        ("roster[1].team", lambda d: d["roster"][1].update(team="onbekend")),
        ("retention.idle_lock_minutes", lambda d: d["retention"].update(idle_lock_minutes=30)),
        ("retention.wmo_years", lambda d: d["retention"].update(wmo_years=5)),
        ("controllers.hulpverlening", lambda d: d["controllers"].pop("hulpverlening")),
        ("privacy.fg.email", lambda d: d["privacy"]["fg"].pop("email")),
        ("help_request_types[0].law", lambda d: d["help_request_types"][0].update(law="awbz")),
        (
            "help_request_types[1].domains[0]",
            lambda d: d["help_request_types"][1].update(domains=["geloof"]),
        ),
        ("complaint_routes[0].kind", lambda d: d["complaint_routes"][0].update(kind="twitter")),
        ("profile.issued", lambda d: d["profile"].update(issued="gisteren")),
        ("format", lambda d: d.update(format="iets anders")),
    ],
)
def test_invalid_field_is_named(path: str, mutate: object) -> None:
    doc = _doc()
    mutate(doc)  # type: ignore[operator]
    with pytest.raises(InvalidField) as error:
        parse_profile(doc)
    assert error.value.field == path


@pytest.mark.parametrize(
    "domain", ["justitie", "middelengebruik", "huiselijke_relaties", "opvoeding"]
)
def test_r000_02_single_wmo_request_type_may_not_open_sensitive_or_child_domains(
    domain: str,
) -> None:
    doc = _doc()
    doc["help_request_types"][0]["domains"].append(domain)  # type: ignore[index]
    with pytest.raises(InvalidField) as error:
        parse_profile(doc)
    assert error.value.field.startswith("help_request_types[0].domains[")


def test_a_complex_request_may_open_them() -> None:
    doc = _doc()
    doc["help_request_types"][5]["domains"].append("justitie")  # type: ignore[index]
    assert parse_profile(doc).help_request_types[5].complex


def test_signing_refuses_an_invalid_profile() -> None:
    pem, _ = generate_signing_key()
    with pytest.raises(InvalidField):
        sign_profile_text(unsigned_text().replace("wmo_years = 15", "wmo_years = 1"), pem)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_fuzz_any_text_gives_only_profile_errors(text: str) -> None:
    with contextlib.suppress(ProfileError):
        verify_profile_text(text)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(st.sampled_from(list(_doc().keys())), json_values, max_size=8))
def test_fuzz_any_document_gives_only_profile_errors(doc: dict[str, object]) -> None:
    with contextlib.suppress(ProfileError):
        parse_profile(doc)
