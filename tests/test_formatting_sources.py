"""One formatting module (issue 9): dates, times, numbers and money for people go through
``app.formatting`` (babel), so the screen and the papers agree in Dutch and in English.

The scan fails on a new ``strftime``, a ``{x:%d-%m-%Y}`` or ``{x:,}`` format spec,
``QLocale``/``QDate`` ``toString``, ``str(some_date)``, and (in ``ui/`` and ``app/documents/``)
an ``isoformat()``. ISO for machines (a CSV cell, JSON, a file name, a QDate conversion) is
allowed only by an entry in ``ALLOWED`` with its reason. In ``app/services`` ``isoformat()`` is
not scanned: there it mostly writes the vault, keys and JSON; its texts for people were
checked by hand and use ``app.formatting``.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PATTERNS = {
    "strftime": re.compile(r"\.strftime\("),
    "Qt date or locale toString": re.compile(
        r"(QLocale|QDate|QDateTime|QTime)\b[^#\n]*\.toString\("
        r"|\.(date|dateTime|time|locale)\(\)\.toString\("
        r"|\.toString\([^)\n]*(DateFormat|ISODate|yyyy|dd\.|HH)"
    ),
    "str() of a date": re.compile(
        r"\bstr\([a-z_.]*(date|day|_on|_at|when|until|born|due|started)[a-z_]*\)"
    ),
    "isoformat": re.compile(r"\.isoformat\("),
}
# Format specs, read from the syntax tree (f-strings) and from "{...}".format templates.
SPECS = {
    "date format spec": re.compile(r"%[a-zA-Z]"),
    "thousands separator": re.compile(r"^[^.]*[,_](\.|d|$)"),
    "fixed decimals": re.compile(r"\.[0-9]+[fF%]$"),
}
TEMPLATE_FIELD = re.compile(r"\{[^{}:]*:([^{}]+)\}")
# isoformat() is for machines far more often than not in the services (vault rows, keys, JSON).
NOT_IN_SERVICES = {"isoformat"}
SCANNED = ("ui", "app/documents", "app/services")

ALLOWED: dict[tuple[str, str], str] = {
    ("ui/views/sharing/bundle_dialog.py", ".isoformat(), Qt.DateFormat.ISODate"): (
        "a Python date into a QDateEdit through ISO; the edit shows it in the locale"
    ),
    ("ui/views/sharing/bundle_dialog.py", "self.until.date().toString(Qt.DateFormat.ISODate)"): (
        "the QDateEdit's date back into a Python date through ISO; never shown"
    ),
    ("app/services/rights_inzage.py", "{on:%Y%m%d}.json.age"): (
        "a file name for the access-request export (sorts by date, language-neutral)"
    ),
}


def _specs(text: str) -> list[tuple[int, str]]:
    """(line, format spec) of every f-string field and ``"{x:spec}"`` template in ``text``."""
    try:
        tree = ast.parse(text)
    except SyntaxError:  # a snippet in the self-test, or a file mid-edit: no specs to read
        return []
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FormattedValue) and isinstance(node.format_spec, ast.JoinedStr):
            spec = "".join(
                str(v.value) for v in node.format_spec.values if isinstance(v, ast.Constant)
            )
            found.append((node.lineno, spec))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            found += [(node.lineno, m) for m in TEMPLATE_FIELD.findall(node.value)]
    return found


def findings(path: str, text: str) -> list[tuple[str, int, str, str]]:
    """(kind, line number, line, path) for every place in ``text`` that formats by hand."""
    lines = text.splitlines()
    found = []
    in_services = path.startswith("app/services")
    for number, line in enumerate(lines, 1):
        if line.lstrip().startswith("#"):
            continue
        for name, pattern in PATTERNS.items():
            if in_services and name in NOT_IN_SERVICES:
                continue
            if pattern.search(line):
                found.append((name, number, line.strip(), path))
    for number, spec in _specs(text):
        for name, pattern in SPECS.items():
            if pattern.search(spec):
                found.append((name, number, lines[number - 1].strip(), path))
    return [f for f in found if not any(path == p and snippet in f[2] for p, snippet in ALLOWED)]


def _sources() -> list[tuple[str, str]]:
    files = []
    for folder in SCANNED:
        for source in sorted((ROOT / folder).rglob("*.py")):
            files.append((source.relative_to(ROOT).as_posix(), source.read_text("utf-8")))
    return files


def test_dates_and_numbers_for_people_go_through_app_formatting() -> None:
    problems = [f for path, text in _sources() for f in findings(path, text)]
    assert problems == [], "\n".join(
        f"{path}:{number}: {name}: {line}  -> use app.formatting (or allow-list a machine format)"
        for name, number, line, path in problems
    )


def test_every_allowed_entry_is_still_used() -> None:
    texts = dict(_sources())
    for path, snippet in ALLOWED:
        assert snippet in texts.get(path, ""), f"stale allow-list entry: {path}: {snippet}"


def test_the_scan_finds_each_kind_of_hand_formatting() -> None:
    caught = {
        'when = visit.at.strftime("%H:%M")': "strftime",
        'line = f"{x.at.astimezone():%d-%m-%Y} · {who}"': "date format spec",
        'total = f"{amount:,} euro"': "thousands separator",
        'price = f"€ {amount:.2f}"': "fixed decimals",
        "text = QLocale().toString(day, QLocale.FormatType.LongFormat)": (
            "Qt date or locale toString"
        ),
        'label = self.edit.date().toString("dd-MM-yyyy")': "Qt date or locale toString",
        "label.setText(str(row.due_on))": "str() of a date",
        'title = self.tr("Of {day}").format(day=c.started.isoformat())': "isoformat",
    }
    for line, kind in caught.items():
        assert [f[0] for f in findings("ui/views/x.py", line)] == [kind], line
    assert findings("app/services/x.py", "at = self._now().isoformat()") == []
    for fine in (
        'when = format_time(visit.at_time) if visit.at_time else self.tr("time open")',
        "keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)",
        'text = f"{label}: {value}"',
        "count = str(len(rows))",
        'self.tr("{n} of {total}").format(n=n, total=total)',
    ):
        assert findings("ui/views/x.py", fine) == [], fine
