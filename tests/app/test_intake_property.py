"""Property (issue 4 "Evidence"): no sequence of service calls ever stores content or a score in
a domain that is not linked to a help request or agreed by the citizen (R-000-06, R-002-03,
R-004-02). Withdrawn domains keep what they held until deleted, and never gain anything."""

from __future__ import annotations

import contextlib
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.citizen import ValidationError
from app.domain.intake import NoteKind
from app.domain.notes import NoteSource
from app.domain.scope import DomainStatus, Trigger
from app.services.session import Session
from tests.support.intake import Intakes, informed_intake, intakes

ON = date(2026, 11, 23)
DOMAINS = ("financien", "huisvesting", "instrumentele_adl", "sociaal_netwerk",
           "middelengebruik", "justitie", "opvoeding")  # fmt: skip
TYPES = ("huishoudelijke-hulp", "woningaanpassing", "schulden", "meervoudig")

operation = st.one_of(
    st.tuples(st.just("request"), st.sampled_from(TYPES)),
    st.tuples(st.just("propose"), st.sampled_from(DOMAINS), st.sampled_from(list(Trigger))),
    st.tuples(st.just("answer"), st.sampled_from(DOMAINS), st.booleans()),
    st.tuples(st.just("withdraw"), st.sampled_from(DOMAINS)),
    st.tuples(st.just("note"), st.sampled_from(DOMAINS)),
    st.tuples(st.just("limitation"), st.sampled_from(DOMAINS)),
    st.tuples(st.just("score"), st.sampled_from(DOMAINS), st.integers(0, 6)),
    st.tuples(st.just("delete_withdrawn"), st.sampled_from(DOMAINS)),
    st.tuples(st.just("triage"), st.sampled_from(DOMAINS), st.booleans()),
)


def _apply(kit: Intakes, intake_id: str, op: tuple) -> None:  # type: ignore[type-arg]
    svc, records, review = kit.service, kit.records, kit.review
    name, domain = op[0], op[1]
    calls = {
        "request": lambda: svc.add_help_request(intake_id, "Eigen woorden van de inwoner", domain),
        "propose": lambda: svc.propose_domain(
            intake_id, domain, op[2], "zorg", "aanwijzing", "evenredig omdat"
        ),
        "answer": lambda: svc.answer_domain(intake_id, domain, op[2]),
        "withdraw": lambda: svc.withdraw_domain(intake_id, domain),
        "note": lambda: records.add_note(
            intake_id, "Feitelijke notitie.", NoteKind.FACT, NoteSource.CITIZEN, ON, domain=domain
        ),
        "limitation": lambda: records.add_limitation(
            intake_id, domain, "Kan niet tillen.", "inwoner"
        ),
        "score": lambda: svc.score_domain(intake_id, domain, op[2], "gesprek", ON),
        "delete_withdrawn": lambda: review.delete_withdrawn_content(intake_id, domain),
        "triage": lambda: review.triage(intake_id, domain, op[2]),
    }
    with contextlib.suppress(ValidationError):  # refused: the state must still hold
        calls[name]()


def _content(kit: Intakes, intake_id: str) -> dict[str, int]:
    def count(conn):  # type: ignore[no-untyped-def]
        found: dict[str, int] = {}
        for table in ("note", "limitation", "zrm_score"):
            sql = f"SELECT domain, count(*) FROM {table} WHERE intake_id = ? GROUP BY domain"  # noqa: S608
            for domain, n in conn.execute(sql, (intake_id,)):
                found[domain] = found.get(domain, 0) + n
        return found

    return kit.session.vault.db.run(count)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ops=st.lists(operation, max_size=14), minors=st.booleans())
def test_r000_06_r004_02_content_only_ever_lands_in_open_domains(
    session: Session,
    ops: list,
    minors: bool,  # type: ignore[type-arg]
) -> None:
    kit = intakes(session)
    intake_id = informed_intake(kit, type_id=None)
    if minors:
        session.vault.db.run(
            lambda c: c.execute("UPDATE intake SET minors = 'ja' WHERE id = ?", (intake_id,))
        )
    held_at_withdrawal: dict[str, int] = {}
    for op in ops:
        _apply(kit, intake_id, op)
        scope = kit.service.scope(intake_id)
        content = _content(kit, intake_id)
        for domain, count in content.items():
            status = scope.status(domain)
            if status is DomainStatus.WITHDRAWN:
                held_at_withdrawal.setdefault(domain, count)
                assert count <= held_at_withdrawal[domain], (domain, ops)
            else:
                assert status.open, (domain, status, ops)
            if domain == "justitie":
                assert not kit.service.profile.justitie_in_wmo
                assert any(t.law.value != "wmo" for t in scope.help_types), ops
