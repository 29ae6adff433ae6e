"""The field readers every part of the profile parser shares.

Each reads one value from a parsed TOML table and raises :class:`InvalidField` naming it by its
dotted path. ``path`` is the prefix of the field (``"retention."``), except for :func:`table`,
which takes the table's own path (``"retention"``). ``profile_parse``, ``profile_extras``,
``profile_documents`` and ``profile_accountability`` all read their fields through these, so a
field is checked, and its error worded, the same way wherever it sits.
"""

from __future__ import annotations

from typing import Any

from app.domain.profile_errors import InvalidField
from app.i18n import translate


def table(data: Any, path: str, allowed: tuple[str, ...] | frozenset[str] = ()) -> dict[str, Any]:
    """A TOML table; with ``allowed``, any other key is refused as a misspelling."""
    if not isinstance(data, dict):
        raise InvalidField(path or "(document)", translate("Profile", "must be a table"))
    if allowed:
        for key in data:
            if key not in allowed:
                raise InvalidField(
                    f"{path}.{key}" if path else str(key),
                    translate("Profile", "unknown field (check the spelling)"),
                )
    return data


def listing(data: dict[str, Any], key: str, path: str, required: bool = True) -> list[Any]:
    value = data.get(key)
    if value is None:
        if required:
            raise InvalidField(f"{path}{key}", translate("Profile", "missing"))
        return []
    if not isinstance(value, list):
        raise InvalidField(f"{path}{key}", translate("Profile", "must be a list"))
    return value


def text(data: dict[str, Any], key: str, path: str, required: bool = True) -> str:
    """Stripped text; a required one may not be empty, an optional one defaults to ""."""
    value = data.get(key)
    if value is None:
        if required:
            raise InvalidField(f"{path}{key}", translate("Profile", "missing"))
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise InvalidField(f"{path}{key}", translate("Profile", "must be a non-empty text"))
    return value.strip()


def whole(
    data: dict[str, Any], key: str, path: str, low: int, high: int, default: int | None = None
) -> int:
    """A whole number from ``low`` to ``high`` (a TOML boolean is not a number)."""
    value = data.get(key, default)
    if value is None:
        raise InvalidField(f"{path}{key}", translate("Profile", "missing"))
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidField(
            f"{path}{key}",
            translate("Profile", "must be a whole number from {low} to {high}").format(
                low=low, high=high
            ),
        )
    return value


def boolean(data: dict[str, Any], key: str, path: str, default: bool | None = None) -> bool:
    value = data.get(key, default)
    if not isinstance(value, bool):
        raise InvalidField(f"{path}{key}", translate("Profile", "must be true or false"))
    return value
