"""Informatieblad privacy: what the citizen is told before anything is recorded (issue 6 item 1).

Every element of AVG art. 13/14 the sheet must carry comes from the signed agency profile or
the versioned text: the controller of the dossier's role and the worker's employer and team,
purpose and laws, the statutory task as basis (never consent), that the citizen sets the help
request, what must be given (Wmo 2.3.2 lid 7), where data are kept and who sees them by role,
sources (the GP only via the medical adviser), statutory recipients, the safety exceptions,
retention and destruction, the rights and how to use them, the contact point and FG, and the
complaint and appeal routes of this controller (Awb for the college, the civil court for a
private organisation; DESIGN section 1). While any of these is absent from the profile the
sheet is refused, naming each missing item (R-000-31, R-002-13), never printed with a gap.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import KeepTogether

from app.documents.base import DocumentRefused
from app.documents.compose import Paper, PaperContext, begin, finish, letterhead
from app.documents.layout import PaperWriter
from app.documents.texts import Texts
from app.domain.profile import AgencyProfile, Contact, Role, RosterWorker
from app.i18n import QT_TRANSLATE_NOOP, translate

DOCUMENT = "informatieblad-privacy"
MEDICAL_ADVISER = "medisch adviseur"  # RecipientOrganisation.role of the medical adviser
# Complaint and appeal routes every sheet prints, by the controller's kind (DESIGN section 1).
ROUTES_PUBLIC = ("klachtenloket", "ombudsman", "autoriteit_persoonsgegevens", "bezwaar", "rechter")
ROUTES_PRIVATE = ("klachtenloket", "autoriteit_persoonsgegevens", "rechter")
_ROUTE_WORDS = {
    "klachtenloket": QT_TRANSLATE_NOOP(
        "Documents", "the complaint desk (complaint_routes kind klachtenloket)"
    ),
    "ombudsman": QT_TRANSLATE_NOOP("Documents", "the ombudsman (complaint_routes kind ombudsman)"),
    "autoriteit_persoonsgegevens": QT_TRANSLATE_NOOP(
        "Documents",
        "the Autoriteit Persoonsgegevens (complaint_routes kind autoriteit_persoonsgegevens)",
    ),
    "bezwaar": QT_TRANSLATE_NOOP(
        "Documents", "where to send an objection (complaint_routes kind bezwaar)"
    ),
    "rechter": QT_TRANSLATE_NOOP("Documents", "the court (complaint_routes kind rechter)"),
}


@dataclass(frozen=True)
class SheetFacts:
    """Everything the sheet names besides its text, gathered from the profile."""

    controller: str
    public: bool
    worker: RosterWorker
    team: str
    substitute: str
    case_system: str
    medical_adviser: str
    recipients: tuple[str, ...]
    contact_point: Contact
    fg: Contact
    routes: tuple[tuple[str, str], ...]  # (name, contact) in print order
    wmo_years: int
    jeugd_years: int
    purge_days: int


def missing_items(profile: AgencyProfile, role: Role, worker: RosterWorker | None) -> list[str]:
    """Each element the sheet needs that the profile (or roster) does not give, in plain words
    with the profile field, so the administrator knows what to fill in."""
    missing: list[str] = []

    def need(ok: object, words: str) -> None:
        if not ok or (isinstance(ok, str) and not ok.strip()):
            missing.append(words)

    controller = profile.controllers.get(role)
    field = f"controllers.{role.value}"
    need(
        controller and controller.name,
        translate("Documents", "the name of the controller") + f" ({field}.name)",
    )
    need(
        controller and controller.address,
        translate("Documents", "the controller's address") + f" ({field}.address)",
    )
    need(
        controller and (controller.phone or controller.email),
        translate("Documents", "the controller's phone or email") + f" ({field}.phone)",
    )
    need(
        profile.organisation.name,
        translate("Documents", "the name of the organisation") + " (organisation.name)",
    )
    need(worker, translate("Documents", "the worker (not on the agency roster)"))
    if worker is not None:
        need(
            worker.employer, translate("Documents", "the worker's employer") + " (roster.employer)"
        )
        need(
            any(t.id == worker.team and t.name for t in profile.teams),
            translate("Documents", "the worker's team") + " (teams)",
        )
        substitute = profile.worker(worker.vaste_vervanger)
        need(
            substitute,
            translate("Documents", "the worker's permanent substitute")
            + " (roster.vaste_vervanger)",
        )
    need(
        profile.statutory_recipients,
        translate("Documents", "who receives data by law") + " (statutory_recipients)",
    )
    need(
        _adviser(profile),
        translate("Documents", "the medical adviser")
        + ' (recipient_organisations role "medisch adviseur")',
    )
    r = profile.retention
    need(
        r.wmo_years > 0, translate("Documents", "the Wmo retention term") + " (retention.wmo_years)"
    )
    need(
        r.jeugd_years > 0,
        translate("Documents", "the youth care retention term") + " (retention.jeugd_years)",
    )
    need(
        r.purge_after_handover_days > 0,
        translate("Documents", "when the laptop copy is removed")
        + " (retention.purge_after_handover_days)",
    )
    for name, contact in (
        ("privacy.contact_point", profile.privacy_contact),
        ("privacy.fg", profile.fg),
    ):
        label = (
            translate("Documents", "the privacy contact point")
            if name == "privacy.contact_point"
            else translate("Documents", "the data protection officer")
        )
        need(
            contact.name and (contact.phone or contact.email) and contact.address,
            f"{label} ({name})",
        )
    kinds = ROUTES_PUBLIC if controller is not None and controller.public else ROUTES_PRIVATE
    for kind in kinds:
        route = next((c for c in profile.complaint_routes if c.kind == kind), None)
        need(route and route.name and route.contact, translate("Documents", _ROUTE_WORDS[kind]))
    need(
        profile.paper.case_system,
        translate("Documents", "the name of the case system") + " (paper.case_system)",
    )
    return missing


def facts_of(ctx: PaperContext) -> SheetFacts:
    """The sheet's facts, or :class:`DocumentRefused` naming every missing one."""
    profile = ctx.profile
    missing = missing_items(profile, ctx.role, ctx.worker)
    if missing:
        raise DocumentRefused(missing)
    worker = ctx.worker
    substitute = profile.worker(worker.vaste_vervanger) if worker else None
    if worker is None or substitute is None:  # missing_items names both; keeps mypy sure
        raise DocumentRefused([translate("Documents", "the worker (not on the agency roster)")])
    controller = ctx.controller
    kinds = ROUTES_PUBLIC if controller.public else ROUTES_PRIVATE
    routes = tuple(
        (route.name, route.contact)
        for kind in kinds
        for route in profile.complaint_routes
        if route.kind == kind
    )
    return SheetFacts(
        controller=controller.name,
        public=controller.public,
        worker=worker,
        team=ctx.team_name(),
        substitute=substitute.name,
        case_system=profile.paper.case_system,
        medical_adviser=_adviser(profile),
        recipients=tuple(r.name for r in profile.statutory_recipients),
        contact_point=profile.privacy_contact,
        fg=profile.fg,
        routes=routes,
        wmo_years=profile.retention.wmo_years,
        jeugd_years=profile.retention.jeugd_years,
        purge_days=profile.retention.purge_after_handover_days,
    )


