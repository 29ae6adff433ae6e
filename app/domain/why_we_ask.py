""" "Waarom vragen we dit?" per life domain (R-000-09): one or two sentences the worker can say
aloud, tied to the help request, never "because the form has a field for it".

English source texts for Qt Linguist; the Dutch product wording comes from the catalog.
Child domains are the agency's own and share one text.
"""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP, translate

WHY: dict[str, str] = {
    "financien": QT_TRANSLATE_NOOP(
        "WhyWeAsk",
        "Money worries can stand in the way of the help you ask for. We only ask about "
        "money when it matters for your question, or when you want to talk about it.",
    ),
    "werk_opleiding": QT_TRANSLATE_NOOP(
        "WhyWeAsk", "Work, school or volunteering can help or get in the way of what you want."
    ),
    "tijdsbesteding": QT_TRANSLATE_NOOP(
        "WhyWeAsk", "How you spend your days tells us what support would fit your life."
    ),
    "huisvesting": QT_TRANSLATE_NOOP(
        "WhyWeAsk", "Your home decides which adaptations or help are possible and needed."
    ),
    "huiselijke_relaties": QT_TRANSLATE_NOOP(
        "WhyWeAsk",
        "Only if you want to: how things go at home can matter for the help that fits.",
    ),
    "geestelijke_gezondheid": QT_TRANSLATE_NOOP(
        "WhyWeAsk",
        "Only if you want to: how you feel can matter for the help that fits. We write down "
        "what you can and cannot do, never a diagnosis.",
    ),
    "lichamelijke_gezondheid": QT_TRANSLATE_NOOP(
        "WhyWeAsk",
        "We write down what you can no longer do yourself (the limitation), not illnesses "
        "or medicines. That is what the help is based on.",
    ),
    "middelengebruik": QT_TRANSLATE_NOOP(
        "WhyWeAsk", "Only if you want to: alcohol, drugs or pills can matter for the help."
    ),
    "basale_adl": QT_TRANSLATE_NOOP(
        "WhyWeAsk", "Washing, dressing and eating: we ask what you can do yourself and what not."
    ),
    "instrumentele_adl": QT_TRANSLATE_NOOP(
        "WhyWeAsk",
        "Cleaning, shopping, cooking and the laundry: we ask what still works and where you "
        "need help.",
    ),
    "sociaal_netwerk": QT_TRANSLATE_NOOP(
        "WhyWeAsk",
        "People around you may already help, or could. We ask so the help fits what they do.",
    ),
    "maatschappelijke_participatie": QT_TRANSLATE_NOOP(
        "WhyWeAsk", "Getting out, meeting people and taking part: we ask what you miss."
    ),
    "justitie": QT_TRANSLATE_NOOP(
        "WhyWeAsk",
        "Contact with police or courts is criminal data. We only talk about it if it really "
        "matters for your question, and in a Wmo dossier we write nothing down.",
    ),
}
CHILD = QT_TRANSLATE_NOOP(
    "WhyWeAsk",
    "Questions about children in the household are asked only when there are children and "
    "you agree that it matters for your question.",
)


def why_we_ask(domain_id: str) -> str:
    text = WHY.get(domain_id, CHILD)
    return translate("WhyWeAsk", text)
