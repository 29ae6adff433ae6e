"""The agency profile format: the shipped demo content and field-by-field validation."""

from __future__ import annotations

import contextlib
import copy
import re
import tomllib
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pyrage
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.profile import GUIDANCE_POINTS, AgencyProfile, Law, Role
from app.domain.profile_errors import InvalidField, ProfileError
from app.domain.profile_extras import MAX_GUIDANCE_CHARS
from app.domain.profile_parse import parse_profile
from app.domain.zrm import DOMAINS

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "profiles" / "voorbeeldstad.toml"
DEMO_KEYS = ROOT / "resources" / "profiles" / "demo-keys"


def demo_doc() -> dict[str, Any]:
    doc = tomllib.loads(DEMO.read_text("utf-8"))
    doc.pop("signature")
    return doc


DOC = demo_doc()


def fresh() -> dict[str, Any]:
    return copy.deepcopy(DOC)


def demo_profile() -> AgencyProfile:
    return parse_profile(fresh())


# --- the shipped demo ------------------------------------------------------------------------


def test_demo_profile_is_a_complete_fictional_demo() -> None:
    profile = demo_profile()
    assert profile.demo
    assert "DEMO" in DEMO.read_text("utf-8").splitlines()[0]
    assert profile.organisation.name == "Gemeente Voorbeeldstad (DEMO)"
    assert "9999 ZZ Voorbeeldstad" in profile.organisation.address
    assert profile.controller(Role.TOELEIDING).public  # college: Awb bezwaar
    assert not profile.controller(Role.HULPVERLENING).public  # stichting: civil court
    assert {r.kind for r in profile.complaint_routes} >= {
        "klachtenloket",
        "ombudsman",
        "autoriteit_persoonsgegevens",
    }
    assert (profile.retention.wmo_years, profile.retention.jeugd_years) == (15, 20)
    assert profile.retention.idle_lock_minutes == 10
    assert {t.law for t in profile.help_request_types} == set(Law)
    assert {"cak", "svb"} <= {r.id for r in profile.statutory_recipients}
    assert profile.medical_words
    assert profile.recipient_organisations


def test_demo_roster_pairs_each_worker_with_a_vaste_vervanger() -> None:
    roster = {w.id: w for w in demo_profile().roster}
    pairs = {w.id: w.vaste_vervanger for w in roster.values()}
    assert pairs == {
        "w-anna": "w-bram",
        "w-bram": "w-anna",
        "w-chantal": "w-dirk",
        "w-dirk": "w-chantal",
    }
    # Team leaders read no content (DESIGN section 2), so no vaste vervanger is one.
    assert {w.role for w in roster.values()} == {"Wmo-consulent", "Wijkteammedewerker"}


def _identity_public(path: Path) -> str:
    secret = next(x for x in path.read_text("utf-8").split() if x.startswith("AGE-SECRET-KEY-"))
    return str(pyrage.x25519.Identity.from_str(secret).to_public())


def test_shipped_demo_identities_match_the_profile_keys() -> None:
    profile = demo_profile()
    for worker in profile.roster:
        path = DEMO_KEYS / f"DEMO-ONLY-worker-{worker.id}.agekey"
        assert _identity_public(path) == worker.age_public_key
    assert _identity_public(DEMO_KEYS / "DEMO-ONLY-case-system.agekey") == profile.case_system_key
    assert _identity_public(DEMO_KEYS / "DEMO-ONLY-recovery.agekey") == profile.recovery_key


def test_demo_keys_are_marked_demo_only() -> None:
    names = [p.name for p in DEMO_KEYS.iterdir() if p.name != "README.md"]
    assert names
    assert all(name.startswith("DEMO-ONLY-") for name in names)
    assert "NEVER FOR REAL DATA" in (DEMO_KEYS / "README.md").read_text("utf-8")


def test_documents_carry_a_version_per_language() -> None:
    consent = demo_profile().document("toestemmingsformulier")
    assert consent is not None
    assert consent.languages == ("nl", "nl-easy", "en")
    assert consent.version("nl") == "2026.1"
    assert consent.version("en") == "2026.1"
    assert consent.version("fr") is None


def test_r000_26_documents_may_override_a_paragraph_per_language() -> None:
    doc = fresh()
    entry = next(d for d in doc["documents"] if d["id"] == "verklaring-kennisname")
    entry["texts"] = {"nl": {"copy": "  Bewaar dit blad.  "}}
    profile = parse_profile(doc)
    ack = profile.document("verklaring-kennisname")
    assert ack is not None
    assert ack.override("nl", "copy") == "Bewaar dit blad."
    assert ack.override("en", "copy") is None


