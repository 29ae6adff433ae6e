"""Turn a parsed profile document (a dict from TOML) into an :class:`AgencyProfile`.

Every refusal names the wrong field by its dotted path, e.g.
``roster[2].age_public_key: not a valid age public key``, so an agency can fix its own file.
Sections are checked in the order of the demo file, so the error reported is usually the first
one in the file.
Unknown keys are refused too: a misspelt optional key (``recovry``) would otherwise silently
switch a safeguard off. Whatever the input, only :class:`InvalidField` is raised. The optional
parts added later (``needs``, ``[scope]``, ``[guidance]`` …) are checked in ``profile_extras``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

import pyrage

from app.domain import profile_extras
from app.domain.profile import (
    FORMAT,
    MAX_IDLE_LOCK_MINUTES,
    STATUTORY_ITEM_KINDS,
    AgencyProfile,
    ChildDomain,
    ComplaintRoute,
    Contact,
    Controller,
    HelpRequestType,
    Law,
    RecipientOrganisation,
    Retention,
    Role,
    RosterWorker,
    StatutoryRecipient,
    Team,
)
from app.domain.profile_accountability import parse_breach, parse_reporting
from app.domain.profile_documents import parse_documents, parse_paper
from app.domain.profile_errors import InvalidField
from app.domain.profile_extras import parse_guidance, parse_needs, parse_scope
from app.domain.profile_fields import boolean as _bool
from app.domain.profile_fields import listing as _list
from app.domain.profile_fields import table as _table
from app.domain.profile_fields import text as _str
from app.domain.profile_fields import whole as _int
from app.domain.zrm import DOMAIN_IDS
from app.i18n import translate

_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
# A single Wmo request never opens these, nor a child domain (DESIGN section 1; R-000-02).
SINGLE_WMO_FORBIDDEN = frozenset({"justitie", "middelengebruik", "huiselijke_relaties"})
COMPLAINT_KINDS = frozenset(
    {"klachtenloket", "ombudsman", "autoriteit_persoonsgegevens", "bezwaar", "rechter"}
)
# "signature" is checked by app.services.profile_signing, not here.
TOP_LEVEL = frozenset(
    ("format", "profile", "organisation", "controllers", "teams", "privacy", "complaint_routes",
     "retention", "child_domains", "help_request_types", "scope", "statutory_recipients",
     "recipient_organisations", "medical", "documents", "guidance", "casework", "procedure",
     "roster", "keys", "signature", "paper", "reports")
)  # fmt: skip
_CONTACT = ("name", "address", "phone", "email", "website")
_HELP_TYPE = ("id", "label", "law", "complex", "domains", "needs")


def _id(data: dict[str, Any], key: str, path: str) -> str:
    value = _str(data, key, path)
    if not _ID.match(value):
        raise InvalidField(
            f"{path}{key}", translate("Profile", "use lower-case letters, digits, - and _")
        )
    return value


def _age_key(data: dict[str, Any], key: str, path: str, required: bool = True) -> str | None:
    value = _str(data, key, path, required)
    if not value:
        return None
    try:
        pyrage.x25519.Recipient.from_str(value)
    except Exception as exc:  # pyrage raises its own (untyped) error class
        raise InvalidField(
            f"{path}{key}", translate("Profile", "not a valid age public key")
        ) from exc
    return value


def _contact(data: Any, path: str) -> Contact:
    table = _table(data, path, _CONTACT)
    p = f"{path}."
    return Contact(
        _str(table, "name", p),
        _str(table, "address", p),
        _str(table, "phone", p),
        _str(table, "email", p),
        _str(table, "website", p, required=False),
    )


def _items(
    doc: dict[str, Any], key: str, allowed: tuple[str, ...], required: bool = True
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield ``(path prefix, table)`` for each entry of an array of tables."""
    for index, item in enumerate(_list(doc, key, "", required)):
        path = f"{key}[{index}]"
        yield f"{path}.", _table(item, path, allowed)


