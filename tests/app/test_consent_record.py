"""The consent record's pure rules and its append-only storage (issue 7, foundation).

Every name is fictional; times are fixed (the week of 23 November 2026, a Monday).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.consent_record import (
    ConsentEvent,
    ConsentRecord,
    ConsentStatus,
    Decision,
    EventKind,
    covering,
    covers,
    intact,
    integrity_hash,
    status_on,
)
from app.domain.consent_terms import ConsentKind, Direction, GrantorCapacity, Method, Party
from app.domain.intake import Compartment
from app.domain.selection import Choice, InfoKind, Item, Special, check_selection, offerable
from app.services.session import Session
from app.storage import consent_record_repository as repo
from app.storage.db import Connection

FRIDAY = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
MONDAY = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
TUESDAY = MONDAY + timedelta(days=1)
WEDNESDAY = MONDAY + timedelta(days=2)
THURSDAY = MONDAY + timedelta(days=3)
GP = "Huisartsenpraktijk Centrum Voorbeeldstad"
ITEM = "Beperkingen bij het lopen"


def record(**changes: object) -> ConsentRecord:
    base = ConsentRecord(
        id="c-1",
        citizen_id="z-1",
        intake_id=None,
        request_id=None,
        supersedes=None,
        version=1,
        kind=ConsentKind.GEHEIMHOUDING,
        direction=Direction.OPVRAGEN,
        controller="College van burgemeester en wethouders van Voorbeeldstad",
        party=Party(GP, "huisarts"),
        items=(ITEM,),
        purpose="Beoordelen welke hulp bij het lopen past",
        help_request_id=None,
        law="Wmo 2015 art. 5.1.1 lid 5",
        grantor="Fictief Voorbeeld",
        capacity=GrantorCapacity.INWONER,
        method=Method.SCHRIFTELIJK,
        attestation="",
        decision=Decision.PERMIT,
        template_version="2026.1",
        language="nl",
        valid_from=date(2026, 11, 1),
        valid_until=date(2027, 1, 31),
        recorded_at=datetime(2026, 11, 1, 9, 0, tzinfo=UTC),
        worker_id="w-test",
    )
    made = replace(base, **changes)  # type: ignore[arg-type]
    return replace(made, integrity_hash=integrity_hash(made))


def event(kind: EventKind, at: datetime, consent_id: str = "c-1", **more: object) -> ConsentEvent:
    values: dict[str, object] = {
        "consent_id": consent_id, "seq": 1, "kind": kind, "at": at, "method": "mondeling",
        "by_whom": "de inwoner", "valid_until": None, "note": "", "worker_id": "w-test",
    }  # fmt: skip
    values.update(more)
    return ConsentEvent(**values)  # type: ignore[arg-type]


def test_r004_09_withdrawal_blocks_later_shares_and_keeps_earlier_ones_lawful() -> None:
    """Withdrawn Monday, consent again Wednesday: Tuesday blocked, last Friday still valid."""
    first = record()
    again = record(id="c-2", valid_from=WEDNESDAY.date(), recorded_at=WEDNESDAY)
    both = [(first, (event(EventKind.WITHDRAWN, MONDAY),)), (again, ())]
    assert covering(both, GP, Direction.OPVRAGEN, ITEM, FRIDAY) == first
    assert covering(both, GP, Direction.OPVRAGEN, ITEM, TUESDAY) is None
    assert covering(both, GP, Direction.OPVRAGEN, ITEM, THURSDAY) == again


def test_r000_27_cover_needs_same_party_direction_and_named_item() -> None:
    r = record()
    assert covers(r, (), GP.upper() + "  ", Direction.OPVRAGEN, ITEM.lower(), MONDAY)
    assert not covers(r, (), "Woonstichting Voorbeeldstad", Direction.OPVRAGEN, ITEM, MONDAY)
    assert not covers(r, (), GP, Direction.VERSTREKKEN, ITEM, MONDAY)
    assert not covers(r, (), GP, Direction.OPVRAGEN, "Inkomen", MONDAY)


def test_r000_27_expired_refused_and_error_records_never_cover() -> None:
    assert status_on(record(), (), datetime(2027, 2, 1, 9, tzinfo=UTC)) is ConsentStatus.EXPIRED
    assert status_on(record(decision=Decision.DENY), (), MONDAY) is ConsentStatus.REFUSED
    wrong = (event(EventKind.ENTERED_IN_ERROR, THURSDAY),)
    assert status_on(record(), wrong, FRIDAY) is ConsentStatus.ENTERED_IN_ERROR
    renewed = (event(EventKind.RENEWED, MONDAY, valid_until=date(2027, 3, 31)),)
    assert status_on(record(), renewed, datetime(2027, 2, 1, 9, tzinfo=UTC)) is (
        ConsentStatus.ACTIVE
    )


def test_consent_integrity_hash_detects_a_changed_field() -> None:
    r = record()
    assert intact(r)
    assert not intact(replace(r, items=(ITEM, "Inkomen")))
    assert not intact(replace(r, decision=Decision.DENY))
    assert intact(replace(r, intake_id=None, request_id=None))  # a purge may unlink


@given(
    withdrawn=st.integers(min_value=0, max_value=60),
    share=st.integers(min_value=0, max_value=60),
)
def test_r001_12_a_share_is_covered_exactly_when_it_precedes_the_withdrawal(
    withdrawn: int, share: int
) -> None:
    start = datetime(2026, 11, 1, 12, tzinfo=UTC)
    events = (event(EventKind.WITHDRAWN, start + timedelta(days=withdrawn)),)
    at = start + timedelta(days=share, hours=1)
    assert covers(record(), events, GP, Direction.OPVRAGEN, ITEM, at) == (share < withdrawn)


def _citizen(conn: Connection) -> None:
    conn.execute(
        "INSERT INTO citizen (id, case_number, name, created_at, updated_at)"
        " VALUES ('z-1', 'KT-TEST-1', 'Fictief Voorbeeld', '2026-11-01', '2026-11-01')"
    )


def test_consent_records_are_stored_append_only_with_numbered_events(session: Session) -> None:
    db = session.vault.db
    r = record()

    def write(conn: Connection) -> None:
        _citizen(conn)
        repo.insert_record(conn, r)
        repo.append_event(conn, event(EventKind.GIVEN, r.recorded_at))
        repo.append_event(conn, event(EventKind.WITHDRAWN, MONDAY))

    db.transaction(write)
    ((stored, events),) = db.run(lambda c: repo.with_events_for_citizen(c, "z-1"))
    assert stored == r
    assert intact(stored)
    assert [(e.seq, e.kind) for e in events] == [(1, EventKind.GIVEN), (2, EventKind.WITHDRAWN)]
    with pytest.raises(Exception, match="append-only"):
        db.transaction(
            lambda c: c.execute("UPDATE consent_record SET items = '[\"x\"]' WHERE id = 'c-1'")
        )
    with pytest.raises(Exception, match="append-only"):
        db.transaction(lambda c: c.execute("UPDATE consent_event SET note = 'x'"))


# -- selection (the shared rule for shares, case meetings and bundles) -------------------------
def _items() -> list[Item]:
    return [
        Item("note:1", "Notitie mobiliteit", InfoKind.WAT, "Loopt moeilijk.", domain="mobiliteit"),
        Item("dat:contact", "Dat er contact is", InfoKind.DAT, "Contact sinds 2026"),
        Item("note:2", "Notitie gezondheid", InfoKind.WAT, "x", Special.HEALTH),
        Item("note:3", "Persoonlijk", InfoKind.WAT, "y", compartment=Compartment.PERSONAL),
        Item("note:4", "Vertrouwelijk", InfoKind.WAT, "z", compartment=Compartment.CONFIDENTIAL),
    ]


def test_r003_03_r002_18_dat_first_and_personal_or_confidential_never_offered() -> None:
    assert [i.key for i in offerable(_items())] == ["dat:contact", "note:1", "note:2"]


def test_r003_03_nothing_selected_is_refused_and_special_items_need_their_own_ground() -> None:
    assert {p.field for p in check_selection(_items(), [], "")} == {"items", "purpose"}
    problems = check_selection(_items(), [Choice("note:2")], "Hulp bij lopen regelen")
    assert [p.field for p in problems] == ["ground"]
    assert check_selection(_items(), [Choice("note:2", "Toestemming c-1")], "Hulp regelen") == []
    assert check_selection(_items(), [Choice("note:3")], "Hulp regelen")[0].field == "items"