@pytest.mark.parametrize(
    ("texts", "path"),
    [
        ({"fr": {"copy": "x"}}, "texts.fr"),
        ({"nl": {"Copy": "x"}}, "texts.nl.Copy"),
        ({"nl": {"copy": " "}}, "texts.nl.copy"),
        ({"nl": {"copy": "x" * 2001}}, "texts.nl.copy"),
        ({"nl": "x"}, "texts.nl"),
    ],
)
def test_a_bad_text_override_is_named(texts: dict[str, Any], path: str) -> None:
    doc = fresh()
    index = next(i for i, d in enumerate(doc["documents"]) if d["id"] == "verklaring-kennisname")
    doc["documents"][index]["texts"] = texts
    with pytest.raises(InvalidField) as error:
        parse_profile(doc)
    assert error.value.field == f"documents[{index}].{path}"


def test_paper_settings_default_and_parse() -> None:
    doc = fresh()
    assert parse_profile(doc).paper.case_system.startswith("het zaaksysteem")
    doc.pop("paper")
    assert parse_profile(doc).paper.case_system == ""
    assert not parse_profile(doc).paper.personal_notes_in_inzage
    doc["paper"] = {"personal_notes_in_inzage": "ja"}
    with pytest.raises(InvalidField, match=r"paper\.personal_notes_in_inzage"):
        parse_profile(doc)


def test_zrm_domains_of_a_profile_end_with_its_child_domains() -> None:
    domains = demo_profile().zrm_domains()
    assert domains[:13] == DOMAINS
    children = [d for d in domains if d.child]
    assert [d.id for d in children] == ["opvoeding", "ontwikkeling_kind"]
    assert domains[-1].child


def test_idle_lock_defaults_to_ten_minutes() -> None:
    doc = fresh()
    del doc["retention"]["idle_lock_minutes"]
    assert parse_profile(doc).retention.idle_lock_minutes == 10


def test_recovery_key_is_optional() -> None:
    doc = fresh()
    del doc["keys"]["recovery"]
    assert parse_profile(doc).recovery_key is None


# --- each wrong field is named ----------------------------------------------------------------