def _statutory_items(data: dict[str, Any], path: str) -> tuple[str, ...]:
    """Optional ``items`` of a statutory recipient: kinds from STATUTORY_ITEM_KINDS."""
    kinds = _list(data, "items", path, required=False)
    for index, kind in enumerate(kinds):
        if kind not in STATUTORY_ITEM_KINDS:
            raise InvalidField(f"{path}items[{index}]", translate("Profile", "unknown item kind"))
    return tuple(kinds)


def _unique(items: list[Any], path: str) -> None:
    seen: set[str] = set()
    for index, item in enumerate(items):
        if item.id in seen:
            raise InvalidField(f"{path}[{index}].id", translate("Profile", "used twice"))
        seen.add(item.id)


def _head(doc: dict[str, Any]) -> dict[str, Any]:
    head = _table(
        doc.get("profile"), "profile", ("id", "version", "issued", "demo", "mapping_version")
    )
    issued = head.get("issued")
    # TOML datetimes are dates too in Python; the issue date is a plain calendar date.
    if not isinstance(issued, date) or isinstance(issued, datetime):
        raise InvalidField("profile.issued", translate("Profile", "must be a date (2026-11-01)"))
    return {
        "id": _id(head, "id", "profile."),
        "version": _int(head, "version", "profile.", 1, 1_000_000),
        "issued": issued,
        "demo": _bool(head, "demo", "profile.", default=False),
        "mapping_version": _str(head, "mapping_version", "profile."),
    }


def _controllers(doc: dict[str, Any]) -> dict[Role, Controller]:
    table = _table(doc.get("controllers"), "controllers", tuple(r.value for r in Role))
    controllers = {}
    for role in Role:
        path = f"controllers.{role.value}"
        c = _table(table.get(role.value), path, ("name", "address", "phone", "email", "public"))
        p = f"{path}."
        controllers[role] = Controller(
            _str(c, "name", p),
            _str(c, "address", p),
            _str(c, "phone", p),
            _str(c, "email", p),
            _bool(c, "public", p),
        )
    return controllers


def _retention(doc: dict[str, Any]) -> Retention:
    fields = (
        "wmo_years",
        "jeugd_years",
        "purge_after_handover_days",
        "personal_note_days",
        "domain_scope_review_days",
        "idle_lock_minutes",
        "not_pursued_grace_days",
        "case_meeting_detail_days",
        "regie_max_years",
        "dossier_review_days",
        "participatiewet_years",
        "wgs_years",
    )
    ret = _table(doc.get("retention"), "retention", fields)
    p = "retention."
    return Retention(
        wmo_years=_int(ret, "wmo_years", p, 15, 100),  # Wmo 2015 art. 5.3.4
        jeugd_years=_int(ret, "jeugd_years", p, 20, 100),  # Jeugdwet art. 7.3.8
        purge_after_handover_days=_int(ret, "purge_after_handover_days", p, 0, 365),
        personal_note_days=_int(ret, "personal_note_days", p, 1, 365),
        domain_scope_review_days=_int(ret, "domain_scope_review_days", p, 7, 730),
        idle_lock_minutes=_int(ret, "idle_lock_minutes", p, 1, MAX_IDLE_LOCK_MINUTES, default=10),
        not_pursued_grace_days=_int(ret, "not_pursued_grace_days", p, 0, 90, default=14),
        case_meeting_detail_days=_int(ret, "case_meeting_detail_days", p, 1, 730, default=90),
        regie_max_years=_int(ret, "regie_max_years", p, 1, 5, default=5),  # R-001-24
        dossier_review_days=_int(ret, "dossier_review_days", p, 30, 365, default=365),
        # Selectielijst gemeenten 2020 (domain facts section 5): bijstand 10, schuldhulp 5
        participatiewet_years=_int(ret, "participatiewet_years", p, 10, 100, default=10),
        wgs_years=_int(ret, "wgs_years", p, 5, 100, default=5),
    )


