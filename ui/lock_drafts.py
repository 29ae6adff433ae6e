"""What is typed in the main window when it locks: one encrypted draft, put back after unlock.

A lock deletes every window, yet a lock never loses a word (DESIGN section 4). The note editors
autosave their own drafts (``ui.drafts``); every other text field of the home view and of the
open citizen, conversation or visit (a help request's own words, a reason, a household member,
a network person) is captured at the lock with ``ui.form_state`` and saved through the vault's
``DraftService`` as ONE draft: view key ``form:<navigation key>`` (ids only, ``form:home`` at
home), field key ``fields``, the text as JSON. It never goes to QSettings or a file.

After unlock, once the navigation is restored, the text goes back into the same fields and the
draft is discarded. The view part is applied only when the same citizen, conversation or visit
is open again; otherwise it is discarded, never applied elsewhere. The home view is always
there, so its part always comes back. Passphrase fields are never captured (``form_state``).

Open dialogs are left out: a lock closes them, and each is built from state only its opener
knows, so there is no clean way to reopen one with the same ids; text typed in a dialog is lost.
"""

from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from ui import form_state
from ui.drafts import DraftAutosaver

if TYPE_CHECKING:
    from app.services.drafts import DraftService
    from ui.views.main_window import MainWindow

logger = logging.getLogger(__name__)

VIEW_PREFIX = "form:"
FIELD_KEY = "fields"
HOME = "home"
VIEW = "view"
FORMAT = 1

Navigation = tuple[str, str]


def view_key(navigation: Navigation | None) -> str:
    """``form:`` and the navigation key (ids only): the view the text was typed in."""
    return VIEW_PREFIX + (navigation[0] if navigation is not None else HOME)


def roots(window: MainWindow) -> dict[str, QWidget]:
    """The home view and the citizen, conversation or visit open on top of it (also while the
    screen is hidden)."""
    found: dict[str, QWidget] = {HOME: window.home}
    view = window.visit_view or window.intake_view or window.citizen_view
    if view is not None:
        found[VIEW] = view
    return found


def capture(window: MainWindow) -> dict[str, form_state.FormState]:
    """Typed text per root, without the editors that keep their own draft."""
    states: dict[str, form_state.FormState] = {}
    for name, root in roots(window).items():
        state = form_state.capture(root)
        widgets = form_state.text_fields(root)
        fields = {
            key: text
            for key, text in state.fields.items()
            if widgets[key].findChild(DraftAutosaver) is None
        }
        if fields:
            states[name] = form_state.FormState(fields, state.group_sizes, state.focus)
    return states


def save(window: MainWindow, drafts: DraftService) -> bool:
    """At the lock: store what is typed as one draft; True when there was something.

    Never raises: the lock goes on whatever happens here (the failure is logged, no content).
    """
    try:
        navigation = window.navigation_state()
        states = capture(window)
        if not states:
            return False
        payload = {
            "format": FORMAT,
            "navigation": list(navigation) if navigation is not None else None,
            "roots": {name: _encode(state) for name, state in states.items()},
        }
        drafts.save(view_key(navigation), FIELD_KEY, json.dumps(payload), 0)
        logger.info("typed text kept as a draft: %d field(s)", _count(states))
        return True
    except Exception as exc:
        logger.error("typed text could not be kept at the lock: %s", type(exc).__name__)
        return False


def pending_navigation(drafts: DraftService) -> Navigation | None:
    """Where the newest form draft was typed (after a restart nothing else remembers it)."""
    for draft in drafts.all():  # newest first
        if draft.view_key.startswith(VIEW_PREFIX) and draft.field_key == FIELD_KEY:
            navigation = _payload(draft.text).get("navigation")
            if isinstance(navigation, list) and len(navigation) == 2:
                return str(navigation[0]), str(navigation[1])
    return None


def restore(window: MainWindow, drafts: DraftService) -> int:
    """After unlock: put the text back where it belongs, discard every form draft; returns
    how many fields changed."""
    changed = 0
    try:
        here = view_key(window.navigation_state())
        found = [d for d in drafts.all() if d.view_key.startswith(VIEW_PREFIX)]
    except Exception as exc:
        logger.error("typed text could not be read back: %s", type(exc).__name__)
        return 0
    for draft in found:
        if draft.field_key == FIELD_KEY:
            changed += _apply(window, draft.text, same_view=draft.view_key == here)
        try:
            drafts.discard(draft.view_key, draft.field_key)
        except Exception as exc:  # the vault failed: unlock goes on
            logger.error("form draft could not be discarded: %s", type(exc).__name__)
    return changed


def _apply(window: MainWindow, text: str, same_view: bool) -> int:
    try:
        states = _payload(text).get("roots", {})
        changed = 0
        for name, root in roots(window).items():
            if name == VIEW and not same_view:
                continue  # another view now: never applied elsewhere
            if isinstance(states, dict) and name in states:
                changed += form_state.restore(root, _decode(states[name]))
        return changed
    except Exception as exc:  # a damaged draft: dropped all the same
        logger.error("typed text could not be put back: %s", type(exc).__name__)
        return 0


# -- JSON ------------------------------------------------------------------------------------
def _encode(state: form_state.FormState) -> dict[str, Any]:
    return {
        "fields": [[*key, text.text, text.cursor] for key, text in state.fields.items()],
        "groups": [[kind, name, size] for (kind, name), size in state.group_sizes.items()],
        "focus": list(state.focus) if state.focus is not None else None,
    }


def _decode(data: Any) -> form_state.FormState:
    fields = {
        (str(kind), str(name), int(index)): form_state.FieldText(str(text), int(cursor))
        for kind, name, index, text, cursor in data.get("fields", [])
    }
    groups = {(str(kind), str(name)): int(size) for kind, name, size in data.get("groups", [])}
    focus = data.get("focus")
    key = (str(focus[0]), str(focus[1]), int(focus[2])) if focus else None
    return form_state.FormState(fields, groups, key)


def _payload(text: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except ValueError:
        return {}
    return data if isinstance(data, dict) and data.get("format") == FORMAT else {}


def _count(states: dict[str, form_state.FormState]) -> int:
    return sum(len(state.fields) for state in states.values())
