"""Versioned document texts: ``resources/documents/<document>/<language>-<version>.toml``.

Texts are not in Qt Linguist: a municipality proofs and signs them as documents, per language
variant (DESIGN section 7). Each file has a ``[meta]`` table (``title``, ``language_name``,
``status`` ``active`` or ``retired``) and a ``[text]`` table of paragraphs (strings) and lists
(arrays of strings) with ``{placeholders}``. The agency profile fixes which version is in use and
may override single paragraphs under its own signature. A retired version is refused
(R-000-26): one active text per paper and language.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from string import Formatter
from typing import Any

from app.documents.base import LANGUAGES, DocumentRefused
from app.domain.profile import AgencyProfile
from app.i18n import translate
from app.paths import resources_dir


@dataclass(frozen=True)
class Texts:
    """One document's texts in one language variant and version."""

    document: str
    language: str
    version: str
    title: str
    language_name: str
    entries: dict[str, str | tuple[str, ...]] = field(default_factory=dict)

    def get(self, key: str, **values: object) -> str:
        """The paragraph ``key`` with its placeholders filled in."""
        entry = self.entries.get(key)
        if not isinstance(entry, str):
            raise KeyError(f"{self.document}/{self.language}-{self.version}: no text {key!r}")
        return fill(entry, values)

    def items(self, key: str, **values: object) -> list[str]:
        """The list ``key`` (each line filled in); a paragraph counts as a list of one."""
        entry = self.entries.get(key)
        if entry is None:
            raise KeyError(f"{self.document}/{self.language}-{self.version}: no list {key!r}")
        lines = (entry,) if isinstance(entry, str) else entry
        return [fill(line, values) for line in lines]

    def has(self, key: str) -> bool:
        return key in self.entries


def fill(text: str, values: dict[str, object]) -> str:
    """``str.format`` that names a missing placeholder instead of printing a hole."""
    needed = {name for _, name, _, _ in Formatter().parse(text) if name}
    absent = needed - values.keys()
    if absent:
        raise KeyError(f"placeholder(s) without a value: {', '.join(sorted(absent))}")
    return text.format(**values)


def documents_dir() -> Path:
    return resources_dir() / "documents"


def load_texts(
    document: str, language: str, profile: AgencyProfile, root: Path | None = None
) -> Texts:
    """The text the profile says this paper carries in ``language``, with its overrides.

    Refused (:class:`DocumentRefused`) when the profile names no version for the paper or the
    language, the file is absent, or the version is retired.
    """
    if language not in LANGUAGES:
        raise DocumentRefused([language], translate("Documents", "Unknown language: {items}."))
    entry = profile.document(document)
    version = entry.version(language) if entry else None
    if entry is None or version is None:
        raise DocumentRefused(
            [f"documents.{document}.versions.{language}"],
            translate(
                "Documents",
                "The agency profile names no text version for this paper in this language "
                "({items}). Choose another language or ask the administrator.",
            ),
        )
    texts = read_text_file(document, language, version, root)
    if entry.overrides:
        merged = dict(texts.entries)
        for lang, key, text in entry.overrides:
            if lang != language:
                continue
            merged[key] = tuple(text.splitlines()) if isinstance(merged.get(key), tuple) else text
        texts = Texts(
            texts.document, texts.language, texts.version, texts.title, texts.language_name, merged
        )
    return texts


def read_text_file(document: str, language: str, version: str, root: Path | None = None) -> Texts:
    path = (root or documents_dir()) / document / f"{language}-{version}.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DocumentRefused(
            [f"{document}/{language}-{version}"],
            translate(
                "Documents",
                "Text version {items} is not part of this app. Ask the administrator to update "
                "the agency profile or the app.",
            ),
        ) from None
    meta: dict[str, Any] = data.get("meta", {})
    if meta.get("status", "active") != "active":
        raise DocumentRefused(
            [f"{document}/{language}-{version}"],
            translate(
                "Documents",
                "Text version {items} has been withdrawn and may no longer be handed out. Ask "
                "the administrator for the current version.",
            ),
        )
    entries: dict[str, str | tuple[str, ...]] = {}
    for key, value in data.get("text", {}).items():
        entries[key] = tuple(value) if isinstance(value, list) else str(value)
    return Texts(
        document,
        language,
        version,
        str(meta.get("title", document)),
        str(meta.get("language_name", language)),
        entries,
    )


def shipped_text(document: str, language: str, version: str) -> Texts | None:
    """The text of a paper handed over earlier, for its printed title and language name; None
    when that version is not (or no longer) active in this app."""
    try:
        return read_text_file(document, language, version)
    except DocumentRefused:
        return None


def available_versions(document: str, root: Path | None = None) -> list[tuple[str, str, str]]:
    """Every shipped ``(language, version, status)`` of ``document`` (for proofing tools)."""
    folder = (root or documents_dir()) / document
    result = []
    for path in sorted(folder.glob("*.toml")):
        language, _, version = path.stem.partition("-")
        if language == "nl" and version.startswith("easy-"):
            language, version = "nl-easy", version.removeprefix("easy-")
        status = tomllib.loads(path.read_text(encoding="utf-8")).get("meta", {}).get("status")
        result.append((language, version, str(status or "active")))
    return result