Mutation = Callable[[dict[str, Any]], object]
INVALID: list[tuple[str, Mutation]] = [
    ("format", lambda d: d.update(format="keukentafel-profile/9")),
    ("profile.id", lambda d: d["profile"].update(id="Voorbeeld Stad")),
    ("profile.version", lambda d: d["profile"].update(version=0)),
    ("profile.version", lambda d: d["profile"].update(version="2")),
    ("profile.issued", lambda d: d["profile"].update(issued="gisteren")),
    ("profile.issued", lambda d: d["profile"].update(issued=datetime(2026, 11, 1, 9, 0))),
    ("profile.demo", lambda d: d["profile"].update(demo="ja")),
    ("organisation.email", lambda d: d["organisation"].update(email="  ")),
    ("organisation.adres", lambda d: d["organisation"].update(adres="x")),
    ("controllers.hulpverlening", lambda d: d["controllers"].pop("hulpverlening")),
    ("controllers.toeleiding.public", lambda d: d["controllers"]["toeleiding"].pop("public")),
    ("teams[1].id", lambda d: d["teams"][1].update(id="wmo-noord")),
    ("privacy.fg.email", lambda d: d["privacy"]["fg"].pop("email")),
    ("privacy.contact_point", lambda d: d["privacy"].update(contact_point="loket")),
    ("complaint_routes[0].kind", lambda d: d["complaint_routes"][0].update(kind="twitter")),
    ("retention.wmo_years", lambda d: d["retention"].update(wmo_years=5)),
    ("retention.jeugd_years", lambda d: d["retention"].update(jeugd_years=15)),
    ("retention.participatiewet_years", lambda d: d["retention"].update(participatiewet_years=9)),
    ("retention.wgs_years", lambda d: d["retention"].update(wgs_years=4)),
    ("retention.idle_lock_minutes", lambda d: d["retention"].update(idle_lock_minutes=16)),
    ("retention.idle_lock_minutes", lambda d: d["retention"].update(idle_lock_minutes=True)),
    ("child_domains[0].id", lambda d: d["child_domains"][0].update(id="justitie")),
    ("help_request_types[0].law", lambda d: d["help_request_types"][0].update(law="awbz")),
    ("help_request_types[0].domains", lambda d: d["help_request_types"][0].update(domains=[])),
    (
        "help_request_types[1].domains[0]",
        lambda d: d["help_request_types"][1].update(domains=["geloof"]),
    ),
    (
        "help_request_types[1].domains[1]",
        lambda d: d["help_request_types"][1].update(domains=["huisvesting", ["huisvesting"]]),
    ),
    (
        "help_request_types[2].id",
        lambda d: d["help_request_types"][2].update(id="woningaanpassing"),
    ),
    (
        "statutory_recipients[1].legal_basis",
        lambda d: d["statutory_recipients"][1].pop("legal_basis"),
    ),
    ("recipient_organisations", lambda d: d.update(recipient_organisations={"id": "x"})),
    ("medical.words[1]", lambda d: d["medical"]["words"].__setitem__(1, 42)),
    ("documents[0].versions.nl", lambda d: d["documents"][0]["versions"].pop("nl")),
    ("documents[0].versions.fr", lambda d: d["documents"][0]["versions"].update(fr="2026.1")),
    ("documents[1].versions.en", lambda d: d["documents"][1]["versions"].update(en="")),
    ("roster", lambda d: d.update(roster=[])),
    ("roster[2].age_public_key", lambda d: d["roster"][2].update(age_public_key="age1nope")),
    (
        "roster[1].age_public_key",
        lambda d: d["roster"][1].update(age_public_key=d["roster"][0]["age_public_key"]),
    ),
    ("roster[0].vaste_vervanger", lambda d: d["roster"][0].update(vaste_vervanger="w-anna")),
    ("roster[3].vaste_vervanger", lambda d: d["roster"][3].update(vaste_vervanger="w-zoe")),
    ("roster[1].team", lambda d: d["roster"][1].update(team="onbekend")),
    ("roster[3].id", lambda d: d["roster"][3].update(id="w-anna")),
    ("keys.case_system", lambda d: d["keys"].pop("case_system")),
    ("keys.recovery", lambda d: d["keys"].update(recovery="AGE-SECRET-KEY-1QQQ")),
    ("keys.recovery", lambda d: d["keys"].update(recovery=d["roster"][0]["age_public_key"])),
    ("keys.recovry", lambda d: d["keys"].update(recovry=d["keys"].pop("recovery"))),
    ("retentie", lambda d: d.update(retentie={})),
]


@pytest.mark.parametrize(
    ("path", "mutate"), INVALID, ids=[f"{p}-{i}" for i, (p, _) in enumerate(INVALID)]
)
def test_invalid_field_is_named_by_its_dotted_path(path: str, mutate: Mutation) -> None:
    doc = fresh()
    mutate(doc)
    with pytest.raises(InvalidField) as error:
        parse_profile(doc)
    assert error.value.field == path
    assert str(error.value).startswith(f"{path}: ")


def test_message_reads_as_field_then_problem() -> None:
    doc = fresh()
    doc["roster"][2]["age_public_key"] = "age1nope"
    with pytest.raises(ProfileError, match=re.escape("roster[2].age_public_key: not a valid age")):
        parse_profile(doc)


def test_a_document_that_is_not_a_table_is_refused() -> None:
    with pytest.raises(InvalidField):
        parse_profile(["format"])  # type: ignore[arg-type]


# --- the single-request rule (DESIGN section 1) ---------------------------------------------


@pytest.mark.parametrize(
    "domain",
    ["justitie", "middelengebruik", "huiselijke_relaties", "opvoeding", "ontwikkeling_kind"],
)
def test_single_wmo_request_type_may_not_open_sensitive_or_child_domains(domain: str) -> None:
    doc = fresh()
    wmo = doc["help_request_types"][0]
    assert wmo["law"] == "wmo"
    assert not wmo.get("complex", False)
    wmo["domains"].append(domain)
    with pytest.raises(InvalidField) as error:
        parse_profile(doc)
    assert error.value.field == f"help_request_types[0].domains[{len(wmo['domains']) - 1}]"


def test_single_wmo_request_linking_justitie_is_refused() -> None:
    doc = fresh()
    doc["help_request_types"][0]["domains"] = ["justitie"]
    with pytest.raises(InvalidField, match=r"help_request_types\[0\]\.domains\[0\]"):
        parse_profile(doc)


