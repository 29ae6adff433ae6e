"""Logging set-up: a rotating file in the user's log folder, free of personal data.

Modules log event names and record ids only. As a second line of defence a filter drops the
arguments of any record that carries a 9-digit number (a possible BSN) or an e-mail address.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

_SUSPECT = re.compile(r"\b\d{9}\b|[^@\s]+@[^@\s]+\.[a-z]{2,}", re.IGNORECASE)


class PersonalDataFilter(logging.Filter):
    """Redact a record whose rendered message looks like it contains personal data."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            text = record.getMessage()
        except (TypeError, ValueError):
            text = str(record.msg)
        if _SUSPECT.search(text):
            record.msg = "[redacted: message looked like personal data]"
            record.args = None
        return True


def configure(log_dir: Path, level: int = logging.INFO) -> Path:
    """Log to ``keukentafel.log`` (5 × 1 MB, rotating) in ``log_dir``; return the file path."""
    import logging.handlers  # here, not at import: it loads socket and pickle (cold start)

    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / "keukentafel.log"
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(PersonalDataFilter())
    root = logging.getLogger()
    root.setLevel(level)
    for existing in list(root.handlers):
        if isinstance(existing, logging.handlers.RotatingFileHandler):
            root.removeHandler(existing)
            existing.close()
    root.addHandler(handler)
    return path
