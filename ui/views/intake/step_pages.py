"""The intake's steps and their pages, each page built the first time it is asked for.

Opening a conversation used to build all thirteen pages at once (about 600 widgets, every combo
box filled, each page in its own scroll area) while only one step is on screen; that made
opening an intake with 200 notes miss its goal of 100 ms (issue 10). Now only the step that
opens is built; another is built when the worker goes to it, or when code asks for it by name
(``view.pages["network"]``), so a page's attributes work as before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from ui.views.intake.casework_pages import PresentPage, ProcedurePage
from ui.views.intake.context import IntakeContext
from ui.views.intake.domain_page import DomainPage
from ui.views.intake.meldcode_page import MeldcodePage
from ui.views.intake.record_pages import ConcernsPage, MedicalPage, NetworkPage, OnderzoekPage
from ui.views.intake.review_pages import ClosePage, ReviewPage
from ui.views.intake.start_pages import InfoPage, RequestPage, StartPage
from ui.widgets.scrolling import scroll_area

STEP_IDS = (
    "start",
    "information",
    "present",  # after the information: names of others are personal data too (R-004-21)
    "request",
    "domains",
    "concerns",
    "onderzoek",
    "procedure",
    "network",
    "medical",
    "meldcode",
    "review",
    "close",
)

PAGE_TYPES: dict[str, Callable[[IntakeContext], QWidget]] = {
    "start": StartPage,
    "information": InfoPage,
    "present": PresentPage,
    "request": RequestPage,
    "domains": DomainPage,
    "concerns": ConcernsPage,
    "onderzoek": OnderzoekPage,
    "procedure": ProcedurePage,
    "network": NetworkPage,
    "medical": MedicalPage,
    "meldcode": MeldcodePage,
    "review": ReviewPage,
    "close": ClosePage,
}


class StepPages(Mapping[str, QWidget]):
    """The page of each step by its id; ``pages[step]`` builds it (in its scroll area) on first
    use. ``step in pages``, ``len`` and iterating build nothing.

    ``stack`` gets one empty holder per step up front, in step order, and a page goes into its
    step's holder: the stack's index is the step's row, and the fields under the view come in
    the same order whichever page was built first (``ui.form_state`` matches them by order)."""

    def __init__(self, ctx: IntakeContext, stack: QStackedWidget) -> None:
        self._ctx = ctx
        self._stack = stack
        self._pages: dict[str, QWidget] = {}
        self._holders: dict[str, QVBoxLayout] = {}
        for step in STEP_IDS:
            holder = QWidget()
            layout = QVBoxLayout(holder)
            layout.setContentsMargins(0, 0, 0, 0)
            stack.addWidget(holder)
            self._holders[step] = layout

    def __getitem__(self, step: str) -> QWidget:
        return self.build(step)

    def build(self, step: str) -> QWidget:
        """The page of ``step``, built now if it was not yet (not shown, not refreshed)."""
        page = self._pages.get(step)
        if page is None:
            page = PAGE_TYPES[step](self._ctx)  # KeyError for an unknown step, as a dict
            self._holders[step].addWidget(scroll_area(page, f"step_{step}_scroll"))
            self._pages[step] = page
        return page

    def __contains__(self, step: object) -> bool:
        return step in PAGE_TYPES

    def __iter__(self) -> Iterator[str]:
        return iter(STEP_IDS)

    def __len__(self) -> int:
        return len(STEP_IDS)

    def built(self, step: str) -> QWidget | None:
        """The page if it has been built, else None (and nothing is built)."""
        return self._pages.get(step)

    def built_steps(self) -> list[str]:
        """The steps whose pages are built, in step order."""
        return [step for step in STEP_IDS if step in self._pages]