def build(ctx: PaperContext, citizen: str = "", case_number: str = "") -> Paper:
    """The sheet for the dossier's controller; ``citizen`` empty for a pre-printed copy."""
    facts = facts_of(ctx)
    texts, w = begin(DOCUMENT, ctx)
    letterhead(w, ctx, citizen, case_number)
    values: dict[str, object] = {
        "controller": facts.controller,
        "worker": facts.worker.name,
        "worker_role": facts.worker.role,
        "employer": facts.worker.employer,
        "team": facts.team,
        "substitute": facts.substitute,
        "case_system": facts.case_system,
        "purge_days": facts.purge_days,
        "medical_adviser": facts.medical_adviser,
        "wmo_years": facts.wmo_years,
        "jeugd_years": facts.jeugd_years,
        "contact_point": facts.contact_point.name,
        "laws": texts.get("laws"),
    }
    w.para(texts.get("intro"))
    for section in ("who", "why", "scope", "must", "where", "see", "from"):
        w.heading(texts.get(f"{section}_heading"))
        w.lines(texts.items(section, **values))
        if section == "why":
            w.para(texts.get("basis"), bold=True)
        _small(w, texts, f"{section}_small" if section != "why" else "basis_small", values)
    start = len(w.story)
    w.heading(texts.get("to_heading"))
    w.para(texts.get("to_intro"))
    w.bullets(list(facts.recipients))
    _keep(w, start)
    w.lines(texts.items("to_other"))
    w.para(texts.get("to_safety"))
    _small(w, texts, "to_small", values)
    w.heading(texts.get("keep_heading"))
    w.lines(texts.items("keep", **values))
    _small(w, texts, "keep_small", values)
    w.heading(texts.get("rights_heading"))
    w.para(texts.get("rights_intro"))
    w.bullets(texts.items("rights"))
    w.para(texts.get("rights_how", **values))
    _small(w, texts, "rights_small", values)
    start = len(w.story)
    w.heading(texts.get("contact_heading"))
    w.para(texts.get("contact_intro"))
    w.facts([(facts.contact_point.name, contact_lines(facts.contact_point))])
    _keep(w, start)
    w.para(texts.get("contact_fg"))
    w.facts([(facts.fg.name, contact_lines(facts.fg))])
    w.heading(texts.get("complain_heading"))
    w.lines(texts.items("complain"))
    w.para(texts.get("complain_ap"))
    if facts.public:
        w.para(texts.get("appeal_public"))
        _small(w, texts, "appeal_public_small", values)
    else:
        w.para(texts.get("appeal_private", **values))
    w.facts(list(facts.routes))
    return finish(w)


def contact_lines(contact: Contact) -> str:
    """Address, phone and email of a contact, one per line (the parts the profile gives)."""
    parts = [contact.address, " · ".join(p for p in (contact.phone, contact.email) if p)]
    if contact.website:
        parts.append(contact.website)
    return "\n".join(p for p in parts if p)


def medical_adviser(profile: AgencyProfile) -> str:
    return _adviser(profile)


def _adviser(profile: AgencyProfile) -> str:
    found = next(
        (r for r in profile.recipient_organisations if r.role.strip().lower() == MEDICAL_ADVISER),
        None,
    )
    return found.name if found else ""


def _keep(w: PaperWriter, start: int) -> None:
    """Keep a heading with its intro and list on one page (no orphaned "Contact:")."""
    w.story[start:] = [KeepTogether(w.story[start:])]


def _small(w: PaperWriter, texts: Texts, key: str, values: dict[str, object]) -> None:
    """The article line under a section, when the text has one (easy-read leaves them empty)."""
    line = texts.get(key, **values) if texts.has(key) else ""
    if line:
        w.small(line)
