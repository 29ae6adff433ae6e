"""The words on screen and paper for every state (DESIGN section 5): one table, used everywhere.

English source texts marked for Qt Linguist; the Dutch catalog holds the product wording
(``niet beoordeeld``, ``niet besproken``, ``hoort bij de hulpvraag`` …). Look texts up with
``app.i18n.translate("Words", WORDS[key])``.
"""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP, translate

WORDS: dict[str, str] = {
    "score_absent": QT_TRANSLATE_NOOP("Words", "not assessed"),  # niet beoordeeld
    "not_discussed": QT_TRANSLATE_NOOP("Words", "not discussed"),  # niet besproken
    "linked": QT_TRANSLATE_NOOP("Words", "part of the help request"),  # hoort bij de hulpvraag
    "proposed": QT_TRANSLATE_NOOP("Words", "proposed, awaiting the citizen's answer"),
    "agreed": QT_TRANSLATE_NOOP("Words", "discussed with agreement"),  # besproken met instemming
    "declined": QT_TRANSLATE_NOOP("Words", "declined by the citizen"),  # niet gewenst door inwoner
    "withdrawn": QT_TRANSLATE_NOOP("Words", "agreement withdrawn"),  # instemming ingetrokken
}


def word(key: str) -> str:
    """The translated word for a state key of :data:`WORDS`."""
    return translate("Words", WORDS[key])
