"""Other people's data in the machine-readable inzage copy are flagged, register by register
(issue 10; R-004-28; AVG art. 15 lid 4).

The world of ``tests/support/inzage_world.py`` fills every register. Each register key has one
decision in ``app/services/papers/inzage_registers.py``: another person's data
(``THIRD_PARTY``) or the citizen's own (``OWN_DATA``). The copy must flag every entry of a
third-party register and no other entry, and every marker word the world gave to another person
must sit inside a flagged part of the copy.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest

from app.crypto import TEST_KDF
from app.services import session as session_mod
from app.services.papers import SOURCES, PaperRequest, PaperService
from app.services.papers import inzage as inzage_paper
from app.services.papers.inzage_registers import OWN_DATA, THIRD_PARTY
from app.services.rights_inzage import copy_document, third_party_reason
from app.services.session import WorkerIdentity
from tests.support import inzage_world
from tests.support.intake import Clock

PASSPHRASE = "paars tractor zingt onder water"
ANNA = WorkerIdentity("w-anna", "Anna de Demo", "Wmo-consulent", "Team Noord")
MADE = datetime(2026, 11, 23, tzinfo=UTC)

# The decision, written out here too: moving a register between the lists must be deliberate.
EXPECTED_THIRD_PARTY = frozenset(
    {"present", "representatives", "household", "third_party_requests", "case_meetings",
     "signals"}
)  # fmt: skip
# Marker words the world gave to someone other than the citizen (a private person, or words
# that may point to one): each may appear in the copy only inside a flagged part. Not here: a
# case-meeting participant's organisation and role, which the disclosure log names unflagged as
# a recipient (AVG art. 15 lid 1 c); the case_meetings register is flagged all the same.
OTHER_PEOPLE = (
    "MKAANWEZIGE",  # named as present
    "MKNETWERKNAAM", "MKCONTACT", "MKSTEUN",  # a network person (MKRELATIE: see the xfail)
    "MKVERTEGENWOORDIGER", "MKREPCONTACT", "MKREPSCOPE", "MKEXVERTEGENWOORDIGER",
    "MKHUISREDEN", "MKPLANLABEL2", "MKPLANTEKST2",  # the household's plan
    "MKVRAAGPERSOON", "MKVRAAGROL", "MKGEVRAAGD",  # who asked about the citizen, and what
    "MKVEILIGHEID", "MKDOORBREKEN",  # a case meeting's safety ground may concern others
    "MKMELDERROL", "MKSIGNAALZORG",  # a third party's report
)  # fmt: skip


@pytest.fixture(scope="module")
def copy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    folder = tmp_path_factory.mktemp("derden")
    clock = Clock(inzage_world.NOW)
    session = session_mod.create(folder / "vault", PASSPHRASE, ANNA, TEST_KDF, now=clock)
    world = inzage_world.build(session, folder, clock)
    profile = world.kit.service.profile
    profile = replace(profile, paper=replace(profile.paper, personal_notes_in_inzage=True))
    papers = PaperService(session.vault.db, session.trail, profile, SOURCES, world.clock)
    request = PaperRequest("inzage-overzicht", "nl", citizen_id=world.citizen_id)
    ctx = papers.context(request)
    data = session.vault.db.run(lambda c: inzage_paper.overview(c, request, ctx))
    yield copy_document(data, MADE)
    session.lock()


def registers(copy: dict[str, Any]) -> list[dict[str, Any]]:
    """Every register of the copy: the citizen's and each conversation's."""
    overview = copy["overview"]
    found = list(overview["registers"])
    for dossier in overview["dossiers"]:
        for conversation in dossier["conversations"]:
            found += conversation["registers"]
    return found


def undecided(keys: set[str]) -> set[str]:
    """Register keys with no decision, plus keys decided both ways."""
    return (keys - set(THIRD_PARTY) - set(OWN_DATA)) | (set(THIRD_PARTY) & set(OWN_DATA))


def flagged_parts(value: Any, inside: bool = False) -> Iterator[tuple[str, bool]]:
    """Every string of the copy, with whether the nearest part around it that carries a
    ``third_party`` key says true."""
    if isinstance(value, dict):
        here = value.get("third_party", inside) if "third_party" in value else inside
        for key, item in value.items():
            if key not in ("flag", "third_party_note"):
                yield from flagged_parts(item, bool(here))
    elif isinstance(value, list):
        for item in value:
            yield from flagged_parts(item, inside)
    elif isinstance(value, str):
        yield value, inside


def test_r004_28_every_register_has_one_decision(copy: dict[str, Any]) -> None:
    """A new register fails here until someone decides whose data it holds."""
    keys = {r["key"] for r in registers(copy)}
    assert undecided(keys) == set()
    assert keys == set(THIRD_PARTY) | set(OWN_DATA)  # no decision for a register that is gone
    assert set(THIRD_PARTY) == EXPECTED_THIRD_PARTY
    assert len(keys) == 24


def test_r004_28_the_decision_check_fails_on_a_new_register() -> None:
    keys = set(THIRD_PARTY) | set(OWN_DATA)
    assert undecided(keys | {"new_register"}) == {"new_register"}


def test_r004_28_exactly_the_entries_of_third_party_registers_are_flagged(
    copy: dict[str, Any],
) -> None:
    reason = third_party_reason()
    seen: set[str] = set()
    for register in registers(copy):
        other = register["key"] in EXPECTED_THIRD_PARTY
        assert register["third_party"] is other, register["key"]
        for entry in register["entries"]:
            assert entry["fields"], register["key"]
            assert entry["third_party"] is other, register["key"]
            assert entry.get("flag") == (reason if other else None), register["key"]
            seen.add(register["key"])
    assert seen >= EXPECTED_THIRD_PARTY  # the world filled each third-party register


def test_r004_28_another_persons_words_appear_only_in_flagged_parts(
    copy: dict[str, Any],
) -> None:
    strings = list(flagged_parts(copy))
    for marker in OTHER_PEOPLE:
        places = [flagged for text, flagged in strings if marker in text]
        assert places, f"{marker} is not in the copy at all"
        assert all(places), f"{marker} appears in a part not flagged as another person's"


def test_r004_28_the_citizens_own_words_are_not_flagged(copy: dict[str, Any]) -> None:
    strings = list(flagged_parts(copy))
    for marker in ("MKWEIGERING", "MKESCALATIE", "MKBEZOEKPLEK", "MKOPZOEKREDEN", "MKFEITNIEUW"):
        places = [flagged for text, flagged in strings if marker in text]
        assert places, f"{marker} is not in the copy at all"
        assert not any(places), f"{marker} is flagged as another person's"


def test_r004_28_a_shared_network_persons_relation_is_flagged_in_the_disclosure_log(
    copy: dict[str, Any],
) -> None:
    places = [flagged for text, flagged in flagged_parts(copy) if "MKRELATIE" in text]
    assert places
    assert all(places)
