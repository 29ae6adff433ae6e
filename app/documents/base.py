"""What every paper shares: its identity, its variant and why it may be refused (DESIGN 7).

A paper is built in memory from domain objects and a versioned text (``texts.py``) by one module
per document; ``layout.py`` turns what that module writes into an A4 PDF. Nothing here touches
the vault or Qt.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date

from app.i18n import translate

# The language variants (same ids as the agency profile's ``[[documents]].versions``).
LANGUAGES = ("nl", "nl-easy", "en")
# The babel locale for dates and numbers on a paper in each variant.
LOCALE_OF = {"nl": "nl", "nl-easy": "nl", "en": "en"}


class DocumentRefused(Exception):
    """The paper cannot be made; ``missing`` names each absent or wrong item in plain words.

    ``str(error)`` is the message for the worker: the paper is refused, never printed with a
    gap (R-002-13, R-000-25).
    """

    def __init__(self, missing: list[str] | tuple[str, ...], message: str = "") -> None:
        self.missing = tuple(missing)
        text = message or translate("Documents", "This paper cannot be made yet. Missing: {items}.")
        super().__init__(text.format(items="; ".join(self.missing)))


def require(items: list[tuple[str, object]]) -> None:
    """Refuse with every empty item named at once, so the worker fixes them in one go."""
    missing = [
        name for name, value in items if not value or (isinstance(value, str) and not value.strip())
    ]
    if missing:
        raise DocumentRefused(missing)


@dataclass(frozen=True)
class PaperMeta:
    """What the footer of every page prints: which paper, which text, which language, when.

    ``number`` is unique per printed copy, so a paper in the citizen's hands can be traced to
    the delivery record (never to content).
    """

    document: str  # document id, e.g. "informatieblad-privacy"
    title: str
    number: str
    version: str  # template (text) version
    language: str  # nl | nl-easy | en
    language_name: str
    on: date
    controller: str  # the dossier's controller, named on every page (R-001-30)
    large_print: bool = False


def new_number() -> str:
    """A short, unambiguous paper number (no 0/O or 1/I): ``KT-7F3K-Q9XA``."""
    alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
    raw = "".join(secrets.choice(alphabet) for _ in range(8))
    return f"KT-{raw[:4]}-{raw[4:]}"