def _child_domains(doc: dict[str, Any]) -> list[ChildDomain]:
    children = []
    for p, c in _items(doc, "child_domains", ("id", "label"), required=False):
        child = ChildDomain(_id(c, "id", p), _str(c, "label", p))
        if child.id in DOMAIN_IDS:
            raise InvalidField(f"{p}id", translate("Profile", "already a ZRM-2017 domain"))
        children.append(child)
    _unique(children, "child_domains")
    return children


def _help_type(t: dict[str, Any], p: str, children: set[str]) -> HelpRequestType:
    type_id = _id(t, "id", p)
    label = _str(t, "label", p)
    try:
        law = Law(_str(t, "law", p))
    except ValueError:
        raise InvalidField(
            f"{p}law", translate("Profile", "must be wmo, jeugdwet, participatiewet or wgs")
        ) from None
    complex_request = _bool(t, "complex", p, default=False)
    domains = _list(t, "domains", p)
    if not domains:
        raise InvalidField(f"{p}domains", translate("Profile", "link at least one domain"))
    for index, dom in enumerate(domains):
        where = f"{p}domains[{index}]"
        if not isinstance(dom, str) or (dom not in DOMAIN_IDS and dom not in children):
            raise InvalidField(where, translate("Profile", "unknown domain"))
        if dom in domains[:index]:
            raise InvalidField(where, translate("Profile", "used twice"))
        single_wmo = law is Law.WMO and not complex_request
        if single_wmo and (dom in SINGLE_WMO_FORBIDDEN or dom in children):
            raise InvalidField(
                where, translate("Profile", "a single Wmo request may not open this domain")
            )
    needs = parse_needs(t, p)
    return HelpRequestType(type_id, label, law, complex_request, tuple(domains), needs)


def _medical_words(doc: dict[str, Any]) -> tuple[str, ...]:
    medical = _table(doc.get("medical"), "medical", ("words",))
    words = _list(medical, "words", "medical.")
    for i, w in enumerate(words):
        if not isinstance(w, str) or not w.strip():
            raise InvalidField(
                f"medical.words[{i}]", translate("Profile", "must be a non-empty text")
            )
    return tuple(w.strip() for w in words)


def _roster(doc: dict[str, Any], team_ids: set[str]) -> list[RosterWorker]:
    fields = ("id", "name", "role", "team", "employer", "age_public_key", "vaste_vervanger")
    roster = []
    for p, w in _items(doc, "roster", fields):
        worker_id = _id(w, "id", p)
        name = _str(w, "name", p)
        role = _str(w, "role", p)
        team = _str(w, "team", p)
        if team not in team_ids:
            raise InvalidField(f"{p}team", translate("Profile", "not one of the teams"))
        employer = _str(w, "employer", p)
        key = _age_key(w, "age_public_key", p) or ""
        substitute = _str(w, "vaste_vervanger", p)
        roster.append(RosterWorker(worker_id, name, role, team, employer, key, substitute))
    if not roster:
        raise InvalidField("roster", translate("Profile", "needs at least one worker"))
    _unique(roster, "roster")
    worker_ids = {w.id for w in roster}
    for i, worker in enumerate(roster):
        if worker.vaste_vervanger not in worker_ids or worker.vaste_vervanger == worker.id:
            raise InvalidField(
                f"roster[{i}].vaste_vervanger",
                translate("Profile", "must be another worker in the roster"),
            )
    return roster


