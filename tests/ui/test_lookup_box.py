"""R-001-28 on screen: a lookup done by hand is recorded with its source and reason."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from tests.ui.test_intake_walkthrough import (
    child,
    choose,
    click,
    db,
    open_intake,
    shot,
    start_and_inform,
)


def test_r001_28_the_network_step_records_a_manual_lookup_with_its_reason(
    qtbot, controller
) -> None:
    view = open_intake(qtbot, controller)
    start_and_inform(qtbot, view, "huishoudelijke-hulp", "Hulp in huis")
    view.go("network")
    choose(view, "lookup_source", "brp")
    qtbot.keyClicks(child(view, "lookup_reason"), "kort")
    click(qtbot, view, "lookup_save")
    message = child(view, "network_message")
    assert isinstance(message, QLabel)
    assert "why the lookup was needed" in message.text()
    assert db(view, "SELECT count(*) FROM manual_lookup") == [(0,)]

    child(view, "lookup_reason").clear()
    qtbot.keyClicks(child(view, "lookup_reason"), "Adres nagekeken voor de woningaanpassing.")
    click(qtbot, view, "lookup_save")

    assert db(view, "SELECT source, reason FROM manual_lookup") == [
        ("brp", "Adres nagekeken voor de woningaanpassing.")
    ]
    found = child(view, "lookup_list")
    assert found.count() == 1
    assert "woningaanpassing" in found.item(0).text()
    shot(view, "network-manual-lookup")
