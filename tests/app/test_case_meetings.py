"""Case meetings (issue 7): participants with a ground, readiness, absence, the citizen's
limits enforced in agreements and exports, objection and safety override, pseudonymised
exports, feedback task and purge. Every name is fictional; the clock is injected (Monday 23
November 2026)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from app.domain.case_meeting import Attendance, Discussion, FeedbackHow, MeetingType
from app.domain.citizen import ValidationError
from app.domain.consent_record import ConsentRecord, Decision, integrity_hash
from app.domain.consent_terms import ConsentKind, Direction, GrantorCapacity, Method, Party
from app.domain.intake import NoteKind
from app.domain.notes import NoteSource
from app.domain.selection import Choice
from app.domain.tasks import Status
from app.services.case_meetings import CaseMeetingService, LimitDraft, MeetingRefused
from app.services.session import Session
from app.services.sharing.disclosures import DisclosureService
from app.services.tasks import TaskService
from app.storage import audit
from app.storage import consent_record_repository as consent_repo
from app.storage.repositories import citizen_in
from tests.support.intake import Clock, informed_intake, intakes

MONDAY = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
SCHULDHULP = "Schuldhulp Fictief"
WOONBEGELEIDING = "Woonbegeleiding Fictief"
SENTINEL = "Fien Overlegvoorbeeld"


class Kit:
    def __init__(self, session: Session) -> None:
        self.clock = Clock(MONDAY)
        self.kit = intakes(session, now=self.clock)
        self.session = session
        self.intake_id = informed_intake(self.kit, type_id="meervoudig", name=SENTINEL)
        intake = self.kit.service.get(self.intake_id)
        assert intake is not None
        self.citizen_id = intake.citizen_id
        add = self.kit.records.add_note
        self.debts = add(
            self.intake_id, "Achterstand bij de energieleverancier.", NoteKind.FACT,
            NoteSource.CITIZEN, date(2026, 11, 23), domain="financien",
        ).id  # fmt: skip
        self.house = add(
            self.intake_id, "Woning is te klein voor het gezin.", NoteKind.FACT,
            NoteSource.CITIZEN, date(2026, 11, 23), domain="huisvesting",
        ).id  # fmt: skip
        self.profile = self.kit.service.profile
        self.service = CaseMeetingService(session.vault.db, session.trail, self.profile, self.clock)
        self.tasks = TaskService(session.vault.db, session.trail, self.clock)

    def consent(self, organisation: str, *keys: str) -> None:
        made = ConsentRecord(
            f"c-{organisation}", self.citizen_id, None, None, None, 1, ConsentKind.AVG,
            Direction.VERSTREKKEN, "College van Voorbeeldstad", Party(organisation, "partner"),
            keys, "Afstemmen van hulp bij wonen en geld", None, "AVG art. 6 lid 1 sub a",
            SENTINEL, GrantorCapacity.INWONER, Method.SCHRIFTELIJK, "", Decision.PERMIT,
            "2026.1", "nl", date(2026, 11, 1), date(2027, 1, 31),
            datetime(2026, 11, 1, 9, tzinfo=UTC), "w-x",
        )  # fmt: skip
        record = replace(made, integrity_hash=integrity_hash(made))
        self.session.vault.db.transaction(lambda c: consent_repo.insert_record(c, record))

    def meeting(self, attendance: Attendance = Attendance.ATTEND) -> tuple[str, str, str, str]:
        """A ready ketenoverleg with two partners and an adviser; the citizen does not want
        debts discussed with the housing counsellor."""
        s = self.service
        m = s.create(
            self.citizen_id, MeetingType.EXTERN, "Afspraken over wonen en geld",
            date(2026, 11, 23), self.intake_id,
        ).id  # fmt: skip
        debt = s.add_participant(m, SCHULDHULP, "schuldhulpverlener", "Wgs art. 3").id
        home = s.add_participant(m, WOONBEGELEIDING, "begeleider", "Wmo 2015 art. 2.3.2").id
        adviser = s.add_participant(
            m, "Kenniscentrum Fictief", "adviseur", "consultatie", adviser=True
        ).id
        s.record_informed(m, date(2026, 11, 20), "telefonisch")
        s.record_attendance(m, attendance, discussed=True)
        s.record_limits(m, [LimitDraft(home, domain="financien", words="geen schulden")])
        return m, debt, home, adviser


@pytest.fixture
def kit(session: Session) -> Kit:
    return Kit(session)


def test_r004_20_a_party_without_a_task_or_ground_cannot_be_added(kit: Kit) -> None:
    m = kit.service.create(kit.citizen_id, MeetingType.INTERN, "Overleg", date(2026, 11, 23))
    with pytest.raises(ValidationError) as error:
        kit.service.add_participant(m.id, SCHULDHULP, "schuldhulpverlener", "  ")
    assert error.value.field == "task_ground"
    assert kit.service.participants(m.id) == []


def test_r003_06_not_ready_until_informed_attendance_and_limits(kit: Kit) -> None:
    s = kit.service
    m = s.create(kit.citizen_id, MeetingType.EXTERN, "Overleg", date(2026, 11, 23)).id
    s.add_participant(m, SCHULDHULP, "schuldhulpverlener", "Wgs art. 3")
    with pytest.raises(MeetingRefused) as error:
        s.mark_ready(m)
    assert {p.field for p in error.value.problems} == {"informed", "attendance", "limits"}
    s.record_informed(m, date(2026, 11, 20), "telefonisch")
    s.record_attendance(m, Attendance.VIA_WORKER, discussed=True)
    s.record_limits(m, [])  # no limits is an answer too
    # R-000-47: absent, so the way of discussing is needed too
    assert [p.field for p in s.readiness(m)] == ["discussion"]
    s.record_discussion(m, Discussion.ANONYMOUS)
    s.mark_ready(m)
    meeting = s.get(m)
    assert meeting is not None
    assert meeting.ready_at is not None
    # a change to the participants makes it not ready again
    s.add_participant(m, WOONBEGELEIDING, "begeleider", "Wmo 2015 art. 2.3.2")
    meeting = s.get(m)
    assert meeting is not None
    assert meeting.ready_at is None


def test_r000_47_absent_by_name_needs_consent_naming_each_participant(kit: Kit) -> None:
    s = kit.service
    m, debt, _home, _adv = kit.meeting(Attendance.ABSENT)
    s.record_discussion(m, Discussion.CONSENT)
    problems = s.readiness(m)
    assert len(problems) == 2
    assert all(p.field == "discussion" for p in problems)
    kit.consent(SCHULDHULP, f"note:{kit.debts}")
    assert [p.message for p in s.readiness(m)] == [f"No consent names {WOONBEGELEIDING}."]
    with pytest.raises(ValidationError):
        s.record_discussion(m, Discussion.SAFETY, "")
    s.record_discussion(m, Discussion.SAFETY, "Acuut risico op huisuitzetting met kinderen")
    assert s.readiness(m) == []
    # anonymous: nothing personal may be offered to anyone
    s.record_discussion(m, Discussion.ANONYMOUS)
    assert s.offer(m, debt) == []


def test_r003_06_r004_20_limits_enforced_in_agreements_and_exports(kit: Kit) -> None:
    s = kit.service
    m, debt, home, _adviser = kit.meeting()
    s.mark_ready(m)
    kit.consent(SCHULDHULP, f"note:{kit.debts}")
    kit.consent(WOONBEGELEIDING, f"note:{kit.debts}", f"note:{kit.house}")
    assert f"note:{kit.debts}" not in {i.key for i in s.offer(m, home)}
    assert f"note:{kit.debts}" in {i.key for i in s.offer(m, debt)}
    with pytest.raises(MeetingRefused) as error:
        s.add_agreement(m, home, "Zoekt passende woning", [Choice(f"note:{kit.debts}")])
    assert [p.field for p in error.value.problems] == ["limits"]
    assert s.agreements(m) == []
    s.add_agreement(m, home, "Zoekt passende woning", [Choice(f"note:{kit.house}")])
    s.add_agreement(m, debt, "Start schuldhulp", [Choice(f"note:{kit.debts}")])
    home_export = s.export(m, home)
    debt_export = s.export(m, debt)
    assert [t for _, t in home_export.lines[0].items] == ["Woning is te klein voor het gezin."]
    assert "energieleverancier" not in home_export.text()
    assert "energieleverancier" in debt_export.text()
    # each agreement that gave data is a disclosure over the case-meeting channel
    logged = DisclosureService(
        kit.session.vault.db, kit.session.trail, kit.profile, kit.clock
    ).for_citizen(kit.citizen_id)
    assert sorted(d.draft.organisation for d in logged) == [SCHULDHULP, WOONBEGELEIDING]
    assert {d.draft.channel.value for d in logged} == {"casusoverleg"}


def test_r001_25_r004_20_adviser_gets_no_personal_data(kit: Kit) -> None:
    s = kit.service
    m, _debt, _home, adviser = kit.meeting()
    s.mark_ready(m)
    assert s.offer(m, adviser) == []
    with pytest.raises(ValidationError):
        s.add_agreement(m, adviser, "Advies over aanpak", [Choice(f"note:{kit.house}")])
    s.add_identifiers(m, "Partners moeten weten om wie het gaat")
    s.add_agreement(m, adviser, "Advies over aanpak")
    export = s.export(m, adviser)
    assert export.identifiers == ()
    assert export.lines[0].items == ()
    assert SENTINEL not in export.text()


def test_r003_11_summary_pseudonymised_until_identifiers_added_audited(kit: Kit) -> None:
    s = kit.service
    m, debt, _home, _adv = kit.meeting()
    s.mark_ready(m)
    export = s.export(m)
    citizen = kit.session.vault.db.run(lambda c: citizen_in(c, kit.citizen_id))
    assert citizen is not None
    assert export.case_number == citizen.case_number
    assert SENTINEL not in export.text()
    with pytest.raises(ValidationError):
        s.add_identifiers(m, "")
    s.add_identifiers(m, "Partners moeten weten om wie het gaat")
    assert SENTINEL in s.export(m, debt).text()
    events = kit.session.vault.db.run(audit.events)
    actions = [e.action for e in events if e.object_type == "case_meeting" and e.object_id == m]
    assert "add_identifiers" in actions
    assert actions.count("export") == 2


def test_r003_07_r003_08_objection_blocks_exports_until_override_with_task(kit: Kit) -> None:
    s = kit.service
    m, debt, _home, _adv = kit.meeting()
    s.mark_ready(m)
    s.citizen_objects(m)
    with pytest.raises(ValidationError) as error:
        s.export(m, debt)
    assert error.value.field == "objection"
    with pytest.raises(ValidationError):
        s.add_agreement(m, debt, "Start schuldhulp", [Choice(f"note:{kit.debts}")])
    with pytest.raises(ValidationError):
        s.safety_override(m, " ")
    task = s.safety_override(m, "Risico voor het slachtoffer bij uitstel")
    assert task.kind == "explain_sharing"
    assert task.object_id == m
    s.export(m, debt)  # allowed again
    with pytest.raises(ValidationError):  # postponing the explanation needs a reason
        kit.tasks.postpone(task.id, date(2026, 12, 31), "")
    postponed = kit.tasks.postpone(task.id, date(2026, 12, 31), "Risico voor het slachtoffer")
    assert postponed.status is Status.POSTPONED


def test_r003_10_discussed_creates_feedback_task_closed_by_feedback(kit: Kit) -> None:
    s = kit.service
    m, *_ = kit.meeting()
    with pytest.raises(ValidationError):
        s.record_feedback(m, date(2026, 11, 23), FeedbackHow.ORAL)
    s.mark_ready(m)
    task = s.mark_discussed(m)
    assert task.kind == "case_meeting_feedback"
    assert task.status is Status.OPEN
    s.record_feedback(m, date(2026, 11, 23), FeedbackHow.WRITTEN)
    done = kit.tasks.get(task.id)
    assert done is not None
    assert done.status is Status.DONE
    meeting = s.get(m)
    assert meeting is not None
    assert meeting.feedback_how is FeedbackHow.WRITTEN


def test_r003_13_details_purged_after_the_period_outcome_line_kept(kit: Kit) -> None:
    s = kit.service
    m, debt, _home, _adv = kit.meeting()
    s.mark_ready(m)
    kit.consent(SCHULDHULP, f"note:{kit.debts}")
    s.add_agreement(m, debt, "Start schuldhulp", [Choice(f"note:{kit.debts}")])
    days = kit.profile.retention.case_meeting_detail_days
    assert s.purge(MONDAY + timedelta(days=days)) == 0  # not yet
    assert s.purge(MONDAY + timedelta(days=days + 1)) == 1
    assert s.purge(MONDAY + timedelta(days=days + 2)) == 0  # idempotent
    meeting = s.get(m)
    assert meeting is not None
    assert meeting.purged_at is not None
    assert meeting.purpose == ""
    assert s.participants(m) == []
    assert s.agreements(m) == []
    assert meeting.outcome == "ketenoverleg of 2026-11-23: 1 agreements."
    assert SENTINEL not in meeting.outcome
    assert "schuld" not in meeting.outcome.casefold()
    purge_task = kit.tasks.by_source(f"case_meeting:{m}:purge")
    assert purge_task is not None
    assert purge_task.status is Status.DONE
    with pytest.raises(ValidationError):
        s.export(m)