def _keys(doc: dict[str, Any], roster: list[RosterWorker]) -> tuple[str, str | None]:
    keys = _table(doc.get("keys"), "keys", ("case_system", "recovery"))
    case_system = _age_key(keys, "case_system", "keys.") or ""
    recovery = _age_key(keys, "recovery", "keys.", required=False)
    # One key, one holder: a worker holding the recovery or case-system key could read
    # every vault or every hand-over, and two workers sharing a key read each other's bundles.
    seen: set[str] = set()
    placed = [(f"roster[{i}].age_public_key", w.age_public_key) for i, w in enumerate(roster)]
    placed += [("keys.case_system", case_system), ("keys.recovery", recovery or "")]
    for where, key in placed:
        if key and key in seen:
            raise InvalidField(where, translate("Profile", "this age key is already used above"))
        seen.add(key)
    return case_system, recovery


def parse_profile(doc: dict[str, Any]) -> AgencyProfile:
    """Validate a profile document; raise :class:`InvalidField` naming the first wrong field."""
    doc = _table(doc, "", TOP_LEVEL)
    if doc.get("format") != FORMAT:
        raise InvalidField("format", translate("Profile", "must be {format}").format(format=FORMAT))
    head = _head(doc)
    organisation = _contact(doc.get("organisation"), "organisation")
    controllers = _controllers(doc)
    teams = [
        Team(_id(t, "id", p), _str(t, "name", p)) for p, t in _items(doc, "teams", ("id", "name"))
    ]
    _unique(teams, "teams")
    privacy = _table(doc.get("privacy"), "privacy", ("contact_point", "fg", "breach"))
    privacy_contact = _contact(privacy.get("contact_point"), "privacy.contact_point")
    fg = _contact(privacy.get("fg"), "privacy.fg")
    routes = []
    for p, r in _items(doc, "complaint_routes", ("kind", "name", "contact")):
        kind = _str(r, "kind", p)
        if kind not in COMPLAINT_KINDS:
            raise InvalidField(f"{p}kind", translate("Profile", "unknown kind of complaint route"))
        routes.append(ComplaintRoute(kind, _str(r, "name", p), _str(r, "contact", p)))
    retention = _retention(doc)
    children = _child_domains(doc)
    child_ids = {c.id for c in children}
    types = [_help_type(t, p, child_ids) for p, t in _items(doc, "help_request_types", _HELP_TYPE)]
    _unique(types, "help_request_types")
    justitie_in_wmo = parse_scope(doc)
    statutory = [
        StatutoryRecipient(
            _id(s, "id", p),
            _str(s, "name", p),
            _str(s, "kind", p),
            _str(s, "legal_basis", p),
            _statutory_items(s, p),
        )
        for p, s in _items(
            doc, "statutory_recipients", ("id", "name", "kind", "legal_basis", "items")
        )
    ]
    _unique(statutory, "statutory_recipients")
    orgs = [
        RecipientOrganisation(_id(o, "id", p), _str(o, "name", p), _str(o, "role", p))
        for p, o in _items(doc, "recipient_organisations", ("id", "name", "role"))
    ]
    _unique(orgs, "recipient_organisations")
    medical_words = _medical_words(doc)
    documents = parse_documents(doc)
    paper = parse_paper(doc)
    guidance = parse_guidance(doc)
    casework = profile_extras.parse_casework(doc)
    procedures = profile_extras.parse_procedures(doc)
    roster = _roster(doc, {t.id for t in teams})
    case_system, recovery = _keys(doc, roster)
    return AgencyProfile(
        **head,
        organisation=organisation,
        controllers=controllers,
        teams=tuple(teams),
        privacy_contact=privacy_contact,
        fg=fg,
        complaint_routes=tuple(routes),
        retention=retention,
        help_request_types=tuple(types),
        child_domains=tuple(children),
        statutory_recipients=tuple(statutory),
        recipient_organisations=tuple(orgs),
        medical_words=medical_words,
        documents=documents,
        paper=paper,
        roster=tuple(roster),
        case_system_key=case_system,
        recovery_key=recovery,
        justitie_in_wmo=justitie_in_wmo,
        guidance=guidance,
        casework=casework,
        procedures=procedures,
        breach=parse_breach(privacy),
        reporting=parse_reporting(doc),
    )
