"""ZRM 2017: 13 domains with attribution; never a default score; licensed texts not shipped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.domain import zrm

ROOT = Path(__file__).resolve().parents[2]
FICTIONAL_LEVELS = {str(n): f"Fictieve omschrijving niveau {n} (testdata)" for n in range(1, 6)}


def test_thirteen_domains_of_zrm_2017_with_attribution() -> None:
    assert [d.id for d in zrm.DOMAINS] == [
        "financien",
        "werk_opleiding",
        "tijdsbesteding",
        "huisvesting",
        "huiselijke_relaties",
        "geestelijke_gezondheid",
        "lichamelijke_gezondheid",
        "middelengebruik",
        "basale_adl",
        "instrumentele_adl",
        "sociaal_netwerk",
        "maatschappelijke_participatie",
        "justitie",
    ]
    assert len(zrm.DOMAIN_IDS) == 13
    assert "GGD Amsterdam" in zrm.ATTRIBUTION
    assert "©" in zrm.ATTRIBUTION
    assert not any(d.child for d in zrm.DOMAINS)  # child domains come from the profile


def test_sensitive_domains_are_the_four_of_design_section_5() -> None:
    assert {
        "justitie",
        "middelengebruik",
        "geestelijke_gezondheid",
        "huiselijke_relaties",
    } == zrm.SENSITIVE_IDS


def test_scale_has_five_labelled_levels() -> None:
    assert sorted(zrm.SCALE) == [1, 2, 3, 4, 5]
    assert zrm.SCALE[1] == "Acute problems"
    assert zrm.SCALE[5] == "Fully self-sufficient"
    assert len(set(zrm.SCALE.values())) == 5


def test_absent_score_reads_not_assessed_never_a_number() -> None:
    assert zrm.NOT_ASSESSED is None
    assert zrm.score_label(None) == "not assessed"
    assert zrm.score_label(3) == "3 – Limited self-sufficiency"
    assert "not a ZRM score" in zrm.NOT_ASSESSED_NOTE


@pytest.mark.parametrize("bad", [0, 6, -1, True, 3.0, "3"])
def test_only_1_to_5_or_none_is_a_score(bad: object) -> None:
    with pytest.raises(ValueError, match="1 to 5"):
        zrm.check_score(bad)


def test_domain_lookup_knows_only_the_2017_set() -> None:
    assert zrm.domain_name("basale_adl") == "Basic ADL"
    with pytest.raises(KeyError):
        zrm.domain("verslaving")  # the 2013 name


def test_level_descriptions_are_not_shipped() -> None:
    shipped = [p for p in (ROOT / "resources").rglob("*") if p.is_file()]
    assert not [p for p in shipped if "level" in p.name.lower() or "zrm" in p.name.lower()]


def test_licensed_level_descriptions_load_from_a_toml_file(tmp_path: Path) -> None:
    path = tmp_path / "levels.toml"
    path.write_text(
        "[financien]\n" + "".join(f'"{k}" = "{v}"\n' for k, v in FICTIONAL_LEVELS.items()),
        "utf-8",
    )
    levels = zrm.load_level_descriptions(path)
    assert list(levels) == ["financien"]
    assert list(levels["financien"]) == [1, 2, 3, 4, 5]
    assert levels["financien"][5] == "Fictieve omschrijving niveau 5 (testdata)"


def test_licensed_level_descriptions_load_from_a_json_file(tmp_path: Path) -> None:
    path = tmp_path / "levels.JSON"
    path.write_text(json.dumps({"justitie": FICTIONAL_LEVELS, "huisvesting": FICTIONAL_LEVELS}))
    levels = zrm.load_level_descriptions(path)
    assert set(levels) == {"justitie", "huisvesting"}
    assert levels["justitie"][1].startswith("Fictieve")


@pytest.mark.parametrize(
    ("content", "place"),
    [
        ('[geloof]\n"1"="a"\n"2"="a"\n"3"="a"\n"4"="a"\n"5"="a"\n', "geloof"),
        ('[financien]\n"1"="a"\n"2"="a"\n', "financien"),
        ('[financien]\n"0"="a"\n"1"="a"\n"2"="a"\n"3"="a"\n"4"="a"\n"5"="a"\n', "financien"),
        ('[financien]\n"1"="a"\n"2"="a"\n"3"="a"\n"4"="a"\n"5"=" "\n', "financien.5"),
        ('[financien]\n"1"="a"\n"2"="a"\n"3"=3\n"4"="a"\n"5"="a"\n', "financien.3"),
        ('financien = "alles"\n', "financien"),
    ],
)
def test_bad_level_description_files_name_the_place(
    tmp_path: Path, content: str, place: str
) -> None:
    path = tmp_path / "levels.toml"
    path.write_text(content, "utf-8")
    with pytest.raises(zrm.LevelDescriptionError, match=place.replace(".", r"\.")):
        zrm.load_level_descriptions(path)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("levels.toml", b"[financien\n"),
        ("levels.toml", b"\xff\xfe"),
        ("levels.toml", b""),
        ("levels.json", b"[1, 2]"),
        ("levels.json", b"{"),
    ],
)
def test_unusable_level_description_files_are_refused(
    tmp_path: Path, name: str, content: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(zrm.LevelDescriptionError):
        zrm.load_level_descriptions(path)


def test_a_missing_level_description_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(zrm.LevelDescriptionError, match="cannot be read"):
        zrm.load_level_descriptions(tmp_path / "absent.toml")