def test_a_complex_wmo_request_may_open_them() -> None:
    doc = fresh()
    index = next(i for i, t in enumerate(doc["help_request_types"]) if t.get("complex"))
    doc["help_request_types"][index]["domains"].append("justitie")
    assert "justitie" in parse_profile(doc).help_request_types[index].domains


def test_a_jeugdwet_request_may_link_child_domains() -> None:
    types = {t.id: t for t in demo_profile().help_request_types}
    assert types["opvoedondersteuning"].law is Law.JEUGDWET
    assert "opvoeding" in types["opvoedondersteuning"].domains


# --- fuzz: whatever comes in, only ProfileError comes out ------------------------------------

scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=12)
    | st.dates()
    | st.datetimes()
)
values = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, child in node.items():
            found += _paths(child, (*prefix, key))
    elif isinstance(node, list):
        for index, child in enumerate(node):
            found += _paths(child, (*prefix, index))
    return found


PATHS = _paths(DOC)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(PATHS), values)
def test_fuzz_one_value_replaced_gives_only_profile_errors(
    path: tuple[Any, ...], value: object
) -> None:
    doc = fresh()
    parent = doc
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = value
    with contextlib.suppress(ProfileError):
        parse_profile(doc)


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(st.sampled_from([*DOC.keys(), "x"]), values, max_size=8))
def test_fuzz_any_document_gives_only_profile_errors(doc: dict[str, object]) -> None:
    doc.setdefault("format", DOC["format"])
    with contextlib.suppress(ProfileError):
        parse_profile(doc)


def test_issued_date_keeps_its_type() -> None:
    assert demo_profile().issued == date(2026, 11, 1)


# --- optional keys: grace days, needs, scope and guidance ------------------------------------


def test_demo_profile_sets_grace_days_needs_and_scope() -> None:
    profile = demo_profile()
    assert profile.retention.not_pursued_grace_days == 14
    needs = {t.id: t.needs for t in profile.help_request_types}
    assert needs["woningaanpassing"] == needs["vervoer"] == ("bsn", "identiteit")
    assert needs["schulden"] == needs["werk-inkomen"] == ("bsn", "inkomen")
    assert needs["huishoudelijke-hulp"] == ()
    assert not profile.justitie_in_wmo


def test_a_profile_without_the_optional_keys_gets_their_defaults() -> None:
    doc = fresh()
    del doc["retention"]["not_pursued_grace_days"]
    for help_type in doc["help_request_types"]:
        help_type.pop("needs", None)
    del doc["scope"]
    del doc["guidance"]
    profile = parse_profile(doc)
    assert profile.retention.not_pursued_grace_days == 14
    assert all(t.needs == () for t in profile.help_request_types)
    assert profile.justitie_in_wmo is False
    assert profile.guidance == ()
    assert profile.guidance_for("hulpvraag") == ""


@pytest.mark.parametrize("days", [0, 30, 90])
def test_not_pursued_grace_days_parse_within_bounds(days: int) -> None:
    doc = fresh()
    doc["retention"]["not_pursued_grace_days"] = days
    assert parse_profile(doc).retention.not_pursued_grace_days == days


def test_r000_14_needs_parse_in_the_order_given() -> None:
    doc = fresh()
    doc["help_request_types"][0]["needs"] = ["verblijfsstatus", "bsn", "inkomen", "identiteit"]
    help_type = parse_profile(doc).help_request_types[0]
    assert help_type.needs == ("verblijfsstatus", "bsn", "inkomen", "identiteit")


def test_r000_14_an_empty_needs_list_means_no_extra_fields() -> None:
    doc = fresh()
    doc["help_request_types"][1]["needs"] = []
    assert parse_profile(doc).help_request_types[1].needs == ()


@pytest.mark.parametrize("value", [True, False])
def test_scope_justitie_in_wmo_parses(value: bool) -> None:
    doc = fresh()
    doc["scope"]["justitie_in_wmo"] = value
    assert parse_profile(doc).justitie_in_wmo is value


def test_an_empty_scope_table_keeps_justitie_out_of_wmo() -> None:
    doc = fresh()
    doc["scope"] = {}
    assert parse_profile(doc).justitie_in_wmo is False


