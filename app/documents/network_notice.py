"""Bericht voor een netwerkpersoon: the short notice to a person whose data were recorded.

DESIGN section 1: network persons whose data are recorded get their own short notice (AVG
art. 14; the inform part of R-004-17). It names which data (name, relation, contact, support
offered, nothing else), why, who is responsible, how long, their rights and the contact point.
About the citizen it says only that this person was named as someone in their network: no help
request, no domain, no team or worker role (the letterhead names the controller only), so the
paper tells a relative nothing the citizen did not choose to share.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from app.documents.compose import Paper, PaperContext, begin, finish, letterhead
from app.documents.information_sheet import contact_lines
from app.domain.visit_records import NetworkPerson

DOCUMENT = "bericht-netwerkpersoon"


@dataclass(frozen=True)
class NetworkNotice:
    person: NetworkPerson
    citizen: str  # the name of the citizen who named them, and nothing else about them
    law: str  # the dossier's law, for the retention term


def build(data: NetworkNotice, ctx: PaperContext) -> Paper:
    # No worker on the letterhead: their role and team would hint at the help asked for.
    ctx = replace(ctx, worker=None)
    texts, w = begin(DOCUMENT, ctx)
    letterhead(w, ctx, data.person.name)
    profile = ctx.profile
    values: dict[str, object] = {
        "person": data.person.name,
        "citizen": data.citizen,
        "controller": ctx.controller.name,
        "contact_point": profile.privacy_contact.name,
    }
    p = data.person
    w.para(texts.get("intro", **values))
    w.para(texts.get("named", **values))
    w.heading(texts.get("data_heading"))
    w.para(texts.get("data_intro"))
    empty = texts.get("not_recorded")
    w.facts(
        [
            (texts.get("label_name", **values), p.name),
            (texts.get("label_relation", **values), p.relation),
            (texts.get("label_contact", **values), p.contact or empty),
            (texts.get("label_support", **values), p.support or empty),
        ]
    )
    w.para(texts.get("data_not"))
    w.heading(texts.get("why_heading"))
    w.lines(texts.items("why", **values))
    if texts.get("why_small"):
        w.small(texts.get("why_small"))
    w.heading(texts.get("who_heading"))
    w.para(texts.get("who", **values))
    w.para(texts.get("share"))
    w.heading(texts.get("keep_heading"))
    retention = profile.retention
    years = {"wmo": retention.wmo_years, "jeugdwet": retention.jeugd_years}.get(data.law)
    w.para(
        texts.get("keep_years", years=years, **values)
        if years
        else texts.get("keep_other", **values)
    )
    w.heading(texts.get("rights_heading"))
    w.para(texts.get("rights_intro"))
    w.bullets(texts.items("rights"))
    w.para(texts.get("rights_how", **values))
    w.heading(texts.get("contact_heading"))
    w.facts([(profile.privacy_contact.name, contact_lines(profile.privacy_contact))])
    w.para(texts.get("complain"))
    return finish(w)


def sample() -> NetworkNotice:
    """Clearly fictional data for previews and tests."""
    return NetworkNotice(
        NetworkPerson(
            "sample",
            "sample",
            "Dhr. B. Voorbeeld (fictief)",
            "buurman",
            "06-00000000",
            "boodschappen",
        ),
        "Mevrouw A. Voorbeeld (fictief)",
        "wmo",
    )
