"""The passphrase rule for a vault, with reasons in plain language.

A lost passphrase is lost data (unless the agency recovery applies), and a weak one is the only
thing between a stolen laptop and the citizens' notes. We use zxcvbn's estimate (it knows
common words, names, dates and keyboard patterns) plus a length floor, and explain the result.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from app.i18n import translate

MIN_LENGTH = 12
MIN_SCORE = 3  # zxcvbn 0..4: 3 = "safely unguessable: moderate protection from offline attack"
# zxcvbn is slow on long input and (from 4.5) raises ValueError above 72 characters; the rest
# only adds strength.
_MAX_CHECKED = 72


@dataclass(frozen=True)
class Strength:
    score: int  # 0..4 for the meter
    acceptable: bool
    reason: str  # empty when acceptable

    @property
    def label(self) -> str:
        labels = (
            translate("Passphrase", "very weak"),
            translate("Passphrase", "weak"),
            translate("Passphrase", "fair"),
            translate("Passphrase", "strong"),
            translate("Passphrase", "very strong"),
        )
        return labels[self.score]


def assess(passphrase: str, user_words: tuple[str, ...] = ()) -> Strength:
    """Judge a new passphrase; ``user_words`` (name, team, agency) count as guessable."""
    if len(passphrase) < MIN_LENGTH:
        score = 0 if len(passphrase) < 8 else 1
        return Strength(
            score,
            False,
            translate(
                "Passphrase",
                "Too short: use at least 12 characters. Several words that belong together "
                "only for you work well.",
            ),
        )
    if passphrase != passphrase.strip():
        return Strength(1, False, translate("Passphrase", "Do not start or end with a space."))
    if any(unicodedata.category(c) in ("Cc", "Cs") for c in passphrase):
        # Control characters and lone surrogates (pasted, never typed) cannot be typed again
        # at the lock screen, and a lone surrogate cannot even be encoded for the key.
        return Strength(
            0,
            False,
            translate(
                "Passphrase",
                "Use only letters, digits, spaces and punctuation that you can type again.",
            ),
        )
    from zxcvbn import zxcvbn  # loads large word lists: only when a passphrase is chosen

    result = zxcvbn(passphrase[:_MAX_CHECKED], user_inputs=list(user_words))
    score = int(result["score"])
    if score < MIN_SCORE:
        return Strength(
            score,
            False,
            translate(
                "Passphrase",
                "Too easy to guess: avoid names, dates, common words and keyboard rows. Add "
                "another word or make it longer.",
            ),
        )
    return Strength(score, True, "")


def mismatch_message() -> str:
    return translate("Passphrase", "The two passphrases are not the same.")
