"""One fictional citizen with a marker word in every free-text field the app stores about a
citizen, filled through the services (issue 10: the inzage completeness test).

Every marker is an upper-case made-up word (``World.markers``); every name is fictional. Dates the
services take are distinct days, so a date that reaches the overview is really that row's date.
A second citizen shares the household and a visit: none of that person's data may appear.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from app.domain.case_meeting import Attendance, Discussion, FeedbackHow, MeetingType
from app.domain.closing import IntakeStatus
from app.domain.consent_record import Decision as ConsentDecision
from app.domain.consent_terms import (
    ConsentKind,
    ConsentTerms,
    Direction,
    GrantorCapacity,
    Method,
    Party,
)
from app.domain.disclosure import Channel, DisclosureDraft, ExceptionReason, GroundKind, SharedItem
from app.domain.household import FactAnswer, Relation
from app.domain.intake import Acknowledgement, Compartment, IntakeMode, NoteKind
from app.domain.lookups import LookupSource
from app.domain.medical_request import MedicalRequest
from app.domain.notes import NoteSource
from app.domain.profile import Law, Role
from app.domain.refusals import Confidentiality, EscalationTarget, PresentRole, RefusalKind
from app.domain.representatives import Act, AuthoritySeen, RepresentativeKind
from app.domain.retention import Block, BlockDecision
from app.domain.retention import Decision as BlockChoice
from app.domain.rights import Capacity as RightsCapacity
from app.domain.rights import Decision as RightsDecision
from app.domain.rights import DestructionLaw, RightKind
from app.domain.scope import Minors, Trigger
from app.domain.selection import Choice
from app.domain.signal import Category, SignalDraft
from app.domain.triage import TriageDecision, TriageKind, Verdict
from app.domain.visit_records import Disposition, DocumentSource, IdDocument, MeldcodeKind
from app.services.bundles.export import BundleService, ExportRequest
from app.services.bundles.schema import Kind, Scope
from app.services.case_meetings import CaseMeetingService, LimitDraft
from app.services.consent_requests import ConsentRequestService
from app.services.consents import ConsentService
from app.services.household import HouseholdService
from app.services.lookups import ManualLookups
from app.services.papers import SOURCES, PaperRequest, PaperService
from app.services.procedure import ProcedureService
from app.services.registrations import RegistrationService
from app.services.reports.period import Period
from app.services.representation import RepresentationService
from app.services.retention import RetentionService
from app.services.review_mode import ReviewModeService
from app.services.rights import RightsService
from app.services.session import Session
from app.services.sharing.disclosures import DisclosureService
from app.services.signals import SignalService
from app.services.tasks import TaskService
from app.services.triage import TriageService
from app.services.visits import VisitService
from tests.support.intake import ALL_ITEMS, Clock, Intakes, intakes, with_needs

START = datetime(2026, 9, 1, 9, 0, tzinfo=UTC)
NOW = START + timedelta(days=50)  # the clock starts here, so day(0..49) lie in the past
NAME = "Fenna MKNAAMZ Inzagevoorbeeld"
OTHER = "Huib MKHUISGENOOT Inzagevoorbeeld"


@dataclass
class World:
    kit: Intakes
    clock: Clock
    citizen_id: str
    other_id: str
    intake_id: str  # the main Wmo toeleiding conversation (closed, handed over at the end)
    markers: list[str] = field(default_factory=list)  # in every overview
    never: list[str] = field(default_factory=list)  # in no overview of this citizen
    personal: list[str] = field(default_factory=list)  # only with personal notes included


class _Marks:
    def __init__(self) -> None:
        self.words: list[str] = []
        self.out: list[str] = []
        self.own: list[str] = []

    def __call__(self, word: str, text: str = "fictief") -> str:
        """A value with the upper-case marker ``MK<word>`` in it."""
        marker = f"MK{word.upper()}"
        self.words.append(marker)
        return f"{marker} {text}"

    def hidden(self, word: str, text: str = "fictief") -> str:
        """A value that must never reach the overview (another person's, or restricted)."""
        marker = f"MK{word.upper()}"
        self.out.append(marker)
        return f"{marker} {text}"

    def personal(self, word: str) -> str:
        """A personal work note: in the overview only with the agency's setting."""
        marker = f"MK{word.upper()}"
        self.own.append(marker)
        return f"{marker} fictief"


def day(n: int) -> date:
    """Day ``n`` after the start: distinct dates for distinct rows."""
    return START.date() + timedelta(days=n)


def build(session: Session, folder: Path, clock: Clock) -> World:
    """Fill the vault of ``session``; ``clock`` is the session's own clock, set to :data:`NOW`
    (the world moves it on day by day)."""
    clock.value = NOW
    kit = intakes(
        session, clock, lambda p: with_needs(p, "huishoudelijke-hulp", ("inkomen", "identiteit"))
    )
    svc, rec, rev = kit.service, kit.records, kit.review
    profile = svc.profile
    db, trail = session.vault.db, session.trail
    m = _Marks()

    def tick(days: int = 1) -> None:
        clock.value += timedelta(days=days)

    # -- the citizen and the file outside a conversation --------------------------------------
    citizen = session.caseload.add_citizen(NAME, "14-02-1951")
    other = session.caseload.add_citizen(OTHER, "03-05-1953")
    cid = citizen.id
    # Editing a note in the file keeps the earlier wording as a version (R-000-38): the
    # overview prints both.
    file_note = session.caseload.add_note(cid, m("bestandoud", "belde over de stoep"))
    session.caseload.edit_note(file_note.id, m("bestandnieuw", "belde over de stoep en de trap"))
    session.caseload.add_note(other.id, m.hidden("huisgenootnotitie"))
    tick()

    # -- the main conversation (Wmo, toeleiding) ----------------------------------------------
    iid = svc.start_intake(
        cid, Law.WMO, Role.TOELEIDING, IntakeMode.COMPLEX, place=m("plaats", "keukentafel thuis"),
        present=("mantelzorger",), minors=Minors.NO,
    ).id  # fmt: skip
    svc.record_handover(
        iid, "2026.1", "nl", "papier", ALL_ITEMS, Acknowledgement.LATER, m("uitstelreden")
    )
    svc.add_help_request(iid, m("hulpvraag", "ik kan het huis niet schoonhouden"),
                         "huishoudelijke-hulp")  # fmt: skip
    rec.record_concerns(iid, m("anderezorgen", "ook zorgen over de tuin"))
    reps = RepresentationService(db, trail, profile, clock)
    reps.add_present(iid, PresentRole.MANTELZORGER, True, m("aanwezige", "Mieke"))
    reps.add_present(iid, PresentRole.TOLK_INFORMEEL, True, "", Confidentiality.GEVRAAGD)
    svc.propose_domain(iid, "huisvesting", Trigger.STRONG_INDICATION, m("zorgwonen"),
                       m("aanwijzing"))  # fmt: skip
    svc.answer_domain(iid, "huisvesting", True)
    svc.propose_domain(iid, "geestelijke_gezondheid", Trigger.CITIZEN_RAISED, m("zorggeest"),
                       "", m("evenredig"))  # fmt: skip
    svc.answer_domain(iid, "geestelijke_gezondheid", True)
    # A declined domain keeps the concern it was proposed for: stored, so in the overview.
    svc.propose_domain(iid, "financien", Trigger.CITIZEN_RAISED, m("afgewezenzorg"))
    svc.answer_domain(iid, "financien", False)
    svc.score_domain(iid, "instrumentele_adl", 2, m("scorebasis"), day(1))
    fact = rec.add_note(iid, m("feit", "stofzuigen lukt niet"), NoteKind.FACT,
                        NoteSource.CITIZEN, day(1), domain="instrumentele_adl")  # fmt: skip
    rec.correct_note(fact.id, m("feitnieuw", "stofzuigen lukt niet meer"))
    rec.add_note(iid, m("vertrouwelijk"), NoteKind.FACT, NoteSource.WORKER, day(1),
                 compartment=Compartment.CONFIDENTIAL)  # fmt: skip
    rec.add_note(iid, m("werkdossier"), NoteKind.OBSERVATION, NoteSource.WORKER, day(1),
                 compartment=Compartment.WORK)  # fmt: skip
    rec.add_note(iid, m.personal("persoonlijk"), NoteKind.FACT, NoteSource.WORKER, day(1),
                 compartment=Compartment.PERSONAL)  # fmt: skip
    rec.set_extra(iid, "inkomen", m("inkomen", "AOW"))
    rec.record_identity(iid, IdDocument.PASSPORT, "NX0MKPAS1", day(900))
    person = rec.add_network_person(
        iid, m("netwerknaam", "Bep"), m("relatie", "buurvrouw"), m("contact", "via de bel"),
        m("steun", "boodschappen"),
    )  # fmt: skip
    limitation = rec.add_limitation(iid, "instrumentele_adl", m("beperking", "kan niet bukken"),
                                    m("bron", "eigen verhaal"))  # fmt: skip
    rec.add_medical_advice(iid, m("advies", "hulp bij het huishouden past"), day(2))
    rec.log_document(iid, DocumentSource.GP, day(2), Disposition.RETURNED, True)
    rec.record_onderzoek(iid, "doel", m("doel", "zelf thuis blijven wonen"))
    for told in ("persoonlijk_plan", "clientondersteuning", "pgb"):
        rec.record_explained(iid, told)
    rec.record_meldcode(iid, MeldcodeKind.DOMESTIC_VIOLENCE, m.hidden("meldcode"), {})
    RegistrationService(db, trail, clock).add(
        iid, "registratie", m("regorganisatie"), m("regwat"), m("reghouder")
    )
    lookups = ManualLookups(svc)
    lookups.record_lookup(iid, LookupSource.BRP, m("opzoekreden", "adres nagaan voor de visite"),
                          day(3))  # fmt: skip
    tasks = TaskService(db, trail, clock)
    procedure = ProcedureService(svc, tasks)
    procedure.record_event(iid, "melding", day(0))
    procedure.record_event(iid, "spoed", day(1), m("spoedreden", "valt vaak"))
    ConsentRequestService(db, trail, profile, clock).create_medical(
        iid,
        MedicalRequest(
            m("praktijk"), m("behandelaar"), m("adviseur"), (m("vraag", "kan zij lopen?"),),
            m("mdoel"), m("mwet", "Wmo 2015 art. 5.1.1 lid 5"), m("bekend", "loopt slecht"),
            day(60), m("mgever"), GrantorCapacity.INWONER, True,
        ),
    )  # fmt: skip
    requests = ConsentRequestService(db, trail, profile, clock)
    terms = ConsentTerms(
        ConsentKind.AVG, Direction.VERSTREKKEN, "", Party(m("torganisatie"), m("trol"),
        m("tpersoon")), (m("titem"),), m("tdoel"), m("twet"), day(70), m("tgever"),
        GrantorCapacity.INWONER, Method.MONDELING, True, True, True, True,
    )  # fmt: skip
    asked = requests.create(iid, terms)
    consents = ConsentService(db, trail, profile, clock)
    given = consents.record_decision(
        asked.id, ConsentDecision.PERMIT, Method.MONDELING, m("bevestiging")
    )
    consents.renew(given.id, day(80), m("verlenger"))
    tick()
    consents.withdraw(given.id, clock(), Method.MONDELING, m("doorwie"), m("intrekking"))
    gp = ConsentTerms(
        ConsentKind.GEHEIMHOUDING, Direction.OPVRAGEN, "",
        Party(m("gppraktijk"), "huisarts", m("gpnaam")), (m("gpvraag", "kan zij traplopen?"),),
        m("gpdoel"), m("gpwet"), day(70), m("gpgever"), GrantorCapacity.INWONER,
        Method.SCHRIFTELIJK, True, True, True, True, m("gpantwoord"),
    )  # fmt: skip
    requests.create(iid, gp)  # asked, not answered yet
    rev.record_citizen_view(iid, "note", fact.id, m("mening", "het is erger"))
    rev.record_citizen_view(iid, "limitation", limitation.id, m("meningbeperking"))
    tasks.inform_person(cid, iid, person.id, 5)
    task = tasks.add("review_scope", day(60), citizen_id=cid)
    tasks.postpone(task.id, day(66), m("uitstel"))
    done = tasks.add("review_scope", day(31), citizen_id=cid)
    tasks.done(done.id, m("klaarnotitie"))
    svc.propose_domain(iid, "werk_opleiding", Trigger.CITIZEN_RAISED, m("werkzorg"))
    svc.answer_domain(iid, "werk_opleiding", True)
    svc.withdraw_domain(iid, "werk_opleiding")
    TriageService(svc).record_moment(
        iid, TriageKind.REFERRAL, TriageDecision.PLAN, m("nodig"), m("doorgegeven"),
        {d: Verdict.KEEP for d in TriageService(svc).open_domains(iid)},
    )  # fmt: skip
    tick()

    # -- a hulpverlening conversation, not pursued; one note moved to the toeleiding ----------
    help_id = svc.start_intake(cid, Law.WMO, Role.HULPVERLENING, IntakeMode.SINGLE).id
    svc.record_handover(help_id, "2026.1", "nl", "papier", ALL_ITEMS, Acknowledgement.SIGNED)
    svc.add_help_request(help_id, m("hulpvraag2"), "huishoudelijke-hulp")
    moved = rec.add_note(help_id, m("hulpnotitie"), NoteKind.FACT, NoteSource.CITIZEN, day(4))
    lookups.transfer_to_toeleiding(moved.id, iid, m("oordeel", "nodig voor de aanvraag " * 2),
                                   m("oordeelvan"))  # fmt: skip
    rev.close(help_id, IntakeStatus.NOT_PURSUED, reason=m("nietdoorgezet"))
    tick()

    # -- who decides, refusals, escalation, household, agenda -------------------------------
    rep = reps.add_representative(
        cid, RepresentativeKind.GEVOLMACHTIGDE, m("vertegenwoordiger"), AuthoritySeen.VOLMACHT,
        m("repcontact"), m("repscope"), (Act.TOESTEMMING,), day(5), m("repkenmerk"),
    )  # fmt: skip
    reps.record_refusal(cid, RefusalKind.HULP, m("weigering"), day(6), iid)
    reps.record_incapacity(cid, Act.TOESTEMMING, m("beoordelaar"), day(7), rep.id,
                           m("onbekwaam"), iid)  # fmt: skip
    reps.escalate(cid, EscalationTarget.GGD, m("escalatie"), day(8), intake_id=iid)
    ended = reps.add_representative(cid, RepresentativeKind.PARTNER, m("exvertegenwoordiger"),
                                    AuthoritySeen.VERKLARING)  # fmt: skip
    reps.end_representative(ended.id, day(30))
    for capacity in reps.incapacities(cid):
        reps.end_incapacity(capacity.id, day(31))
    households = HouseholdService(db, trail, clock)
    house = households.create(cid, m("huisreden"), "Plan fictief", "Eerste plan (vervangen)",
                              Relation.PARTNER)  # fmt: skip
    households.add_member(house.id, other.id, m.hidden("anderereden"), Relation.PARTNER)
    households.update_plan(house.id, m("planlabel2"), m("plantekst2"),
                           {"minors": FactAnswer.NO, "adults": FactAnswer.YES,
                            "carer": FactAnswer.UNKNOWN})  # fmt: skip
    VisitService(db, trail, clock).plan(day(80), time(14, 30), m("bezoekplek"), (cid, other.id))

    # -- sharing, case meetings, signals, rights --------------------------------------------
    sharing = DisclosureService(db, trail, profile, clock)
    items = {i.key: i for i in sharing.catalogue(cid)}
    ask = sharing.log_request(cid, m("vraagorg"), m("gevraagd"), day(9), "telefonisch",
                              m("vraagrol"), m("vraagpersoon"))  # fmt: skip
    sharing.record_discussed(ask.id, day(10), m("besproken"))
    sharing.record(
        DisclosureDraft(
            cid, clock(), m("sisaorg"), (SharedItem.of(items["dat:contact"]),), m("sisadoel"),
            GroundKind.UITZONDERING, Channel.BEVEILIGD_KANAAL, intake_id=iid,
            legal_ground=m("sisagrond"), reason=ExceptionReason.SISA,
            minimum_data=m("sisaminimum"), citizen_told_on=day(16), parents_told_on=day(17),
            justification=m("sisareden"),
        )
    )  # fmt: skip
    sharing.record(
        DisclosureDraft(
            cid, clock(), m("stilorg"), (SharedItem.of(items["dat:contact"]),), m("stildoel"),
            GroundKind.UITZONDERING, Channel.MONDELING, intake_id=iid,
            legal_ground=m("stilgrond"), reason=ExceptionReason.GEVAAR,
            minimum_data=m("stilminimum"), postpone_reason=m("stiluitstel"), review_on=day(85),
            second_person=m("tweedepersoon"), justification=m("stilreden"),
        )
    )  # fmt: skip
    sharing.record(
        DisclosureDraft(
            cid, clock(), m("deelorg"), (SharedItem.of(items["dat:contact"]),), m("deeldoel"),
            GroundKind.UITZONDERING, Channel.TELEFONISCH, intake_id=iid, role=m("deelrol"),
            person=m("deelpersoon"), legal_ground=m("grond"), reason=ExceptionReason.GEVAAR,
            minimum_data=m("minimum"), citizen_told_on=day(11),
            third_party_request_id=ask.id,
        )
    )  # fmt: skip
    meetings = CaseMeetingService(db, trail, profile, clock)
    # An old meeting: after the agency's period its details go and an outcome line stays.
    old = meetings.create(cid, MeetingType.INTERN, "Oud overleg", day(-100), iid).id
    meetings.add_participant(old, "Oude Partner Fictief", "begeleider", "Wmo 2015")
    meetings.purge(clock())
    meeting = meetings.create(cid, MeetingType.EXTERN, m("overlegdoel"), day(12), iid).id
    part = meetings.add_participant(meeting, m("deelnemer"), m("deelnemerrol"), m("taakgrond")).id
    meetings.record_informed(meeting, day(11), m("geinformeerd"))
    meetings.record_attendance(meeting, Attendance.ATTEND, discussed=True)
    meetings.record_limits(meeting, [LimitDraft(part, domain="financien", words=m("grens"))])
    meetings.record_discussion(meeting, Discussion.SAFETY, m("veiligheid"))
    meetings.add_identifiers(meeting, m("identificatie"))
    meetings.citizen_objects(meeting)
    meetings.safety_override(meeting, m("doorbreken", "er is acuut gevaar voor haar " * 2))
    meetings.mark_ready(meeting)
    meetings.add_agreement(meeting, part, m("actie"), (Choice("dat:contact"),),
                           GroundKind.UITZONDERING, m("afspraakgrond"), ExceptionReason.GEVAAR,
                           m("afspraakminimum"), day(12))  # fmt: skip
    meetings.mark_discussed(meeting)
    meetings.record_feedback(meeting, day(14), FeedbackHow.ORAL)
    SignalService(db, trail, profile, clock).open(
        SignalDraft(m("signaalgrond"), m("signaalnaam"), m("signaalzorg"), m("melderrol"),
                    Category.KEEP, day(75), day(13), m.hidden("meldernaam"), day(90), cid,
                    True, m.hidden("derdereden"))
    )  # fmt: skip
    signals = SignalService(db, trail, profile, clock)
    signal = next(x for x in signals.signals() if x.citizen_id == cid)
    signals.record_informed(signal.id, False, m("nietverteld"))
    rights = RightsService(db, trail, profile, clock)
    rights.record(cid, RightKind.VERWIJDERING, day(41), destruction_law=DestructionLaw.WMO,
                  scope=m("wisscope"))  # fmt: skip
    restriction = rights.record(cid, RightKind.BEPERKING, day(42))
    rights.decide(restriction.id, RightsDecision.TOEGEWEZEN)
    rights.lift_restriction(restriction.id)
    asked_for = rights.record(cid, RightKind.CORRECTIE, day(40), RightsCapacity.GEMACHTIGDE,
                              m("verzoeker"), scope=m("verzoekscope"))  # fmt: skip
    rights.extend(asked_for.id, 1, m("verlengreden"), day(45))
    rights.decide(asked_for.id, RightsDecision.AFGEWEZEN, m("weigerreden"))

    # -- papers: handed over, pre-printed, posted, printed at the office ------------------------
    papers = PaperService(db, trail, profile, SOURCES, clock)
    sheet = PaperRequest("informatieblad-privacy", "nl", intake_id=iid)
    papers.record(sheet, papers.render(sheet), "per_post", day(2))
    papers.record_preprinted(PaperRequest("informatieblad-privacy", "nl", citizen_id=cid), "MK0042")
    queued = papers.record(sheet, papers.render(sheet), "wachtrij")
    papers.printed_at_office(queued.id)

    # -- closing, archive, hand-over, a quality review ----------------------------------------
    tick()
    rev.start_review(iid)
    rev.finish_review(iid)
    RetentionService(db, trail, profile, clock).close_case(
        iid, IntakeStatus.COMPLETED,
        (BlockDecision(Block.DOSSIER, BlockChoice.ARCHIVE),
         BlockDecision(Block.WERKDOSSIER, BlockChoice.CONTRIBUTED),
         BlockDecision(Block.REGIE, BlockChoice.KEEP_YEARS, 2)),
        explained_confirmed=True, reason=m("slot", "hulp past"),
    )  # fmt: skip
    BundleService(db, trail, profile, clock).export(
        ExportRequest(cid, Kind.ZAAKSYSTEEM, "zaaksysteem", m("exportdoel"),
                      (Choice("dat:contact"),), Scope.SELECTIE),
        folder / "zaak.age",
    )  # fmt: skip
    BundleService(db, trail, profile, clock).export(
        ExportRequest(cid, Kind.VERVANGING, "w-bram", m("vervangdoel"), until=day(90)),
        folder / "vervanging.age",
    )
    RetentionService(db, trail, profile, clock).confirm_handover(cid, clock().date())
    ReviewModeService(db, trail, profile, clock).start(
        Period(START.date(), clock().date()), name="Rita Kwaliteit", role="teamleider"
    )
    return World(kit, clock, cid, other.id, iid, m.words, m.out, m.own)
