"""The screen and the paper write the same date the same way, in Dutch and in English (issue 9):
both go through ``app.formatting`` (babel). A fictional citizen born on 7 March 1950 is shown in
the citizen view and printed on the inzage-overzicht in the same language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app import i18n as core_i18n
from app.formatting import format_date, format_date_in
from app.services.papers import SOURCES, PaperRequest, PaperService
from app.services.session import Session
from tests.support.intake import intakes
from tests.support.pdf import pdf_text
from ui import i18n
from ui.views.citizen_view import CitizenView

BORN = {"nl": "7 maart 1950", "en": "7 March 1950"}


@pytest.fixture
def restore_english(qtbot: object) -> Iterator[None]:
    yield
    i18n.install("en")
    core_i18n.uninstall()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_screen_and_paper_write_a_date_the_same_way(
    qtbot, session: Session, restore_english, language: str
) -> None:
    kit = intakes(session)
    citizen = session.caseload.add_citizen("Fictief Voorbeeld", "07-03-1950")
    i18n.install(language)  # the worker's screen language
    view = CitizenView(session, citizen.id, kit.service.profile)
    qtbot.addWidget(view)
    on_screen = view.details.text()
    service = PaperService(
        session.vault.db, session.trail, kit.service.profile, SOURCES, session.now
    )
    paper = service.render(PaperRequest("inzage-overzicht", language, citizen_id=citizen.id))
    on_paper = pdf_text(paper.pdf)
    assert BORN[language] in on_screen
    assert BORN[language] in on_paper
    assert citizen.date_of_birth is not None
    assert format_date(citizen.date_of_birth) == format_date_in(citizen.date_of_birth, language)
    other = "en" if language == "nl" else "nl"
    assert BORN[other] not in on_screen
    assert BORN[other] not in on_paper
