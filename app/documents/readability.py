"""Readability of the Dutch document texts: Flesch-Douma and LIX (issue 6 "Evidence").

Used by the tests and by proofing tools, never while a citizen waits. Syllables come from
pyphen's Dutch hyphenation dictionary (hyphenation points + 1, as textstat does for ``nl``);
textstat itself is not used because it pulls in nltk for little gain (domain-facts.md 3.3).
pyphen is a development dependency, so it is imported only when a score is asked for.

- Flesch-Douma = 206.835 - 0.93 * words/sentences - 77 * syllables/words
- LIX = words/sentences + 100 * long words (more than 6 letters)/words

The goals (no official B1 mapping exists, domain-facts.md 3.2): standard Dutch FD >= 65 and
LIX <= 40; easy-read Dutch FD >= 75 and LIX <= 35.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from string import Formatter
from typing import Any

from app.documents.texts import documents_dir

# Goals per language variant: (minimum Flesch-Douma, maximum LIX).
GOALS = {"nl": (65.0, 40.0), "nl-easy": (75.0, 35.0)}
MASK = "Naam"
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_SENTENCE_END = re.compile(r"[.!?:;]+(?=\s|$)")
# Keys holding fixed names or labels (ZRM domains, deliveries, the laws), not prose.
_NOT_PROSE = ("domain_", "delivery_", "laws")


@dataclass(frozen=True)
class Scores:
    words: int
    sentences: int
    syllables: int
    long_words: int
    flesch_douma: float
    lix: float

    def meets(self, language: str) -> bool:
        least, most = GOALS[language]
        return self.flesch_douma >= least and self.lix <= most


@cache
def _hyphenator() -> Any:
    import pyphen  # type: ignore[import-untyped]  # dev dependency: proofing and tests only

    return pyphen.Pyphen(lang="nl_NL")


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def sentences(text: str) -> int:
    """Sentences: runs ended by . ! ? : ; or a line break (a list item is its own sentence)."""
    count = 0
    for line in text.splitlines():
        parts = [p for p in _SENTENCE_END.split(line) if words(p)]
        count += len(parts)
    return max(count, 1)


def syllables(word: str) -> int:
    hyphenator = _hyphenator()
    return sum(len(hyphenator.positions(part)) + 1 for part in re.split(r"['’-]", word) if part)


def scores(text: str) -> Scores:
    found = words(text)
    n = max(len(found), 1)
    s = sentences(text)
    syl = sum(syllables(w) for w in found)
    long_words = sum(1 for w in found if len(w.replace("-", "").replace("'", "")) > 6)
    return Scores(
        len(found),
        s,
        syl,
        long_words,
        round(206.835 - 0.93 * n / s - 77 * syl / n, 1),
        round(n / s + 100 * long_words / n, 1),
    )


def flesch_douma(text: str) -> float:
    return scores(text).flesch_douma


def lix(text: str) -> float:
    return scores(text).lix


def text_files(
    languages: tuple[str, ...] = ("nl", "nl-easy"), root: Path | None = None
) -> list[tuple[str, str, Path]]:
    """Every active shipped text file in ``languages`` as (document, language, path)."""
    found = []
    for path in sorted((root or documents_dir()).glob("*/*.toml")):
        stem = path.stem
        language = "nl-easy" if stem.startswith("nl-easy-") else stem.split("-", 1)[0]
        if language not in languages:
            continue
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        if data.get("meta", {}).get("status", "active") == "active":
            found.append((path.parent.name, language, path))
    return found


def texts_for_readability(
    document: str, language: str, names: tuple[str, ...] = (), root: Path | None = None
) -> str:
    """All prose of ``document``'s active text in ``language``, one paragraph or list item per
    line: placeholders become the mask word, and so does any of the agency's proper ``names``
    (they are not the text's own words)."""
    paths = [p for d, lang, p in text_files((language,), root) if d == document]
    if not paths:
        raise FileNotFoundError(f"{document}/{language}")
    lines: list[str] = []
    for path in paths:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        lines.append(str(data.get("meta", {}).get("title", "")))
        for key, value in data.get("text", {}).items():
            if key.startswith(_NOT_PROSE):
                continue
            lines.extend(value if isinstance(value, list) else [value])
    text = "\n".join(_masked(line, names) for line in lines if line)
    return text


def _masked(line: str, names: tuple[str, ...]) -> str:
    fields = {name for _, name, _, _ in Formatter().parse(line) if name}
    line = line.format(**dict.fromkeys(fields, MASK))
    for name in sorted(names, key=len, reverse=True):
        if name:
            line = line.replace(name, MASK)
    return line
