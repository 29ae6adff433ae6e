"""Qt-free translation hook for user-visible strings that originate in ``app/``.

``pyside6-lupdate`` extracts every call named ``translate(context, text)`` and
``QT_TRANSLATE_NOOP(context, text)``. Until ``ui/i18n.py`` installs Qt's translator with
:func:`install`, :func:`translate` returns the English source text, so ``app/`` stays testable
without a display.
"""

from __future__ import annotations

from collections.abc import Callable

_Translator = Callable[[str, str, str | None, int], str]


def _identity(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    # Qt replaces %n with the count; do the same without Qt so messages read right.
    return text.replace("%n", str(n)) if n >= 0 else text


_translator: _Translator = _identity


def install(translator: _Translator) -> None:
    """Route :func:`translate` through ``translator`` (``QCoreApplication.translate``)."""
    global _translator
    _translator = translator


def uninstall() -> None:
    """Return to the identity translation (used by tests)."""
    install(_identity)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text`` in ``context``; ``n`` selects a plural form (``%n`` in the text)."""
    return _translator(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction without translating it now (strings kept in data)."""
    return text
