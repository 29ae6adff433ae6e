"""Which papers exist and how each is made from the vault (issue 6).

A :class:`PaperSource` ties a document id to two functions: ``build`` reads what the paper
needs inside one read transaction and hands domain objects to its ``app/documents`` module;
``sample`` builds it from clearly fictional data, for ``keukentafel documents preview`` and
tests. ``scope`` says what a request must name: ``intake`` (a conversation), ``citizen`` (all
of one person), or ``subject`` (an intake plus the thing the paper is about, e.g. a network
person or a consent).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.documents.base import DocumentRefused
from app.documents.compose import Paper, PaperContext
from app.domain.citizen import Citizen
from app.i18n import translate
from app.storage import paper_repository as papers
from app.storage.db import Connection
from app.storage.repositories import citizen_in


@dataclass(frozen=True)
class PaperRequest:
    """Which paper, for whom, in which language variant."""

    document: str
    language: str = "nl"
    large_print: bool = False
    citizen_id: str = ""
    intake_id: str = ""
    subject_id: str = ""
    number: str = ""  # a queued paper keeps its number when printed later


Build = Callable[[Connection, PaperRequest, PaperContext], Paper]
Sample = Callable[[PaperContext], Paper]


@dataclass(frozen=True)
class PaperSource:
    document: str
    scope: str  # intake | citizen | subject
    build: Build
    sample: Sample
    # A general paper (the information sheet) may be handed over as a pre-printed copy.
    preprintable: bool = False


def require_citizen(conn: Connection, request: PaperRequest) -> Citizen:
    """The citizen the paper is for: of the request's intake, else its citizen id."""
    citizen = (
        papers.citizen_of_intake(conn, request.intake_id)
        if request.intake_id
        else citizen_in(conn, request.citizen_id)
    )
    if citizen is None:
        raise DocumentRefused([translate("Documents", "the citizen (no longer in this vault)")])
    return citizen
