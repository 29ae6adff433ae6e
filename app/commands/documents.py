"""``keukentafel documents preview``: every paper in every language, from fictional samples.

An agency proofs its texts before roll-out (issue 6, R-000-26): the command verifies the
profile's signature the way ``keukentafel profile check`` does, then renders each paper the app
can make (``app.services.papers.SOURCES``) in every language variant the profile lists for it,
plus one large-print copy, from the paper's ``sample`` with clearly fictional data. It writes
``<out>/<document>-<language>[-groot].pdf`` and prints one line per file. A paper that cannot
be made is named with what is missing, in plain words; the exit code is then 1.

This is the one place the app writes a PDF itself, and only where the administrator pointed
``--out``: sample data, never a citizen's.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app.documents.base import LANGUAGES, DocumentRefused
from app.documents.compose import PaperContext
from app.domain.profile import AgencyProfile, Role
from app.domain.profile_errors import ProfileError
from app.i18n import translate
from app.services.papers.registry import PaperSource
from app.services.profile_signing import verify_profile_text
from app.storage.atomic import write_atomic
from app.storage.errors import VaultError

LARGE_PRINT_SUFFIX = "-groot"


@dataclass(frozen=True)
class PreviewJob:
    """One file the preview writes: a paper in one language variant, maybe in large print."""

    document: str
    language: str
    large_print: bool = False

    @property
    def file_name(self) -> str:
        suffix = LARGE_PRINT_SUFFIX if self.large_print else ""
        return f"{self.document}-{self.language}{suffix}.pdf"


@dataclass(frozen=True)
class PreviewResult:
    job: PreviewJob
    pages: int = 0
    refused: str = ""  # the plain reason, when the paper could not be made


def jobs_for(profile: AgencyProfile, sources: dict[str, PaperSource]) -> Iterator[PreviewJob]:
    """Every variant the profile lists for each paper (Dutch when it lists none, so the gap
    is reported), then the first of them once more in large print."""
    for document in sources:
        entry = profile.document(document)
        listed = dict(entry.versions) if entry else {}
        languages = [lang for lang in LANGUAGES if lang in listed] or ["nl"]
        for language in languages:
            yield PreviewJob(document, language)
        yield PreviewJob(document, languages[0], large_print=True)


def sample_context(profile: AgencyProfile, job: PreviewJob, on: date) -> PaperContext:
    """The college's dossier, the first worker on the roster, a fixed preview number."""
    worker = profile.roster[0] if profile.roster else None
    return PaperContext(
        profile=profile,
        role=Role.TOELEIDING,
        worker=worker,
        on=on,
        language=job.language,
        large_print=job.large_print,
        number="KT-VOOR-BEELD",
    )


def render_previews(
    profile: AgencyProfile,
    sources: dict[str, PaperSource],
    out: Path,
    on: date,
    report: Callable[[str], None] = print,
) -> list[PreviewResult]:
    """Write every preview under ``out``; one line per paper through ``report``."""
    results: list[PreviewResult] = []
    for job in jobs_for(profile, sources):
        target = out / job.file_name
        try:
            paper = sources[job.document].sample(sample_context(profile, job, on))
        except (DocumentRefused, KeyError) as exc:  # KeyError: an override's placeholder
            results.append(PreviewResult(job, refused=str(exc)))
            report(
                translate("cli", "NOT MADE {file}: {reason}").format(file=job.file_name, reason=exc)
            )
            continue
        write_atomic(target, paper.pdf)
        results.append(PreviewResult(job, pages=paper.pages))
        report(
            translate("cli", "{path} (pages: {pages}; text version {version})").format(
                path=target, pages=paper.pages, version=paper.meta.version
            )
        )
    return results


def preview(args: argparse.Namespace) -> int:
    from app.services.papers import SOURCES

    path, out = Path(args.profile), Path(args.out)
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        print(
            translate("cli", "Cannot read {path} ({reason}).").format(path=path, reason=exc),
            file=sys.stderr,
        )
        return 1
    try:
        profile = verify_profile_text(text, args.pin).profile
    except ProfileError as exc:
        print(translate("cli", "REFUSED: {reason}").format(reason=exc), file=sys.stderr)
        return 1
    if profile.demo:
        print(translate("cli", "DEMO profile: never use it for real citizens."))
    try:
        out.mkdir(parents=True, exist_ok=True)
        results = render_previews(profile, SOURCES, out, datetime.now().astimezone().date())
    except (OSError, VaultError) as exc:
        print(str(exc), file=sys.stderr)
        return 1
    refused = sum(1 for r in results if r.refused)
    print(
        translate("cli", "Papers made: {made}; not made: {refused}.").format(
            made=len(results) - refused, refused=refused
        )
    )
    return 1 if refused else 0


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "documents", help=translate("cli", "proof the papers for citizens")
    )
    sub = parser.add_subparsers(dest="documents_command", metavar="ACTION", required=True)
    p = sub.add_parser(
        "preview",
        help=translate("cli", "render every paper in every language from fictional samples"),
    )
    p.add_argument("--profile", required=True, metavar="PROFILE.toml")
    p.add_argument("--out", required=True, metavar="DIR", help=translate("cli", "folder for PDFs"))
    p.add_argument(
        "--pin",
        metavar="PUBKEY_B64",
        help=translate("cli", "the public key the file must be signed with"),
    )
    p.set_defaults(handler=preview)
