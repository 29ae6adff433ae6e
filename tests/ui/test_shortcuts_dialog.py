"""The keyboard shortcuts screen (issue 9: "shortcuts for the main actions listed in a help
screen"): F1 opens it from anywhere in the main window, Esc closes it, it lists every live
shortcut, the keys it shows really work, and no two shortcuts share keys (Qt runs neither of
two ambiguous shortcuts)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout, QWidget

from tests.support.keyboard import focused, press, press_keys, wait_focus
from tests.support.tab_order import activate
from tests.ui.test_accessible_names import unnamed_interactive_widgets
from tests.ui.test_first_run_and_lock import add_citizen, run_wizard
from ui.views.help.shortcuts_dialog import ShortcutsDialog, key_text
from ui.views.intake.intake_view import IntakeView
from ui.views.main_window import MainWindow

OUTPUT = Path(__file__).resolve().parents[2] / "test-output" / "help"


def live_shortcuts(window: QWidget) -> list[tuple[str, QAction | QShortcut]]:
    """(keys, owner) for every shortcut that can fire in ``window`` now: the window's and its
    visible widgets' enabled actions, and the enabled shortcuts of visible widgets."""
    found: dict[int, tuple[str, QAction | QShortcut]] = {}
    owners = [window, *(w for w in window.findChildren(QWidget) if w.isVisible())]
    for owner in owners:
        for action in owner.actions():
            keys = key_text(action.shortcut())
            if keys and action.isEnabled():
                found[id(action)] = (keys, action)
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent()
        keys = key_text(shortcut.key())
        if keys and shortcut.isEnabled() and isinstance(parent, QWidget) and parent.isVisible():
            found[id(shortcut)] = (keys, shortcut)
    return list(found.values())


def shared_keys(window: QWidget) -> list[str]:
    counts = Counter(keys for keys, _ in live_shortcuts(window))
    return sorted(keys for keys, count in counts.items() if count > 1)


def open_intake(qtbot, controller) -> IntakeView:
    run_wizard(qtbot, controller)
    citizen = add_citizen(qtbot, controller, "Jan Voorbeeld")
    citizen.intake_button.click()
    view = controller.main_window.intake_view
    assert view is not None
    activate(controller.main_window)
    view.steps.setFocus()
    return view


def press_f1(qtbot, window: MainWindow) -> ShortcutsDialog:
    press(qtbot, Qt.Key.Key_F1)
    dialogs = window.findChildren(ShortcutsDialog)
    assert len(dialogs) == 1
    qtbot.waitUntil(dialogs[0].isVisible)
    return dialogs[0]


def close_with_escape(qtbot, dialog: QDialog) -> None:
    activate(dialog)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())


def test_f1_opens_the_list_from_anywhere_and_esc_closes_it(qtbot, controller) -> None:
    run_wizard(qtbot, controller)
    window = controller.main_window
    window.home.name_edit.setFocus()  # a text field: F1 still reaches the window
    dialog = press_f1(qtbot, window)
    assert dialog.windowTitle() == "Keyboard shortcuts"
    assert focused() is dialog.table  # the rows, at once, for the arrows and a screen reader
    assert unnamed_interactive_widgets() == []
    OUTPUT.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(OUTPUT / "shortcuts-home.png"))
    close_with_escape(qtbot, dialog)
    view = add_citizen(qtbot, controller)
    view.editor.setFocus()
    close_with_escape(qtbot, press_f1(qtbot, window))
    view.intake_button.click()
    activate(window)
    window.intake_view.steps.setFocus()
    dialog = press_f1(qtbot, window)  # in a conversation too, not its privacy protocol
    assert window.intake_view.info_box is None
    assert dialog.grab().save(str(OUTPUT / "shortcuts-intake.png"))
    close_with_escape(qtbot, dialog)


