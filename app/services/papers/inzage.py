"""Placeholder: filled in by the issue-6 work on this paper."""

from __future__ import annotations

from app.services.papers.registry import PaperSource

SOURCES: tuple[PaperSource, ...] = ()
