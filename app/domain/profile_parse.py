"""Turn a parsed profile document (a dict from TOML) into an :class:`AgencyProfile`.

Every refusal names the wrong field by its dotted path, e.g.
``roster[2].age_public_key: not a valid age public key``, so an agency can fix its own file.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pyrage

from app.domain.profile import (
    FORMAT,
    AgencyProfile,
    ChildDomain,
    ComplaintRoute,
    Contact,
    Controller,
    DocumentText,
    HelpRequestType,
    Law,
    RecipientOrganisation,
    Retention,
    Role,
    RosterWorker,
    StatutoryRecipient,
    Team,
)
from app.domain.profile_errors import InvalidField
from app.domain.zrm import DOMAIN_IDS
from app.i18n import translate

_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
# A single Wmo request never opens these (DESIGN section 1; R-000-02).
SINGLE_WMO_FORBIDDEN = frozenset({"justitie", "middelengebruik", "huiselijke_relaties"})
LANGUAGES = frozenset({"nl", "nl-easy", "en"})
COMPLAINT_KINDS = frozenset(
    {"klachtenloket", "ombudsman", "autoriteit_persoonsgegevens", "bezwaar", "rechter"}
)


def _missing() -> str:
    return translate("Profile", "missing")


def _table(data: Any, path: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise InvalidField(path, translate("Profile", "must be a table"))
    return data


def _list(data: dict[str, Any], key: str, path: str, required: bool = True) -> list[Any]:
    value = data.get(key)
    if value is None:
        if required:
            raise InvalidField(f"{path}{key}", _missing())
        return []
    if not isinstance(value, list):
        raise InvalidField(f"{path}{key}", translate("Profile", "must be a list"))
    return value


def _str(data: dict[str, Any], key: str, path: str, required: bool = True) -> str:
    value = data.get(key)
    if value is None:
        if required:
            raise InvalidField(f"{path}{key}", _missing())
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise InvalidField(f"{path}{key}", translate("Profile", "must be a non-empty text"))
    return value.strip()


def _id(data: dict[str, Any], key: str, path: str) -> str:
    value = _str(data, key, path)
    if not _ID.match(value):
        raise InvalidField(
            f"{path}{key}", translate("Profile", "use lower-case letters, digits, - and _")
        )
    return value


def _int(data: dict[str, Any], key: str, path: str, low: int, high: int) -> int:
    value = data.get(key)
    if value is None:
        raise InvalidField(f"{path}{key}", _missing())
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidField(
            f"{path}{key}",
            translate("Profile", "must be a whole number from {low} to {high}").format(
                low=low, high=high
            ),
        )
    return value


def _bool(data: dict[str, Any], key: str, path: str, default: bool | None = None) -> bool:
    value = data.get(key, default)
    if not isinstance(value, bool):
        raise InvalidField(f"{path}{key}", translate("Profile", "must be true or false"))
    return value


def _age_key(data: dict[str, Any], key: str, path: str, required: bool = True) -> str | None:
    value = _str(data, key, path, required)
    if not value:
        return None
    try:
        pyrage.x25519.Recipient.from_str(value)
    except Exception as exc:  # pyrage raises its own error type
        raise InvalidField(
            f"{path}{key}", translate("Profile", "not a valid age public key")
        ) from exc
    return value


def _contact(data: Any, path: str) -> Contact:
    table = _table(data, path)
    p = f"{path}."
    return Contact(
        _str(table, "name", p),
        _str(table, "address", p),
        _str(table, "phone", p),
        _str(table, "email", p),
        _str(table, "website", p, required=False),
    )


def _unique(items: list[Any], path: str) -> None:
    seen: set[str] = set()
    for index, item in enumerate(items):
        if item.id in seen:
            raise InvalidField(f"{path}[{index}].id", translate("Profile", "used twice"))
        seen.add(item.id)


def _help_type(
    data: Any, path: str, allowed_domains: set[str], children: set[str]
) -> HelpRequestType:
    t = _table(data, path)
    p = f"{path}."
    law_text = _str(t, "law", p)
    try:
        law = Law(law_text)
    except ValueError:
        raise InvalidField(
            f"{p}law", translate("Profile", "must be wmo, jeugdwet, participatiewet or wgs")
        ) from None
    complex_request = _bool(t, "complex", p, default=False)
    domains = _list(t, "domains", p)
    for index, dom in enumerate(domains):
        if dom not in allowed_domains:
            raise InvalidField(f"{p}domains[{index}]", translate("Profile", "unknown domain"))
        if (
            law is Law.WMO
            and not complex_request
            and (dom in SINGLE_WMO_FORBIDDEN or dom in children)
        ):
            raise InvalidField(
                f"{p}domains[{index}]",
                translate("Profile", "a single Wmo request may not open this domain"),
            )
    if not domains:
        raise InvalidField(f"{p}domains", translate("Profile", "link at least one domain"))
    return HelpRequestType(
        _id(t, "id", p), _str(t, "label", p), law, complex_request, tuple(domains)
    )


def parse_profile(doc: dict[str, Any]) -> AgencyProfile:
    """Validate a profile document; raise :class:`InvalidField` naming the first wrong field."""
    doc = _table(doc, "(document)")
    if doc.get("format") != FORMAT:
        raise InvalidField("format", translate("Profile", "must be {format}").format(format=FORMAT))
    head = _table(doc.get("profile"), "profile")
    issued = head.get("issued")
    if not isinstance(issued, date):
        raise InvalidField("profile.issued", translate("Profile", "must be a date (2026-11-01)"))
    controllers_table = _table(doc.get("controllers"), "controllers")
    controllers = {}
    for role in Role:
        c = _table(controllers_table.get(role.value), f"controllers.{role.value}")
        p = f"controllers.{role.value}."
        controllers[role] = Controller(
            _str(c, "name", p),
            _str(c, "address", p),
            _str(c, "phone", p),
            _str(c, "email", p),
            _bool(c, "public", p),
        )
    teams = [
        Team(_id(_table(t, f"teams[{i}]"), "id", f"teams[{i}]."), _str(t, "name", f"teams[{i}]."))
        for i, t in enumerate(_list(doc, "teams", ""))
    ]
    _unique(teams, "teams")
    privacy = _table(doc.get("privacy"), "privacy")
    routes = []
    for i, r in enumerate(_list(doc, "complaint_routes", "")):
        p = f"complaint_routes[{i}]."
        r = _table(r, p[:-1])
        kind = _str(r, "kind", p)
        if kind not in COMPLAINT_KINDS:
            raise InvalidField(f"{p}kind", translate("Profile", "unknown kind of complaint route"))
        routes.append(ComplaintRoute(kind, _str(r, "name", p), _str(r, "contact", p)))
    ret = _table(doc.get("retention"), "retention")
    retention = Retention(
        _int(ret, "wmo_years", "retention.", 15, 100),
        _int(ret, "jeugd_years", "retention.", 20, 100),
        _int(ret, "purge_after_handover_days", "retention.", 0, 365),
        _int(ret, "personal_note_days", "retention.", 1, 365),
        _int(ret, "idle_lock_minutes", "retention.", 1, 15),
        _int(ret, "domain_scope_review_days", "retention.", 7, 730),
    )
    children = [
        ChildDomain(
            _id(_table(c, f"child_domains[{i}]"), "id", f"child_domains[{i}]."),
            _str(c, "label", f"child_domains[{i}]."),
        )
        for i, c in enumerate(_list(doc, "child_domains", "", required=False))
    ]
    child_ids = {c.id for c in children}
    allowed = set(DOMAIN_IDS) | child_ids
    types = [
        _help_type(t, f"help_request_types[{i}]", allowed, child_ids)
        for i, t in enumerate(_list(doc, "help_request_types", ""))
    ]
    _unique(types, "help_request_types")
    statutory = []
    for i, s in enumerate(_list(doc, "statutory_recipients", "")):
        p = f"statutory_recipients[{i}]."
        s = _table(s, p[:-1])
        statutory.append(
            StatutoryRecipient(
                _id(s, "id", p), _str(s, "name", p), _str(s, "kind", p), _str(s, "legal_basis", p)
            )
        )
    _unique(statutory, "statutory_recipients")
    orgs = []
    for i, o in enumerate(_list(doc, "recipient_organisations", "")):
        p = f"recipient_organisations[{i}]."
        o = _table(o, p[:-1])
        orgs.append(RecipientOrganisation(_id(o, "id", p), _str(o, "name", p), _str(o, "role", p)))
    _unique(orgs, "recipient_organisations")
    medical = _table(doc.get("medical"), "medical")
    words = _list(medical, "words", "medical.")
    for i, w in enumerate(words):
        if not isinstance(w, str) or not w.strip():
            raise InvalidField(
                f"medical.words[{i}]", translate("Profile", "must be a non-empty text")
            )
    documents = []
    for i, d in enumerate(_list(doc, "documents", "")):
        p = f"documents[{i}]."
        d = _table(d, p[:-1])
        langs = _list(d, "languages", p)
        if not langs or any(lang not in LANGUAGES for lang in langs):
            raise InvalidField(f"{p}languages", translate("Profile", "use nl, nl-easy and en"))
        documents.append(DocumentText(_id(d, "id", p), _str(d, "version", p), tuple(langs)))
    roster = []
    team_ids = {t.id for t in teams}
    for i, w in enumerate(_list(doc, "roster", "")):
        p = f"roster[{i}]."
        w = _table(w, p[:-1])
        team = _str(w, "team", p)
        if team not in team_ids:
            raise InvalidField(f"{p}team", translate("Profile", "not one of the teams"))
        key = _age_key(w, "age_public_key", p) or ""
        roster.append(
            RosterWorker(
                _id(w, "id", p),
                _str(w, "name", p),
                _str(w, "role", p),
                team,
                _str(w, "employer", p),
                key,
                _str(w, "vaste_vervanger", p),
            )
        )
    _unique(roster, "roster")
    worker_ids = {w.id for w in roster}
    for i, w in enumerate(roster):
        if w.vaste_vervanger not in worker_ids or w.vaste_vervanger == w.id:
            raise InvalidField(
                f"roster[{i}].vaste_vervanger",
                translate("Profile", "must be another worker in the roster"),
            )
    if not roster:
        raise InvalidField("roster", translate("Profile", "needs at least one worker"))
    keys = _table(doc.get("keys"), "keys")
    return AgencyProfile(
        id=_id(head, "id", "profile."),
        version=_int(head, "version", "profile.", 1, 1_000_000),
        issued=issued,
        demo=_bool(head, "demo", "profile.", default=False),
        mapping_version=_str(head, "mapping_version", "profile."),
        organisation=_contact(doc.get("organisation"), "organisation"),
        controllers=controllers,
        teams=tuple(teams),
        privacy_contact=_contact(privacy.get("contact_point"), "privacy.contact_point"),
        fg=_contact(privacy.get("fg"), "privacy.fg"),
        complaint_routes=tuple(routes),
        retention=retention,
        help_request_types=tuple(types),
        child_domains=tuple(children),
        statutory_recipients=tuple(statutory),
        recipient_organisations=tuple(orgs),
        medical_words=tuple(w.strip() for w in words),
        documents=tuple(documents),
        roster=tuple(roster),
        case_system_key=_age_key(keys, "case_system", "keys.") or "",
        recovery_key=_age_key(keys, "recovery", "keys.", required=False),
    )
