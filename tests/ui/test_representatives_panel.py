"""The casework panels of issue 5 on a real vault: representatives and who signs (DESIGN section
1), people present at an intake with the citizen's agreement, and refusals, capacity and
escalation (R-004-26). Driven by keyboard and mouse in English; each panel is rendered to
``test-output/casework/``. All names are fictional; the clock is injected."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from app.domain.refusals import Confidentiality, EscalationTarget, PresentRole
from app.domain.representatives import Act, AuthoritySeen, Capacity, RepresentativeKind
from app.services.representation import RepresentationService
from app.services.session import Session
from tests.support.intake import Clock, informed_intake, intakes
from tests.ui.test_accessible_names import unnamed_interactive_widgets
from ui.views.casework.present_panel import PresentPanel
from ui.views.casework.refusals_panel import RefusalsPanel
from ui.views.casework.representatives_panel import RepresentativesPanel

OUTPUT = Path(__file__).resolve().parents[2] / "test-output" / "casework"


def shot(widget: QWidget, name: str) -> None:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    assert widget.grab().save(str(OUTPUT / f"{name}.png"))


def choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def service(session: Session, clock: Clock) -> RepresentationService:
    kit = intakes(session, now=clock)
    return RepresentationService(session.vault.db, session.trail, kit.service.profile, clock)


def show(qtbot, widget: QWidget, width: int = 720, height: int = 820) -> None:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)


def test_wmo_1_1_1_panel_adds_representatives_and_says_who_signs(
    qtbot, session: Session, service: RepresentationService
) -> None:
    citizen = session.caseload.add_citizen("Jan Voorbeeld", "01-03-1950")
    panel = RepresentativesPanel(service, citizen.id)
    show(qtbot, panel)
    assert unnamed_interactive_widgets() == []
    choose(panel.capable, Capacity.NEE.value)
    assert "nobody recorded may act" in panel.answer.text()
    choose(panel.kind, RepresentativeKind.PARTNER.value)
    qtbot.keyClicks(panel.name, "Mien Voorbeeld")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.message.text() == "Representative added."
    assert "Mien Voorbeeld (spouse or partner)" in panel.answer.text()
    choose(panel.kind, RepresentativeKind.GEVOLMACHTIGDE.value)
    assert panel.covers_box.isVisible()
    assert panel.scope.isEnabled()
    qtbot.keyClicks(panel.name, "Kees Fictief")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert "written scope" in panel.message.text()  # refused, the name stays
    assert panel.name.text() == "Kees Fictief"
    qtbot.keyClicks(panel.scope, "Wmo-aanvraag en verslag")
    panel.covers[Act.AANVRAAG].setChecked(True)
    panel.since.setDate(QDate(2025, 3, 1))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.list.count() == 2
    assert "since" in panel.list.item(1).text()
    choose(panel.act, Act.AANVRAAG.value)
    assert "Kees Fictief (authorised person (gevolmachtigde))" in panel.answer.text()
    assert "Wmo 2015 art. 1.1.1 lid 2" in panel.answer.text()
    choose(panel.kind, RepresentativeKind.CURATOR.value)
    assert not panel.covers_box.isVisible()
    seen = [panel.seen.itemData(i) for i in range(panel.seen.count())]
    assert AuthoritySeen.VERKLARING.value not in seen
    shot(panel, "representatives-panel")
    panel.list.setCurrentRow(1)
    with qtbot.waitSignal(panel.representatives_changed):
        qtbot.mouseClick(panel.end_button, Qt.MouseButton.LeftButton)
    assert "ended on" in panel.list.item(1).text()
    assert "Mien Voorbeeld" in panel.answer.text()  # the authorised person no longer acts
    shot(panel, "representatives-panel-ended")


def test_jeugdwet_7_3_4_panel_explains_a_young_persons_consent(
    qtbot, session: Session, service: RepresentationService
) -> None:
    young = session.caseload.add_citizen("Sam Voorbeeld", "01-01-2013")  # 13 on 23-11-2026
    service.add_representative(
        young.id, RepresentativeKind.OUDER_MET_GEZAG, "Ria Voorbeeld", AuthoritySeen.GEZAGSREGISTER
    )
    panel = RepresentativesPanel(service, young.id)
    show(qtbot, panel)
    choose(panel.act, Act.JEUGDHULP.value)
    choose(panel.capable, Capacity.JA.value)
    assert "both the young person and Ria Voorbeeld" in panel.answer.text()
    choose(panel.act, Act.TOESTEMMING.value)
    assert "decides alone" in panel.answer.text()
    shot(panel, "representatives-panel-minor")


def test_present_panel_records_people_only_with_the_citizens_agreement(
    qtbot, session: Session, clock: Clock, service: RepresentationService
) -> None:
    kit = intakes(session, now=clock)
    intake_id = informed_intake(kit)
    panel = PresentPanel(service, intake_id)
    show(qtbot, panel, 620, 360)
    assert unnamed_interactive_widgets() == []
    assert not panel.confidentiality.isVisible()
    choose(panel.role, PresentRole.FAMILIELID.value)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert "Ask the citizen first" in panel.message.text()
    assert service.present(intake_id) == []
    qtbot.keyClick(panel.agreed, Qt.Key.Key_Space)
    with qtbot.waitSignal(panel.present_changed):
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert not panel.agreed.isChecked()  # the next person needs their own agreement
    choose(panel.role, PresentRole.TOLK_INFORMEEL.value)
    assert panel.confidentiality.isVisible()
    choose(panel.confidentiality, Confidentiality.GEVRAAGD.value)
    qtbot.keyClicks(panel.name, "Buurvrouw Fictief")
    panel.agreed.setChecked(True)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert [panel.list.item(i).text() for i in range(panel.list.count())] == [
        "family member",
        "informal interpreter · Buurvrouw Fictief · asked to keep it confidential",
    ]
    review = [i.text for i in kit.review.review_items(intake_id) if i.kind == "present"]
    assert review == [panel.list.item(i).text() for i in range(2)]
    shot(panel, "present-panel")
    panel.list.setCurrentRow(0)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert [p.role for p in service.present(intake_id)] == [PresentRole.TOLK_INFORMEEL]


def test_r004_26_refusals_panel_records_refusal_capacity_and_escalation(
    qtbot, session: Session, service: RepresentationService
) -> None:
    citizen = session.caseload.add_citizen("Jan Voorbeeld", "01-03-1950")
    mentor = service.add_representative(
        citizen.id, RepresentativeKind.MENTOR, "Fictief Mentorbureau", AuthoritySeen.BESCHIKKING
    )
    panel = RefusalsPanel(service, citizen.id)
    show(qtbot, panel, 720, 560)
    assert unnamed_interactive_widgets() == []
    qtbot.keyClicks(panel.refusal_what, "Wil geen huishoudelijke hulp")
    qtbot.mouseClick(panel.refusal_button, Qt.MouseButton.LeftButton)
    assert panel.message.text() == "Refusal recorded."
    panel.tabs.setCurrentIndex(1)
    choose(panel.matter, Act.TOESTEMMING.value)
    assert panel.acting.itemData(0) == mentor.id
    qtbot.keyClicks(panel.assessed_by, "medisch adviseur")
    qtbot.mouseClick(panel.capacity_button, Qt.MouseButton.LeftButton)
    assert panel.assessed_by.text() == ""
    shot(panel, "refusals-panel-capacity")
    assert service.who_signs(citizen.id, Act.TOESTEMMING, Capacity.JA).representatives == (mentor,)
    choose(panel.matter, Act.FINANCIEN.value)
    assert [panel.acting.itemData(i) for i in range(panel.acting.count())] == [""]
    panel.tabs.setCurrentIndex(2)
    choose(panel.target, EscalationTarget.BEMOEIZORG.value)
    panel.against_will.setChecked(True)
    panel.reason.setPlainText("Vervuilde woning, brandgevaar; geen contact mogelijk.")
    qtbot.mouseClick(panel.escalation_button, Qt.MouseButton.LeftButton)
    assert "second worker" in panel.message.text()
    assert service.count_against_will(date(2026, 1, 1)) == 0
    choose(panel.second, "w-bram")
    with qtbot.waitSignal(panel.records_changed):
        qtbot.mouseClick(panel.escalation_button, Qt.MouseButton.LeftButton)
    assert service.count_against_will(date(2026, 1, 1)) == 1
    lines = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert len(lines) == 3
    assert "Bram Proefmans" in lines[2]
    shot(panel, "refusals-panel")
    panel.list.setCurrentRow(1)
    panel.tabs.setCurrentIndex(1)
    qtbot.mouseClick(panel.end_capacity_button, Qt.MouseButton.LeftButton)
    assert service.who_signs(citizen.id, Act.TOESTEMMING, Capacity.JA).citizen
