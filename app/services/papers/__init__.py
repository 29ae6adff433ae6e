"""Papers for the citizen (issue 6): the registry of every paper and the service that makes
and delivers them. Each paper's vault reads live in its own module here; its layout and words
in ``app/documents``."""

from __future__ import annotations

from app.services.papers import acknowledgement, consent, information, inzage, medical, verslag
from app.services.papers.registry import PaperRequest, PaperSource
from app.services.papers.service import DELIVERIES, PaperService

SOURCES: dict[str, PaperSource] = {
    s.document: s
    for module in (information, acknowledgement, consent, medical, verslag, inzage)
    for s in module.SOURCES
}

__all__ = ["DELIVERIES", "SOURCES", "PaperRequest", "PaperService", "PaperSource"]
