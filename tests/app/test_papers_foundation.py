"""The paper pipeline every document shares (issue 6): texts, layout, delivery records.

Uses the verklaring van kennisname as the example paper; every name is fictional.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from app.documents.base import DocumentRefused
from app.documents.texts import load_texts, read_text_file
from app.domain.citizen import ValidationError
from app.domain.profile import DocumentText
from app.services.papers import SOURCES, PaperRequest, PaperService
from app.services.session import Session
from app.storage import audit
from tests.support.intake import informed_intake, intakes
from tests.support.pdf import check_pdf, page_texts, pdf_text

ACK = "verklaring-kennisname"


def _service(session: Session, profile=None) -> tuple[PaperService, str]:  # type: ignore[no-untyped-def]
    kit = intakes(session)
    intake_id = informed_intake(kit, name="Fictief Voorbeeld")
    service = PaperService(
        session.vault.db, session.trail, profile or kit.service.profile, SOURCES, session.now
    )
    return service, intake_id


def test_r000_34_acknowledgement_says_received_never_consent(session: Session) -> None:
    service, intake_id = _service(session)
    for language in ("nl", "nl-easy", "en"):
        paper = service.render(PaperRequest(ACK, language, intake_id=intake_id))
        check_pdf(paper.pdf)
        text = pdf_text(paper.pdf).lower()
        assert "fictief voorbeeld" in text
        if language == "en":
            assert "not consent" in text
            assert "i give consent" not in text
        else:
            assert "geen toestemming" in text
            assert "ik geef toestemming" not in text
            assert "akkoord met de verwerking" not in text


def test_r003_21_every_page_names_paper_version_language_date_and_page_count(
    session: Session,
) -> None:
    service, intake_id = _service(session)
    paper = service.render(PaperRequest(ACK, "nl-easy", large_print=True, intake_id=intake_id))
    pages = page_texts(paper.pdf)
    assert len(pages) == paper.pages >= 2  # easy-read in large print runs over one page
    for index, text in enumerate(pages, start=1):
        assert f"Pagina {index} van {len(pages)}" in text
        assert paper.meta.number in text
        assert "tekstversie 2026.1" in text
        assert "Eenvoudig Nederlands" in text
        assert "23 november 2026" in text
        assert "College van burgemeester en wethouders van Voorbeeldstad" in text


def test_r001_30_controller_follows_the_dossier_role(session: Session) -> None:
    from app.domain.profile import Law, Role

    kit = intakes(session)
    citizen = session.caseload.add_citizen("Fictief Wijkteam")
    intake_id = kit.service.start_intake(
        citizen.id, Law.WMO, Role.HULPVERLENING, informed_mode()
    ).id
    service = PaperService(session.vault.db, session.trail, kit.service.profile, SOURCES)
    text = pdf_text(service.render(PaperRequest(ACK, "nl", intake_id=intake_id)).pdf)
    assert "Stichting Wijkteams Voorbeeldstad" in text
    assert "College van burgemeester" not in text


def informed_mode():  # type: ignore[no-untyped-def]
    from app.domain.intake import IntakeMode

    return IntakeMode.SINGLE


def test_r000_32_delivery_records_version_and_language_and_is_audited(session: Session) -> None:
    service, intake_id = _service(session)
    request = PaperRequest(ACK, "en", intake_id=intake_id)
    paper = service.render(request)
    issue = service.record(request, paper, "geprint")
    rows = service.issued_in(intake_id)
    assert [(r.number, r.version, r.language, r.delivery) for r in rows] == [
        (paper.meta.number, "2026.1", "en", "geprint")
    ]
    assert rows[0].citizen_id  # found through the intake
    events = session.vault.db.run(lambda c: audit.events(c))
    assert any(e.action == "print" and e.object_id == issue.id for e in events)


def test_posting_needs_a_date_and_queue_keeps_the_number(session: Session) -> None:
    service, intake_id = _service(session)
    request = PaperRequest(ACK, "nl", intake_id=intake_id)
    paper = service.render(request)
    with pytest.raises(ValidationError):
        service.record(request, paper, "per_post")
    service.record(request, paper, "per_post", posted_on=date(2026, 11, 24))
    queued = service.record(request, service.render(request), "wachtrij")
    assert [q.id for q in service.queued()] == [queued.id]
    again = service.render(service.request_of(queued))
    assert again.meta.number == queued.number
    service.printed_at_office(queued.id)
    assert service.queued() == []
    with pytest.raises(ValidationError):
        service.printed_at_office(queued.id)


def test_preprinted_sheet_only_for_general_papers(session: Session) -> None:
    service, intake_id = _service(session)
    with pytest.raises(ValidationError):
        service.record_preprinted(PaperRequest(ACK, "nl", intake_id=intake_id), "0042")


def test_r000_26_retired_text_version_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / ACK
    folder.mkdir()
    (folder / "nl-2025.1.toml").write_text(
        '[meta]\ntitle = "Oud"\nstatus = "retired"\n[text]\nintro = "x"\n', encoding="utf-8"
    )
    with pytest.raises(DocumentRefused, match="withdrawn"):
        read_text_file(ACK, "nl", "2025.1", root=tmp_path)
    with pytest.raises(DocumentRefused, match="not part of this app"):
        read_text_file(ACK, "nl", "1999.9", root=tmp_path)


def test_r000_26_profile_without_a_version_for_the_language_refuses(session: Session) -> None:
    service, intake_id = _service(session)
    profile = service.profile
    docs = tuple(
        replace(d, versions=(("nl", "2026.1"),)) if d.id == ACK else d for d in profile.documents
    )
    service = PaperService(
        session.vault.db, session.trail, replace(profile, documents=docs), SOURCES
    )
    with pytest.raises(DocumentRefused) as refused:
        service.render(PaperRequest(ACK, "en", intake_id=intake_id))
    assert "documents.verklaring-kennisname.versions.en" in str(refused.value)


def test_agency_override_replaces_one_paragraph(session: Session) -> None:
    service, intake_id = _service(session)
    profile = service.profile
    entry = profile.document(ACK)
    assert entry is not None
    override = DocumentText(
        ACK, entry.versions, (("nl", "copy", "Bewaar dit blad bij uw papieren van het wijkteam."),)
    )
    profile = replace(
        profile, documents=tuple(override if d.id == ACK else d for d in profile.documents)
    )
    assert load_texts(ACK, "nl", profile).get("copy").startswith("Bewaar dit blad bij uw")
    service = PaperService(session.vault.db, session.trail, profile, SOURCES)
    text = pdf_text(service.render(PaperRequest(ACK, "nl", intake_id=intake_id)).pdf)
    assert "papieren van het wijkteam" in text


def test_typed_text_is_not_read_as_markup(session: Session) -> None:
    kit = intakes(session)
    intake_id = informed_intake(kit, name="Fictief <b>Voor</b> & Zo")
    service = PaperService(session.vault.db, session.trail, kit.service.profile, SOURCES)
    text = pdf_text(service.render(PaperRequest(ACK, "nl", intake_id=intake_id)).pdf)
    assert "Fictief <b>Voor</b> & Zo" in text