def test_r002_29_demo_profile_has_guidance_for_every_decision_point() -> None:
    profile = demo_profile()
    assert tuple(point for point, _ in profile.guidance) == GUIDANCE_POINTS
    for point in GUIDANCE_POINTS:
        text = profile.guidance_for(point)
        assert text.strip()
        assert len(text) <= MAX_GUIDANCE_CHARS
    assert "Privacyloket" in profile.guidance_for("privacyprotocol")


def test_r002_29_guidance_follows_the_flow_whatever_the_file_order() -> None:
    doc = fresh()
    doc["guidance"] = {"afsluiten": "  Sluit rustig af.  ", "informatie": "Geef het blad."}
    profile = parse_profile(doc)
    assert profile.guidance == (
        ("informatie", "Geef het blad."),
        ("afsluiten", "Sluit rustig af."),
    )
    assert profile.guidance_for("zrm") == ""


def test_r002_29_guidance_may_use_the_full_length() -> None:
    doc = fresh()
    doc["guidance"]["zrm"] = "x" * MAX_GUIDANCE_CHARS
    assert len(parse_profile(doc).guidance_for("zrm")) == MAX_GUIDANCE_CHARS


INVALID_OPTIONAL: list[tuple[str, Mutation, str]] = [
    (
        "retention.not_pursued_grace_days",
        lambda d: d["retention"].update(not_pursued_grace_days=91),
        "from 0 to 90",
    ),
    (
        "retention.not_pursued_grace_days",
        lambda d: d["retention"].update(not_pursued_grace_days=-1),
        "from 0 to 90",
    ),
    (
        "retention.not_pursued_grace_days",
        lambda d: d["retention"].update(not_pursued_grace_days="14"),
        "whole number",
    ),
    (
        "retention.not_pursued_grace_days",
        lambda d: d["retention"].update(not_pursued_grace_days=True),
        "whole number",
    ),
    (
        "help_request_types[2].needs",
        lambda d: d["help_request_types"][2].update(needs="bsn"),
        "must be a list",
    ),
    (
        "help_request_types[2].needs[0]",
        lambda d: d["help_request_types"][2].update(needs=["paspoort"]),
        "must be bsn, identiteit, inkomen or verblijfsstatus",
    ),
    (
        "help_request_types[2].needs[0]",
        lambda d: d["help_request_types"][2].update(needs=[1]),
        "must be bsn, identiteit, inkomen or verblijfsstatus",
    ),
    (
        "help_request_types[2].needs[1]",
        lambda d: d["help_request_types"][2].update(needs=["bsn", "BSN"]),
        "must be bsn, identiteit, inkomen or verblijfsstatus",
    ),
    (
        "help_request_types[2].needs[2]",
        lambda d: d["help_request_types"][2].update(needs=["bsn", "identiteit", "bsn"]),
        "used twice",
    ),
    ("scope", lambda d: d.update(scope="nee"), "must be a table"),
    (
        "scope.justitie_in_wmo",
        lambda d: d["scope"].update(justitie_in_wmo="nee"),
        "must be true or false",
    ),
    ("scope.justitie", lambda d: d["scope"].update(justitie=True), "unknown field"),
    ("guidance", lambda d: d.update(guidance=["hulpvraag"]), "must be a table"),
    (
        "guidance.koffie",
        lambda d: d["guidance"].update(koffie="Zet eerst koffie."),
        "unknown decision point",
    ),
    ("guidance.zrm", lambda d: d["guidance"].update(zrm=""), "must be a non-empty text"),
    ("guidance.zrm", lambda d: d["guidance"].update(zrm="   "), "must be a non-empty text"),
    ("guidance.zrm", lambda d: d["guidance"].update(zrm=42), "must be a non-empty text"),
    (
        "guidance.medisch",
        lambda d: d["guidance"].update(medisch="x" * (MAX_GUIDANCE_CHARS + 1)),
        "at most 600 characters",
    ),
]


@pytest.mark.parametrize(
    ("path", "mutate", "problem"),
    INVALID_OPTIONAL,
    ids=[f"{p}-{i}" for i, (p, _, _) in enumerate(INVALID_OPTIONAL)],
)
def test_r000_14_r002_29_wrong_optional_key_is_named_by_its_dotted_path(
    path: str, mutate: Mutation, problem: str
) -> None:
    doc = fresh()
    mutate(doc)
    with pytest.raises(InvalidField) as error:
        parse_profile(doc)
    assert error.value.field == path
    assert problem in error.value.problem
