"""The profile's ``[[documents]]`` and ``[paper]`` tables (issue 6; DESIGN section 7).

``[[documents]]`` fixes which text version each printed paper carries per language variant and
may override single paragraphs of the shipped texts (``texts.nl.<key> = "..."``), so an agency
changes its wording under its own signature. ``[paper]`` holds the facts the papers print that
the rest of the profile does not: the name of the municipal case system the dossier moves to and
whether personal work notes are part of an inzage answer (an agency setting, DESIGN section 1).
Both are parsed apart from ``profile_parse`` to keep that module small; like it, they raise only
:class:`InvalidField`.
"""

from __future__ import annotations

import re
from typing import Any

from app.domain.profile import LANGUAGES, DocumentText, PaperSettings
from app.domain.profile_errors import InvalidField
from app.domain.profile_fields import table as _table
from app.i18n import translate

_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_KEY = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
# A paragraph, not a brochure: longer overrides are almost always a pasted document.
MAX_OVERRIDE_CHARS = 2000


def parse_documents(doc: dict[str, Any]) -> tuple[DocumentText, ...]:
    raw = doc.get("documents")
    if raw is None:
        raise InvalidField("documents", translate("Profile", "missing"))
    if not isinstance(raw, list):
        raise InvalidField("documents", translate("Profile", "must be a list"))
    documents: list[DocumentText] = []
    for index, entry in enumerate(raw):
        path = f"documents[{index}]"
        table = _table(entry, path, ("id", "versions", "texts"))
        document_id = table.get("id")
        if not isinstance(document_id, str) or not _ID.match(document_id):
            raise InvalidField(
                f"{path}.id", translate("Profile", "use lower-case letters, digits, - and _")
            )
        if any(d.id == document_id for d in documents):
            raise InvalidField(f"{path}.id", translate("Profile", "used twice"))
        versions = _table(table.get("versions"), f"{path}.versions", LANGUAGES)
        if "nl" not in versions:
            raise InvalidField(f"{path}.versions.nl", translate("Profile", "missing"))
        pairs = tuple(
            (lang, _text(versions, lang, f"{path}.versions."))
            for lang in LANGUAGES
            if lang in versions
        )
        overrides = _overrides(table.get("texts"), f"{path}.texts", set(versions))
        documents.append(DocumentText(document_id, pairs, overrides))
    return tuple(documents)


def parse_paper(doc: dict[str, Any]) -> PaperSettings:
    raw = doc.get("paper")
    if raw is None:
        return PaperSettings()
    table = _table(raw, "paper", ("case_system", "personal_notes_in_inzage"))
    case_system = table.get("case_system", "")
    if not isinstance(case_system, str):
        raise InvalidField("paper.case_system", translate("Profile", "must be a non-empty text"))
    personal = table.get("personal_notes_in_inzage", False)
    if not isinstance(personal, bool):
        raise InvalidField(
            "paper.personal_notes_in_inzage", translate("Profile", "must be true or false")
        )
    return PaperSettings(case_system.strip(), personal)


def _overrides(raw: Any, path: str, languages: set[str]) -> tuple[tuple[str, str, str], ...]:
    if raw is None:
        return ()
    table = _table(raw, path, LANGUAGES)
    result: list[tuple[str, str, str]] = []
    for language in LANGUAGES:
        if language not in table:
            continue
        if language not in languages:
            raise InvalidField(
                f"{path}.{language}",
                translate("Profile", "this language has no version in versions"),
            )
        texts = _table(table[language], f"{path}.{language}")
        for key in texts:
            if not isinstance(key, str) or not _KEY.match(key):
                raise InvalidField(
                    f"{path}.{language}.{key}",
                    translate("Profile", "use lower-case letters, digits and _"),
                )
            value = _text(texts, key, f"{path}.{language}.")
            if len(value) > MAX_OVERRIDE_CHARS:
                raise InvalidField(
                    f"{path}.{language}.{key}",
                    translate("Profile", "too long (at most {n} characters)").format(
                        n=MAX_OVERRIDE_CHARS
                    ),
                )
            result.append((language, key, value))
    return tuple(result)


def _text(data: dict[str, Any], key: str, path: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise InvalidField(f"{path}{key}", translate("Profile", "must be a non-empty text"))
    return value.strip()
