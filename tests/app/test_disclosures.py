"""The disclosure log (issue 7): one ground per share, append-only with corrections as new
entries, exceptions from a fixed list, third-party requests discussed first, tasks for
postponed telling and safety shares. Every name is fictional; the clock is injected
(Monday 23 November 2026)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from app.domain.consent_record import ConsentRecord, Decision, EventKind, integrity_hash
from app.domain.consent_terms import ConsentKind, Direction, GrantorCapacity, Method, Party
from app.domain.disclosure import (
    SUGGESTED_GROUND,
    Channel,
    DisclosureDraft,
    ExceptionReason,
    GroundKind,
    SharedItem,
)
from app.domain.intake import NoteKind
from app.domain.notes import NoteSource
from app.domain.selection import InfoKind, Item
from app.services.session import Session
from app.services.sharing.disclosures import DisclosureRefused, DisclosureService
from app.storage import audit
from app.storage import consent_record_repository as consent_repo
from tests.support.intake import Clock, informed_intake, intakes

MONDAY = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
GP = "Huisartsenpraktijk Centrum Voorbeeldstad"
THUISZORG = "Thuiszorg Voorbeeld B.V. (gecontracteerde aanbieder)"
ROOT = Path(__file__).resolve().parents[2]


class Kit:
    def __init__(self, session: Session) -> None:
        self.clock = Clock(MONDAY)
        self.kit = intakes(session, now=self.clock)
        self.session = session
        self.intake_id = informed_intake(self.kit, name="Fien Deelvoorbeeld")
        intake = self.kit.service.get(self.intake_id)
        assert intake is not None
        self.citizen_id = intake.citizen_id
        self.limitation = self.kit.records.add_limitation(
            self.intake_id, "lichamelijke_gezondheid", "Kan niet lang staan.", "inwoner"
        )
        self.note = self.kit.records.add_note(
            self.intake_id,
            "Stofzuigen lukt niet meer.",
            NoteKind.FACT,
            NoteSource.CITIZEN,
            date(2026, 11, 23),
            domain="instrumentele_adl",
        )
        self.service = DisclosureService(
            session.vault.db, session.trail, self.kit.service.profile, self.clock
        )
        self.items = {i.key: i for i in self.service.catalogue(self.citizen_id)}

    def item(self, key: str, ground: str = "") -> SharedItem:
        return SharedItem.of(self.items[key], ground)

    def draft(self, *keys: str, **changes: object) -> DisclosureDraft:
        base = DisclosureDraft(
            citizen_id=self.citizen_id,
            intake_id=self.intake_id,
            at=self.clock(),
            organisation=GP,
            role="huisarts",
            items=tuple(self.item(k) for k in keys),
            purpose="Afstemmen welke hulp bij het huishouden past",
            ground=GroundKind.TOESTEMMING,
            channel=Channel.TELEFONISCH,
        )
        return replace(base, **changes)  # type: ignore[arg-type]

    def consent(self, label: str, consent_id: str = "c-1") -> ConsentRecord:
        made = ConsentRecord(
            consent_id,
            self.citizen_id,
            None,
            None,
            None,
            1,
            ConsentKind.AVG,
            Direction.VERSTREKKEN,
            "College van Voorbeeldstad",
            Party(GP, "huisarts"),
            (label,),
            "Afstemmen welke hulp past",
            None,
            "AVG art. 6 lid 1 sub a",
            "Fien Deelvoorbeeld",
            GrantorCapacity.INWONER,
            Method.SCHRIFTELIJK,
            "",
            Decision.PERMIT,
            "2026.1",
            "nl",
            date(2026, 11, 1),
            date(2027, 1, 31),
            datetime(2026, 11, 1, 9, tzinfo=UTC),
            "w-x",
        )
        record = replace(made, integrity_hash=integrity_hash(made))
        self.session.vault.db.transaction(lambda c: consent_repo.insert_record(c, record))
        return record


@pytest.fixture
def kit(session: Session) -> Kit:
    return Kit(session)


def fields(error: pytest.ExceptionInfo[DisclosureRefused]) -> set[str]:
    return {p.field for p in error.value.problems}


def test_r003_19_r000_27_refused_without_purpose_or_a_ground_that_holds(kit: Kit) -> None:
    with pytest.raises(DisclosureRefused) as error:
        kit.service.record(kit.draft("dat:contact", purpose="  "))
    assert fields(error) >= {"purpose", "consent"}
    assert kit.service.for_citizen(kit.citizen_id) == []
    with pytest.raises(DisclosureRefused) as error:  # not a statutory recipient
        kit.service.record(kit.draft("dat:contact", ground=GroundKind.WETTELIJK))
    assert "recipient" in fields(error)


def test_r000_27_consent_covers_each_item_and_withdrawal_blocks_later(kit: Kit) -> None:
    label = kit.items[f"limitation:{kit.limitation.id}"].label
    kit.consent(label)
    key = f"limitation:{kit.limitation.id}"
    with pytest.raises(DisclosureRefused) as error:  # special item without its own ground
        kit.service.record(kit.draft(key))
    assert fields(error) == {"ground"}
    items = (kit.item(key, "Toestemming van mevrouw"),)
    entry = kit.service.record(kit.draft(items=items))
    assert entry.draft.items[0].consent_id == "c-1"
    assert entry.info is InfoKind.WAT  # R-001-07
    with pytest.raises(DisclosureRefused):  # a second item the consent does not name
        kit.service.record(kit.draft(items=(*items, kit.item("dat:contact"))))
    withdrawn = MONDAY + timedelta(hours=2)
    kit.session.vault.db.transaction(
        lambda c: consent_repo.append_event(c, _withdrawal("c-1", withdrawn))
    )
    kit.clock.value = MONDAY + timedelta(days=1)
    with pytest.raises(DisclosureRefused) as error:
        kit.service.record(kit.draft(items=items))
    assert fields(error) == {"consent"}
    # the earlier share stays lawful, and may still be recorded afterwards at its own moment
    late = kit.service.record(kit.draft(items=items, at=MONDAY + timedelta(hours=1)))
    assert late.draft.items[0].consent_id == "c-1"


def _withdrawal(consent_id: str, at: datetime) -> object:
    from app.domain.consent_record import ConsentEvent

    return ConsentEvent(
        consent_id, 1, EventKind.WITHDRAWN, at, "mondeling", "de inwoner", None, "", "w-x"
    )


def test_r003_19_statutory_recipient_gets_only_the_kinds_the_profile_lists(kit: Kit) -> None:
    statutory = dict(
        organisation=THUISZORG,
        role="aanbieder",
        ground=GroundKind.WETTELIJK,
        statutory_recipient_id="aanbieder-thuiszorg",
    )
    entry = kit.service.record(kit.draft("dat:contact", "dat:worker", **statutory))
    assert entry.draft.legal_ground == "Wmo 2015 art. 5.2.1"
    assert entry.info is InfoKind.DAT
    with pytest.raises(DisclosureRefused) as error:  # notes are not in its items
        kit.service.record(kit.draft(f"note:{kit.note.id}", **statutory))
    assert fields(error) == {"items"}
    cak = dict(statutory, organisation="CAK", statutory_recipient_id="cak")
    with pytest.raises(DisclosureRefused):  # no items listed: dat only
        kit.service.record(kit.draft(f"help_request:{_help(kit)}", **cak))
    own = kit.service.record(  # the controller's own processing: the case system
        kit.draft(
            f"note:{kit.note.id}",
            ground=GroundKind.WETTELIJK,
            organisation=kit.service.profile.paper.case_system,
            channel=Channel.VERSLEUTELDE_BUNDEL,
        )
    )
    assert own.draft.legal_ground


def _help(kit: Kit) -> str:
    return next(k for k in kit.items if k.startswith("help_request:")).split(":", 1)[1]


def test_r003_04_append_only_corrections_are_new_entries(kit: Kit) -> None:
    kit.consent("That there is contact")
    first = kit.service.record(kit.draft("dat:contact", channel=Channel.MONDELING))  # oral too
    with pytest.raises(Exception, match="append-only"):
        kit.session.vault.db.transaction(
            lambda c: c.execute("UPDATE disclosure SET purpose = 'x' WHERE id = ?", (first.id,))
        )
    fixed = kit.service.correct(first.id, kit.draft("dat:contact", purpose="Hulp afstemmen"))
    log = kit.service.for_citizen(kit.citizen_id)
    assert [e.id for e in log] == [first.id, fixed.id]
    assert log[0].draft.purpose == first.draft.purpose
    assert log[1].draft.corrects == first.id
    assert kit.service.recipients_for(kit.citizen_id) == [(GP, "huisarts")]
    events = kit.session.vault.db.run(lambda c: audit.events(c))
    logged = [e for e in events if e.object_type == "disclosure"]
    assert [e.object_id for e in logged] == [first.id, fixed.id]


def exception(kit: Kit, reason: ExceptionReason, *keys: str, **more: object) -> DisclosureDraft:
    values: dict[str, object] = {
        "ground": GroundKind.UITZONDERING,
        "reason": reason,
        "organisation": "Veilig Thuis Voorbeeldregio",
        "role": "Veilig Thuis",
        "legal_ground": SUGGESTED_GROUND[reason],
        "minimum_data": "Naam, adres en de zorg in één zin",
    }
    return kit.draft(*(keys or ("dat:contact",)), **(values | more))


def test_r000_29_r002_19_exception_needs_reason_ground_minimum_and_telling(kit: Kit) -> None:
    with pytest.raises(DisclosureRefused) as error:
        kit.service.record(
            exception(kit, ExceptionReason.KINDVEILIGHEID, legal_ground="", minimum_data="")
        )
    assert fields(error) >= {"legal_ground", "minimum_data", "told", "review_on"}
    told = kit.service.record(
        exception(kit, ExceptionReason.KINDVEILIGHEID, citizen_told_on=date(2026, 11, 23))
    )
    open_tasks = kit.session.vault.db.run(
        lambda c: c.execute("SELECT kind, object_id, due_on FROM task").fetchall()
    )
    assert ("explain_sharing", told.id, "2026-11-30") in [tuple(r) for r in open_tasks]


def test_r001_23_postponed_telling_needs_second_person_flags_and_creates_review_task(
    kit: Kit,
) -> None:
    postponed = dict(
        postpone_reason="Vertellen brengt het kind in gevaar", review_on=date(2026, 12, 7)
    )
    with pytest.raises(DisclosureRefused) as error:
        kit.service.record(exception(kit, ExceptionReason.VEILIG_THUIS, **postponed))
    assert fields(error) == {"second_person", "justification"}
    entry = kit.service.record(
        exception(
            kit,
            ExceptionReason.VEILIG_THUIS,
            second_person="Bram Proefmans",
            justification="Acuut gevaar; overlegd met aandachtsfunctionaris",
            **postponed,
        )
    )
    assert entry.draft.flagged
    assert kit.service.flagged_count() == 1
    rows = kit.session.vault.db.run(
        lambda c: c.execute(
            "SELECT kind, due_on FROM task WHERE object_id = ?", (entry.id,)
        ).fetchall()
    )
    assert sorted(tuple(r) for r in rows) == [
        ("explain_sharing", "2026-12-07"),
        ("review_postponed_telling", "2026-12-07"),
    ]
    with pytest.raises(DisclosureRefused):  # a review date must lie ahead
        kit.service.record(
            exception(
                kit,
                ExceptionReason.VEILIG_THUIS,
                second_person="B",
                justification="j",
                postpone_reason="r",
                review_on=date(2026, 11, 23),
            )
        )


def test_r004_27_vitaal_belang_needs_written_justification(kit: Kit) -> None:
    with pytest.raises(DisclosureRefused) as error:
        kit.service.record(
            exception(kit, ExceptionReason.VITAAL_BELANG, citizen_told_on=date(2026, 11, 23))
        )
    assert fields(error) == {"justification"}
    kit.service.record(
        exception(
            kit,
            ExceptionReason.VITAAL_BELANG,
            citizen_told_on=date(2026, 11, 23),
            justification="Bewusteloos aangetroffen; ambulance",
        )
    )


def test_r000_30_sisa_and_veiligheidshuis_limits(kit: Kit) -> None:
    told = date(2026, 11, 23)
    with pytest.raises(DisclosureRefused) as error:
        kit.service.record(exception(kit, ExceptionReason.SISA, citizen_told_on=told))
    assert fields(error) == {"justification", "told"}
    kit.service.record(
        exception(
            kit,
            ExceptionReason.SISA,
            citizen_told_on=told,
            parents_told_on=told,
            justification="Zorg over schoolverzuim",
        )
    )
    with pytest.raises(DisclosureRefused) as error:
        kit.service.record(
            exception(
                kit,
                ExceptionReason.VEILIGHEIDSHUIS,
                "dat:contact",
                f"note:{kit.note.id}",
                citizen_told_on=told,
            )
        )
    assert fields(error) == {"items"}
    with pytest.raises(DisclosureRefused) as error:
        kit.service.record(
            exception(
                kit,
                ExceptionReason.VEILIGHEIDSHUIS,
                "dat:status",
                postpone_reason="x",
                review_on=date(2026, 12, 1),
                second_person="B",
                justification="j",
            )
        )
    assert "told" in fields(error)
    kit.service.record(
        exception(
            kit,
            ExceptionReason.VEILIGHEIDSHUIS,
            "dat:contact",
            "dat:worker",
            "dat:status",
            citizen_told_on=told,
        )
    )


def test_r002_19_r004_24_fixed_list_has_no_efficiency_service_language_or_fraud() -> None:
    words = " ".join(f"{r.value} {r.name}" for r in ExceptionReason).casefold()
    banned = ("effici", "service", "dienstverlening", "taalbarri", "language", "fraud")
    for word in banned:
        assert word not in words
    duty = re.compile(r"(fraud|fraude)[^.\n]{0,60}(duty|plicht|must report|verplicht)", re.I)
    offenders = [
        str(p)
        for base in ("app", "resources")
        for p in (ROOT / base).rglob("*")
        if p.suffix in {".py", ".toml", ".md", ".txt", ".json"}
        and duty.search(p.read_text("utf-8"))
    ]
    assert offenders == []


def test_r002_20_no_email_channel() -> None:
    assert not any("mail" in c.value for c in Channel)


def test_r004_23_no_addresses_or_enforcement_to_a_housing_corporation(kit: Kit) -> None:
    draft = kit.draft(
        "dat:contact",
        organisation="Woonstichting Voorbeeldstad",
        role="woningcorporatie",
        purpose="Handhaving onderhuur",
    )
    with pytest.raises(DisclosureRefused) as error:
        kit.service.record(draft)
    assert "recipient" in fields(error)
    # a disclosure is about one citizen: another citizen's item is not offered here
    other = informed_intake(kit.kit, name="Gijs Anderburen")
    with pytest.raises(DisclosureRefused) as error:
        kit.service.record(
            kit.draft(items=(SharedItem.of(Item(f"help_request:{other}", "x", InfoKind.WAT, "")),))
        )
    assert "items" in fields(error)


def test_r000_28_third_party_request_discussed_before_anything_is_given(kit: Kit) -> None:
    kit.consent("That there is contact")
    request = kit.service.log_request(
        kit.citizen_id,
        GP,
        "Is mevrouw bij jullie bekend?",
        date(2026, 11, 20),
        "telefonisch",
        "huisarts",
    )
    draft = kit.draft("dat:contact", third_party_request_id=request.id)
    with pytest.raises(DisclosureRefused) as error:
        kit.service.record(draft)
    assert fields(error) == {"request"}
    kit.service.record_discussed(request.id, date(2026, 11, 23), "aan tafel besproken")
    kit.service.record(draft)
    stored = kit.service.requests_for(kit.citizen_id)[0]
    assert stored.outcome.value == "gegeven"
    assert stored.discussed_on == date(2026, 11, 23)


def test_r000_27_catalogue_item_shared_under_a_named_consent_item(kit: Kit) -> None:
    kit.consent("Beperkingen bij het lopen")
    key = f"limitation:{kit.limitation.id}"
    plain = kit.item(key, "Toestemming van mevrouw")
    with pytest.raises(DisclosureRefused) as error:  # its own label is not on the consent
        kit.service.record(kit.draft(items=(plain,)))
    assert fields(error) == {"consent"}
    under = replace(plain, covered_as=" beperkingen bij het  lopen ")
    entry = kit.service.record(kit.draft(items=(under,)))
    stored = kit.service.for_citizen(kit.citizen_id)[0].draft.items[0]
    assert (stored.consent_id, stored.covered_as) == ("c-1", "beperkingen bij het  lopen")
    assert entry.draft.items[0].consent_id == "c-1"
    with pytest.raises(DisclosureRefused):  # a name the consent does not carry
        kit.service.record(kit.draft(items=(replace(plain, covered_as="Schulden"),)))
    kit.session.vault.db.transaction(
        lambda c: consent_repo.append_event(c, _withdrawal("c-1", MONDAY + timedelta(hours=1)))
    )
    kit.clock.value = MONDAY + timedelta(hours=2)
    with pytest.raises(DisclosureRefused) as error:
        kit.service.record(kit.draft(items=(under,), at=kit.clock()))
    assert fields(error) == {"consent"}


def test_r003_23_citizens_correction_stands_beside_the_entry_and_recipients_are_listed(
    kit: Kit,
) -> None:
    """The citizen disagrees with a note that was shared: their own words stand beside it and
    the log names who received data and may need to be told."""
    kit.consent("Stofzuigen")
    shared = replace(kit.item(f"note:{kit.note.id}"), covered_as="Stofzuigen")
    kit.service.record(kit.draft(items=(shared,)))
    kit.kit.review.record_citizen_view(
        kit.intake_id, "note", kit.note.id, "Met hulp van mijn zoon lukt het soms wel."
    )
    (item,) = [i for i in kit.kit.review.review_items(kit.intake_id) if i.id == kit.note.id]
    assert item.citizen_view == "Met hulp van mijn zoon lukt het soms wel."
    assert "Stofzuigen lukt niet meer." in item.text  # the entry itself is unchanged
    assert kit.service.recipients_for(kit.citizen_id) == [(GP, "huisarts")]
