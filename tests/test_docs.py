"""The documents for the agency stay honest about the code they describe.

* Every ``keukentafel <subcommand> …`` command line in ``docs/*.md`` and ``README.md`` (inline
  code or a fenced block) names real subcommands and real options of the app's own argparse
  parser (``app.cli.build_parser``), with valid choices. It is parsed, never run. A mention in
  prose may leave out required arguments; everything it does name must exist.
* Every relative link, and every ``docs/…``, ``packaging/…``, ``app/…``, ``ui/…``,
  ``resources/…`` or ``tests/…`` path the documents mention, exists in the repository.
"""

from __future__ import annotations

import argparse
import re
import shlex
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = [*sorted((ROOT / "docs").glob("*.md")), ROOT / "README.md"]
FOR_THE_AGENCY = ("dpia.md", "verwerkingsregister.md", "known-limits.md", "administrators-guide.md")

FENCE = re.compile(r"^```[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)
# A code span: a run of backticks, then text without a blank line, then the same run.
SPAN = re.compile(r"(?<!`)(`+)(?!`)((?:(?!\n[ \t]*\n).)+?)(?<!`)\1(?!`)", re.DOTALL)
COMMAND = re.compile(r"^(?:\$\s+)?keukentafel(?:-cli)?(?:\s|$)")
PLACEHOLDER = re.compile(r"<[^<>]*>")
LINK = re.compile(r"\]\(([^)\s]+)\)")
PATH = re.compile(
    r"(?<![\w./\\%~-])((?:docs|packaging|app|ui|resources|tests)/[\w./*-]*)"
)  # fmt: skip


@dataclass(frozen=True)
class Mention:
    document: str
    text: str


class ArgumentProblem(Exception):
    """argparse refused the command line (raised instead of exiting)."""


# -- finding command lines -------------------------------------------------------------------
def code_in(text: str) -> Iterator[str]:
    """Fenced blocks line by line (a trailing backslash joins lines), then inline spans."""
    for block in FENCE.findall(text):
        yield from block.replace("\\\n", " ").splitlines()
    for _, span in SPAN.findall(FENCE.sub("", text)):
        yield " ".join(span.split())


def commands_in(document: Path) -> list[Mention]:
    name = document.relative_to(ROOT).as_posix()
    text = document.read_text("utf-8")
    return [
        Mention(name, line.strip())
        for line in code_in(text)
        if COMMAND.match(line.strip())
    ]  # fmt: skip


def alternatives(line: str) -> list[list[str]]:
    """The concrete command lines a documented one stands for, as argument lists.

    ``[--out FILE]`` counts as given, ``json|text`` as its first choice, ``<public key>`` as one
    value, and ``keygen / sign / check`` as three commands.
    """
    cleaned = PLACEHOLDER.sub("VALUE", line.replace("\\|", "|"))
    cleaned = cleaned.replace("[", " ").replace("]", " ").replace("…", " ")
    cleaned = re.sub(r"^\$\s+", "", cleaned)
    words = [w.split("|")[0] for w in shlex.split(cleaned)][1:]
    if "/" in words:
        first = words.index("/")
        head, options = words[: first - 1], words[first - 1 :: 2]
        return [[*head, option] for option in options if option != "/"]
    return [words]


# -- checking them against the parser ----------------------------------------------------------
def subparsers_of(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def option_strings(parser: argparse.ArgumentParser) -> set[str]:
    return {s for action in parser._actions for s in action.option_strings}


def problems_with(args: list[str], parser: argparse.ArgumentParser) -> list[str]:
    """What in ``args`` the parser does not know. Missing required arguments are allowed."""
    found: list[str] = []
    current, rest = parser, list(args)
    while rest and (choices := subparsers_of(current)):
        word = rest[0]
        if word.startswith("-"):
            break
        if word not in choices:
            found.append(f"unknown subcommand {word!r} (known: {', '.join(sorted(choices))})")
            return found
        current, rest = choices[word], rest[1:]
    known = option_strings(current)
    for word in rest:
        option = word.split("=")[0]
        if option.startswith("--") and option not in known:
            found.append(f"unknown option {option!r} for {current.prog!r}")
    if found:
        return found

    def refuse(message: str) -> None:
        raise ArgumentProblem(message)

    original = argparse.ArgumentParser.error
    argparse.ArgumentParser.error = lambda self, message: refuse(message)  # type: ignore[method-assign,assignment,misc]
    try:  # --help and --version would print and exit: their names are checked above
        parser.parse_args([a for a in args if a not in ("-h", "--help", "--version")])
    except ArgumentProblem as exc:
        if not str(exc).startswith("the following arguments are required"):
            found.append(str(exc))
    finally:
        argparse.ArgumentParser.error = original  # type: ignore[method-assign]
    return found


def command_problems(mention: Mention, parser: argparse.ArgumentParser) -> list[str]:
    try:
        variants = alternatives(mention.text)
    except ValueError as exc:  # unbalanced quotes
        return [f"{mention.document}: cannot read {mention.text!r}: {exc}"]
    return [
        f"{mention.document}: {mention.text!r}: {problem}"
        for args in variants
        if args
        for problem in problems_with(args, parser)
    ]


def all_commands() -> list[Mention]:
    return [m for document in DOCUMENTS for m in commands_in(document)]


# -- paths --------------------------------------------------------------------------------------
def paths_in(document: Path, root: Path = ROOT) -> list[tuple[str, Path]]:
    """(as written, where it should be) for every relative link and repository path."""
    text = document.read_text("utf-8")
    found: list[tuple[str, Path]] = []
    for target in LINK.findall(text):
        if re.match(r"^[a-z]+:", target) or target.startswith("#"):
            continue
        found.append((target, (document.parent / target.split("#")[0]).resolve()))
    for raw in PATH.findall(text):
        path = raw.split("::")[0].rstrip(".")
        found.append((raw, root / path))
    return found


def missing_paths(document: Path, root: Path = ROOT) -> list[str]:
    missing = []
    for written, path in paths_in(document, root):
        exists = any(path.parent.glob(path.name)) if "*" in path.name else path.exists()
        if not exists:
            missing.append(f"{document.name}: {written}")
    return missing


# -- the tests ------------------------------------------------------------------------------
def test_the_agency_documents_exist_and_the_readme_links_them() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    for name in FOR_THE_AGENCY:
        assert (ROOT / "docs" / name).is_file(), name
        assert f"docs/{name}" in readme, f"README.md does not link docs/{name}"


def test_the_documents_show_command_lines_at_all() -> None:
    found = all_commands()
    documents = {m.document for m in found}
    assert len(found) >= 20, found
    assert {"README.md", "docs/administrators-guide.md"} <= documents


def test_every_documented_command_line_parses_with_the_apps_own_parser() -> None:
    parser = build_parser()
    problems = [p for mention in all_commands() for p in command_problems(mention, parser)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    "line",
    [
        "keukentafel profile verify signed.toml",  # no such action
        "keukentafel bundle open --identity id.agekey --output x.json b.age",  # no such option
        "keukentafel audit report --from 2026-01-01 --to 2026-12-31 --format xml",  # bad choice
        "keukentafel vault open",  # no such subcommand
        "keukentafel recovery open --vault V --share a b --reason r extra",  # stray argument
    ],
)
def test_a_wrong_command_line_is_caught(line: str) -> None:
    problems = command_problems(Mention("example.md", line), build_parser())
    assert problems, line


@pytest.mark.parametrize(
    "line",
    [
        "keukentafel bundle open --identity FILE BUNDLE [--out FILE] [--format json\\|text]",
        "keukentafel profile check signed.toml --pin <public key>",
        "keukentafel profile keygen / sign / check",
        "keukentafel audit verify",
        "keukentafel",
    ],
)
def test_documented_shorthand_is_read_as_meant(line: str) -> None:
    assert command_problems(Mention("example.md", line), build_parser()) == []


def test_commands_are_found_in_fences_spans_and_continued_lines(tmp_path: Path) -> None:
    text = (
        "Run `keukentafel selftest`, or\n`keukentafel audit verify\n  --vault V`.\n\n"
        "```\nkeukentafel recovery open --vault V \\\n    --share a b --reason r\n```\n"
        "Not code: keukentafel demo. Not a command: `keukentafel-bundle`.\n"
    )
    document = tmp_path / "x.md"
    document.write_text(text, "utf-8")
    found = [m.text for m in commands_in_any(document)]
    assert found == [
        "keukentafel recovery open --vault V --share a b --reason r",
        "keukentafel selftest",
        "keukentafel audit verify --vault V",
    ]


def commands_in_any(document: Path) -> list[Mention]:
    text = document.read_text("utf-8")
    return [Mention(document.name, " ".join(line.split())) for line in code_in(text)
            if COMMAND.match(line.strip())]  # fmt: skip


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: p.name)
def test_every_path_the_documents_mention_exists(document: Path) -> None:
    missing = missing_paths(document)
    assert not missing, "no such file or folder:\n" + "\n".join(missing)


def test_a_missing_path_is_caught(tmp_path: Path) -> None:
    document = tmp_path / "probe.md"
    document.write_text(
        "See `app/no_such_module.py`, `app/cli.py` and [the guide](no-such-guide.md#top).\n",
        "utf-8",
    )
    assert missing_paths(document) == [
        "probe.md: no-such-guide.md#top",
        "probe.md: app/no_such_module.py",
    ]
