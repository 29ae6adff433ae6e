"""Property tests (issue 7 Evidence): no share passes the check outside a valid consent or a
listed exception, and a withdrawal blocks later shares while earlier ones stay lawful.
Names are fictional; times are generated around the week of 23 November 2026."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.consent_record import (
    ConsentEvent,
    ConsentRecord,
    ConsentStatus,
    Decision,
    EventKind,
    integrity_hash,
    status_on,
)
from app.domain.consent_terms import ConsentKind, Direction, GrantorCapacity, Method, Party
from app.domain.disclosure import Channel, DisclosureDraft, ExceptionReason, GroundKind, SharedItem
from app.domain.disclosure_rules import check_draft
from app.domain.profile_parse import parse_profile
from app.domain.selection import InfoKind
from app.services.profile_signing import parse_toml

START = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)
TODAY = date(2026, 12, 31)
ORGS = ("Huisartsenpraktijk Centrum Voorbeeldstad", "Woonstichting Voorbeeldstad")
ITEMS = ("Beperkingen bij het lopen", "Hulpvraag huishouden")
DEMO = Path(__file__).resolve().parents[2] / "resources" / "profiles" / "voorbeeldstad.toml"
PROFILE = parse_profile(parse_toml(DEMO.read_text("utf-8")))
hours = st.integers(min_value=0, max_value=24 * 30)
within = st.integers(min_value=0, max_value=24 * 20)  # inside the consent's validity


def consent(n: int, org: str, items: tuple[str, ...], permit: bool, hour: int) -> ConsentRecord:
    made = ConsentRecord(
        f"c-{n}",
        "z-1",
        None,
        None,
        None,
        1,
        ConsentKind.AVG,
        Direction.VERSTREKKEN,
        "College van Voorbeeldstad",
        Party(org),
        items,
        "Hulp afstemmen",
        None,
        "AVG",
        "Fien Eigenschap",
        GrantorCapacity.INWONER,
        Method.SCHRIFTELIJK,
        "",
        Decision.PERMIT if permit else Decision.DENY,
        "2026.1",
        "nl",
        date(2026, 11, 16),
        date(2026, 12, 10),
        START + timedelta(hours=hour),
        "w-x",
    )
    return replace(made, integrity_hash=integrity_hash(made))


consents = st.lists(
    st.tuples(
        st.sampled_from(ORGS),
        st.lists(st.sampled_from(ITEMS), min_size=1, max_size=2, unique=True),
        st.booleans(),
        hours,
        st.none() | hours,  # withdrawal moment
    ),
    max_size=4,
)


def build(
    spec: list[tuple[str, list[str], bool, int, int | None]],
) -> list[tuple[ConsentRecord, list[ConsentEvent]]]:
    out = []
    for n, (org, items, permit, hour, withdrawn) in enumerate(spec):
        events = []
        if withdrawn is not None:
            at = START + timedelta(hours=withdrawn)
            events.append(
                ConsentEvent(f"c-{n}", 1, EventKind.WITHDRAWN, at, "mondeling", "", None, "", "w")
            )
        out.append((consent(n, org, tuple(items), permit, hour), events))
    return out


def share(org: str, items: list[str], hour: int, **more: object) -> DisclosureDraft:
    base = DisclosureDraft(
        citizen_id="z-1",
        at=START + timedelta(hours=hour),
        organisation=org,
        items=tuple(SharedItem(f"x:{i}", i, InfoKind.WAT) for i in items),
        purpose="Hulp afstemmen",
        ground=GroundKind.TOESTEMMING,
        channel=Channel.OP_PAPIER,
    )
    return replace(base, **more)  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(
    consents,
    st.sampled_from(ORGS),
    st.lists(st.sampled_from(ITEMS), min_size=1, max_size=2, unique=True),
    hours,
)
def test_r000_27_no_consent_share_passes_without_an_active_cover_for_every_item(
    spec: list[tuple[str, list[str], bool, int, int | None]],
    org: str,
    items: list[str],
    hour: int,
) -> None:
    records = build(spec)
    draft = share(org, items, hour)
    passed = not check_draft(draft, records, PROFILE, TODAY)
    expected = all(
        any(
            status_on(r, ev, draft.at) is ConsentStatus.ACTIVE
            and r.party.organisation == org
            and item in r.items
            for r, ev in records
        )
        for item in items
    )
    assert passed == expected


@settings(max_examples=200, deadline=None)
@given(within, within, st.sampled_from(ITEMS))
def test_r000_27_withdrawal_blocks_later_shares_and_keeps_earlier_ones(
    withdrawn: int, shared: int, item: str
) -> None:
    records = build([(ORGS[0], [item], True, 0, withdrawn)])
    draft = share(ORGS[0], [item], shared)
    ok = not check_draft(draft, records, PROFILE, TODAY)
    assert ok == (START + timedelta(hours=shared) < START + timedelta(hours=withdrawn))


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from([None, *ExceptionReason]),
    st.booleans(),
    st.booleans(),
    st.booleans(),
    st.booleans(),
)
def test_r000_29_an_exception_passes_only_complete_and_from_the_list(
    reason: ExceptionReason | None, grounded: bool, minimal: bool, told: bool, justified: bool
) -> None:
    draft = share(
        ORGS[0],
        [ITEMS[0]],
        10,
        ground=GroundKind.UITZONDERING,
        reason=reason,
        legal_ground="Wmo 2015 art. 5.2.6" if grounded else "",
        minimum_data="Naam en zorg" if minimal else "",
        citizen_told_on=date(2026, 11, 20) if told else None,
        parents_told_on=date(2026, 11, 20) if told else None,
        justification="Acute zorg, vastgelegd" if justified else "",
    )
    passed = not check_draft(draft, [], PROFILE, TODAY)
    if passed:
        assert reason is not None and grounded and minimal and told  # noqa: PT018
        assert reason not in (ExceptionReason.VITAAL_BELANG, ExceptionReason.SISA) or justified
        assert reason is not ExceptionReason.VEILIGHEIDSHUIS  # items are content, never allowed
