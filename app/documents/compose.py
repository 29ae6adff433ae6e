"""Starting and finishing a paper: its text, its meta, its letterhead (DESIGN section 7).

Every document module follows the same three steps::

    texts, w = begin("verklaring-kennisname", ctx)
    letterhead(w, ctx)            # controller, agency, worker: who is speaking to the citizen
    w.para(texts.get("intro", name=...)) ...
    return finish(w)

``PaperContext`` is what every paper needs besides its own domain object: the signed agency
profile, the dossier's role (which decides the controller, R-001-30), the worker, the date and
the language variant.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.documents.base import DocumentRefused, PaperMeta, new_number
from app.documents.layout import PaperWriter
from app.documents.texts import Texts, load_texts
from app.domain.profile import AgencyProfile, Controller, Role, RosterWorker
from app.i18n import translate

# Letterhead words per language variant (short, fixed; the paper's own text is in its file).
_LABELS = {
    "nl": {
        "controller": "Verantwoordelijk voor uw gegevens",
        "worker": "Uw gesprekspartner",
        "for": "Voor",
        "case": "Dossiernummer",
    },
    "nl-easy": {
        "controller": "Wie is verantwoordelijk voor uw gegevens?",
        "worker": "Met wie praat u?",
        "for": "Voor",
        "case": "Nummer",
    },
    "en": {
        "controller": "Responsible for your data",
        "worker": "You spoke with",
        "for": "For",
        "case": "Case number",
    },
}


@dataclass(frozen=True)
class PaperContext:
    profile: AgencyProfile
    role: Role
    worker: RosterWorker | None
    on: date
    language: str = "nl"
    large_print: bool = False
    number: str = ""  # a fixed paper number (previews, tests); new one when empty

    @property
    def controller(self) -> Controller:
        return self.profile.controller(self.role)

    @property
    def easy(self) -> bool:
        return self.language == "nl-easy"

    def team_name(self) -> str:
        if self.worker is None:
            return ""
        team = next((t for t in self.profile.teams if t.id == self.worker.team), None)
        return team.name if team else self.worker.team


@dataclass(frozen=True)
class Paper:
    """A finished paper: the PDF bytes (never written to disk by the app itself)."""

    meta: PaperMeta
    pdf: bytes
    pages: int


def begin(document: str, ctx: PaperContext) -> tuple[Texts, PaperWriter]:
    texts = load_texts(document, ctx.language, ctx.profile)
    meta = PaperMeta(
        document=document,
        title=texts.title,
        number=ctx.number or new_number(),
        version=texts.version,
        language=ctx.language,
        language_name=texts.language_name,
        on=ctx.on,
        controller=ctx.controller.name,
        large_print=ctx.large_print,
    )
    writer = PaperWriter(meta, easy=ctx.easy)
    writer.title(texts.title)
    return texts, writer


def letterhead(
    writer: PaperWriter, ctx: PaperContext, citizen: str = "", case_number: str = ""
) -> None:
    """Who is responsible and who the citizen spoke with; the worker is required on papers
    that name them (a paper without a sender cannot be answered)."""
    labels = _LABELS.get(ctx.language, _LABELS["nl"])
    controller = ctx.controller
    rows = [
        (
            labels["controller"],
            f"{controller.name}\n{controller.address}\n{controller.phone} · {controller.email}",
        )
    ]
    if ctx.worker is not None:
        w = ctx.worker
        rows.append((labels["worker"], f"{w.name}, {w.role}\n{ctx.team_name()} · {w.employer}"))
    if citizen:
        rows.append((labels["for"], citizen))
    if case_number:
        rows.append((labels["case"], case_number))
    writer.facts(rows)


def require_worker(ctx: PaperContext) -> None:
    if ctx.worker is None:
        raise DocumentRefused([translate("Documents", "the worker (not on the agency roster)")])


def finish(writer: PaperWriter) -> Paper:
    pdf = writer.render()
    return Paper(writer.meta, pdf, writer.pages)
