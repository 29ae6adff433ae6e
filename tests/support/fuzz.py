"""Hypothesis strategies and checks shared by the fuzz tests (issue 10, "Reliability").

The strategies produce what a paste, a file or a script can bring in: control characters, lone
surrogates (Python strings may hold them; Qt drops them), CR/LF mixes, the right-to-left
override, zero-width characters, SQL and markup look-alikes, format placeholders, the
fictional sentinel name, and strings of 100,000 characters. :func:`assert_plain` is what every
refusal message must pass.
"""

from __future__ import annotations

import re
import unicodedata

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from tests.support.files import SENTINEL

FUZZ = settings(
    derandomize=True,  # the same examples on every run and machine
    deadline=None,
    max_examples=50,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

NASTY = (
    "\x00", "\x1b[31m", "\x07", "\x7f", "\x85", "\u202e", "\u2066", "\u200b", "\ufeff",
    "\ud800", "\udfff", "\r\n", "\r", "\n", "\u2028", "\t", "\U0001f600", "e\u0301",
    "'; DROP TABLE citizen; --", "%", "_", '"', "<b>", "&amp;", "{name}", "%s", "\\",
    SENTINEL, " ", "  ",
)  # fmt: skip
# Every code point, lone surrogates included.
ANY_CHAR = st.characters(codec=None, exclude_categories=())
pieces = st.one_of(st.sampled_from(NASTY), st.text(ANY_CHAR, max_size=12))
nasty_text = st.lists(pieces, max_size=10).map("".join)
LONG = (200, 201, 500, 501, 20_000, 20_001, 100_000)
long_text = st.builds(
    lambda c, n: (c * n)[:n],
    st.sampled_from(["x", "ab ", "\u202e", "é\n"]),
    st.sampled_from(LONG),
)
any_text = st.one_of(nasty_text, long_text, st.text(ANY_CHAR, max_size=40))

_EXCEPTION_NAME = re.compile(r"\b[A-Z][a-z]+(?:[A-Z][a-z]*)*(?:Error|Exception)\b")


def assert_plain(message: str, *inputs: str) -> None:
    """A message for the worker: words, no traceback or exception name, nothing invisible,
    never the input (or the sentinel name mixed into it)."""
    assert isinstance(message, str)
    assert message.strip(), "empty message"
    assert "Traceback" not in message
    assert not _EXCEPTION_NAME.search(message), message
    assert SENTINEL not in message
    invisible = [c for c in message if unicodedata.category(c) in ("Cc", "Cs") and c != "\n"]
    assert not invisible, repr(message)
    for text in inputs:
        if len(text.strip()) >= 8:
            assert text.strip() not in message, "the input was echoed"
            assert repr(text) not in message
