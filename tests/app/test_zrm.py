"""ZRM 2017: 13 domains with attribution; never a default score; licensed texts not shipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain import zrm


def test_thirteen_domains_of_zrm_2017_with_attribution() -> None:
    assert len(zrm.DOMAINS) == 13
    assert "justitie" in zrm.DOMAIN_IDS
    assert "GGD Amsterdam" in zrm.ATTRIBUTION
    assert {
        "justitie",
        "middelengebruik",
        "geestelijke_gezondheid",
        "huiselijke_relaties",
    } == zrm.SENSITIVE_IDS


def test_r000_12_absent_score_reads_not_assessed_never_a_number() -> None:
    assert zrm.NOT_ASSESSED is None
    assert zrm.score_label(None) == "not assessed"
    assert zrm.score_label(3).startswith("3 – ")
    with pytest.raises(ValueError, match="1 to 5"):
        zrm.score_label(0)


def test_licensed_level_descriptions_load_from_the_agency_file(tmp_path: Path) -> None:
    path = tmp_path / "levels.toml"
    path.write_text(
        '[financien]\n"1" = "fictief 1"\n"2" = "fictief 2"\n"3" = "fictief 3"\n'
        '"4" = "fictief 4"\n"5" = "fictief 5"\n'
    )
    assert zrm.load_level_descriptions(path)["financien"][5] == "fictief 5"


@pytest.mark.parametrize(
    ("content", "place"),
    [
        ('[geloof]\n"1"="a"\n"2"="a"\n"3"="a"\n"4"="a"\n"5"="a"\n', "geloof"),
        ('[financien]\n"1"="a"\n"2"="a"\n', "financien"),
        ('[financien]\n"1"="a"\n"2"="a"\n"3"="a"\n"4"="a"\n"5"=" "\n', "financien.5"),
    ],
)
def test_bad_level_description_files_name_the_place(
    tmp_path: Path, content: str, place: str
) -> None:
    path = tmp_path / "levels.toml"
    path.write_text(content)
    with pytest.raises(zrm.LevelDescriptionError, match=place):
        zrm.load_level_descriptions(path)