def test_every_shortcut_of_the_main_window_and_the_intake_view_is_listed(qtbot, controller) -> None:
    view = open_intake(qtbot, controller)
    window = controller.main_window
    dialog = press_f1(qtbot, window)
    listed = dialog.listed()
    sources = {id(row.source): row for row in dialog.rows if row.source is not None}
    live = live_shortcuts(window)
    assert len(live) >= 13  # 8 of the main window, 5 of the conversation
    for keys, owner in live:
        assert id(owner) in sources, keys
        row = sources[id(owner)]
        assert row.keys == keys
        assert (row.what, row.keys) in listed
        assert row.what != keys  # said in words, not only the keys again
    words = {what for what, _ in listed}
    assert {"Lock", "Hide screen", "Settings", "Keyboard shortcuts"} <= words
    assert "Next step of the conversation" in words
    keys = {keys for _, keys in listed}
    assert {"Ctrl+PgDown", "Ctrl+PgUp", "Ctrl+L", "Ctrl+Shift+H", "F1", "Esc", "Tab"} <= keys
    assert view.isVisible()


def test_the_conversation_keys_are_listed_before_a_conversation_opens(qtbot, controller) -> None:
    run_wizard(qtbot, controller)
    dialog = press_f1(qtbot, controller.main_window)
    assert ("Next step of the conversation", "Ctrl+PgDown") in dialog.listed()
    assert ("The agency's privacy protocol", "Shift+F1") in dialog.listed()


def _clean_up(qtbot, window: MainWindow) -> None:
    """Close whatever the last key opened and make the main window active again."""
    for widget in QApplication.topLevelWidgets():
        if widget is not window and widget.isVisible() and isinstance(widget, QDialog):
            widget.reject()
    if window.hidden:
        window.toggle_hidden()
    activate(window)


def test_the_keys_shown_trigger_what_they_say(qtbot, controller) -> None:
    view = open_intake(qtbot, controller)
    window = controller.main_window
    dialog = press_f1(qtbot, window)
    rows = [(row, row.keys) for row in dialog.rows if row.source is not None]
    shown = dialog.listed()
    assert all((row.what, keys) in shown for row, keys in rows)  # the keys as the table says
    close_with_escape(qtbot, dialog)
    last = ("Alt+Home", "Ctrl+L")  # these leave the conversation and the window
    rows.sort(key=lambda pair: (pair[1] in last, last.index(pair[1]) if pair[1] in last else 0))
    fired: list[str] = []
    for row, keys in rows:
        source = row.source
        signal = source.triggered if isinstance(source, QAction) else source.activated
        count = len(fired)
        signal.connect(lambda *_args, k=keys: fired.append(k))
        if shiboken6.isValid(view):  # until Alt+Home leaves the conversation
            view.steps.setFocus()
        press_keys(qtbot, QKeySequence.fromString(keys, QKeySequence.SequenceFormat.NativeText))
        if keys == "Ctrl+L":  # the lock deletes the window (and this action) while it runs
            assert controller.session is None
            assert controller.main_window is None
            break
        assert fired[count:] == [keys], row.what
        _clean_up(qtbot, window)
    assert keys == "Ctrl+L"
    assert len(fired) == len(rows) - 1


def test_no_two_live_shortcuts_share_keys(qtbot, controller) -> None:
    view = open_intake(qtbot, controller)
    window = controller.main_window
    assert shared_keys(window) == []
    window.show_home()
    assert shared_keys(window) == []
    add_citizen(qtbot, controller, "Els Voorbeeld")
    assert shared_keys(window) == []
    assert not view.isVisible()


def test_the_check_finds_two_shortcuts_on_one_key(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    QVBoxLayout(window).addWidget(QLineEdit())
    QShortcut(QKeySequence("F1"), window, lambda: None)
    window.show()
    assert shared_keys(window) == []
    QShortcut(QKeySequence("F1"), window, lambda: None)
    assert shared_keys(window) == ["F1"]


def test_the_intake_view_keeps_its_focus_after_the_list_closes(qtbot, controller) -> None:
    view = open_intake(qtbot, controller)
    close_with_escape(qtbot, press_f1(qtbot, controller.main_window))
    wait_focus(qtbot, "Steps")
    assert focused() is view.steps
