"""Fuzzing every parser and form field that takes outside input (issue 10, "Reliability").

Each property feeds hypothesis input (control characters, lone surrogates, CR/LF mixes, the
right-to-left override, 100,000-character strings, numbers at their bounds, impossible dates,
mutated signed files) to one entry point and accepts exactly two outcomes:

- accepted, and what is stored reads back equal (as the domain cleans it), or
- refused with the app's own error type (ValidationError, ProfileError, BundleUnreadable,
  VaultError, a plain verdict) whose message is plain: not empty, no traceback, no exception
  class name, no control characters, never the input itself (a fictional sentinel name is
  mixed into the input to see it), and nothing written: the vault's rows and audit chain and
  the folder's files are unchanged.

Any other exception fails the test; the inputs that found a bug are kept as ``@example``.
Runs are deterministic (``derandomize=True``) and small enough for ``make test``.
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import json
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any, TypeVar

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import event, example, given, settings
from hypothesis import strategies as st

from app.crypto import TEST_KDF
from app.domain import (
    agenda,
    case_meeting,
    consent_rules,
    consent_terms,
    deadlines,
    household,
    lookups,
    refusals,
    rights,
    signal,
    triage,
)
from app.domain.citizen import (
    MAX_NAME,
    MAX_NOTE,
    ValidationError,
    clean_name,
    clean_note,
    parse_date_of_birth,
    read_date,
)
from app.domain.intake import NoteKind, check_words
from app.domain.notes import NoteSource, check_medical
from app.domain.passphrase import assess
from app.domain.profile_errors import ProfileError
from app.domain.visit_records import (
    IdDocument,
    check_bsn,
    check_identity,
    check_network_person,
    check_text,
    elfproef,
)
from app.domain.zrm import check_score
from app.services import session as session_mod
from app.services.bundles.export import ExportRequest
from app.services.bundles.open import summary
from app.services.bundles.schema import BundleUnreadable, Kind, head_message
from app.services.incidents import check_no_names
from app.services.profile_signing import verify_profile_text
from app.services.profiles import install_profile, read_profile_file
from app.services.reports import export as heads
from app.services.reports.export import HEAD_MARK
from app.services.session import Session, WorkerIdentity
from app.storage import keyfile
from app.storage.errors import VaultError
from app.storage.repositories import citizen_in
from tests.support.bundles import Worker, filled, key_text, secret, worker
from tests.support.files import fingerprint
from tests.support.fuzz import ANY_CHAR, FUZZ, any_text, assert_plain
from tests.support.intake import Clock, Intakes, informed_intake, intakes

ROOT = Path(__file__).resolve().parents[2]
DEMO_PROFILE = ROOT / "resources" / "profiles" / "voorbeeldstad.toml"
PASSPHRASE = "paars tractor zingt onder water"
WORKER = WorkerIdentity("w-anna", "Anna de Demo", "Wmo-consulent", "Team Noord")
TODAY = date(2026, 11, 23)
BRAM_PUBLIC = "age16pgv8my92uaxq5kkgkl22nlctgglscqkhcqk6x547n776s7t9qnqcy0s9v"  # DEMO roster

FUZZ_VAULT = settings(FUZZ, max_examples=15)  # each example writes to a real vault


def snapshot(session: Session) -> dict[str, object]:
    """Every table's row count and a digest of its rows: equal means nothing was written."""

    def read(conn: Any) -> dict[str, object]:
        found: dict[str, object] = {}
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                " AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
            )
        ]
        for table in tables:
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            row = " || ',' || ".join(f'quote("{c}")' for c in columns)
            count, rows = conn.execute(
                f'SELECT count(*), group_concat({row}, char(10)) FROM "{table}"'  # noqa: S608
            ).fetchone()
            text = (rows or "").encode("utf-8", "surrogatepass")
            found[table] = (count, hashlib.sha256(text).hexdigest())
        return found

    return session.vault.db.run(read)


T = TypeVar("T")


def attempt(call: Callable[[], T]) -> T | ValidationError:
    """The result of ``call``, or the ValidationError it refused with."""
    try:
        return call()
    except ValidationError as exc:
        return exc


def check_refusal(outcome: object, field: str, *inputs: str) -> bool:
    """True (and checked) when ``outcome`` is a refusal of ``field`` with a plain message."""
    if not isinstance(outcome, ValidationError):
        return False
    assert outcome.field == field
    assert_plain(str(outcome), *inputs)
    return True


def refused(
    call: Callable[[], object], session: Session, *inputs: str, kinds: tuple[type, ...] = ()
) -> BaseException | None:
    """Run ``call``; on a refusal check its message and that nothing was written."""
    before = snapshot(session)
    files = sorted(p.name for p in session.vault.paths.folder.iterdir())
    try:
        call()
    except (ValidationError, VaultError, *kinds) as exc:
        assert_plain(str(exc), *inputs)
        assert snapshot(session) == before
        assert sorted(p.name for p in session.vault.paths.folder.iterdir()) == files
        return exc
    return None


# -- free text: names and notes --------------------------------------------------------------
@FUZZ
@given(any_text)
@example("\ud800Jan")
@example("Jan\x00Voorbeeld")
@example("\u202eJan Voorbeeld")
@example("x" * 100_000)
def test_fuzz_a_name_is_cleaned_or_refused_plainly(name: str) -> None:
    cleaned = attempt(lambda: clean_name(name))
    if check_refusal(cleaned, "name", name):
        return
    assert isinstance(cleaned, str)
    assert cleaned == clean_name(cleaned)  # idempotent
    assert 0 < len(cleaned) <= MAX_NAME
    assert cleaned == cleaned.strip()
    assert "  " not in cleaned


@FUZZ
@given(any_text)
@example("Eerste regel\r\ntweede\rderde\u2028vierde")
@example("x" * MAX_NOTE + "\n\n")
def test_fuzz_a_note_body_is_kept_or_refused_plainly(body: str) -> None:
    cleaned = attempt(lambda: clean_note(body))
    if check_refusal(cleaned, "body", body):
        return
    assert isinstance(cleaned, str)
    assert cleaned.strip()
    assert len(cleaned) <= MAX_NOTE
    assert body.startswith(cleaned)  # the worker's words and line breaks, trailing space gone


# -- dates and times -------------------------------------------------------------------------
def _typed_date(day: int, month: int, year: int, sep: str, iso: bool) -> str:
    if iso:
        return f"{year:04d}{sep}{month:02d}{sep}{day:02d}"
    return f"{day:02d}{sep}{month:02d}{sep}{year:04d}"


typed_dates = st.builds(
    _typed_date,
    st.sampled_from([0, 1, 28, 29, 30, 31, 32, 99]),
    st.sampled_from([0, 1, 2, 12, 13, 99]),
    st.sampled_from([0, 1, 1899, 1900, 2020, 2024, 2026, 2027, 9999, 10000, 99999]),
    st.sampled_from(["-", "/", ".", " ", "\x00"]),
    st.booleans(),
)
date_text = st.one_of(
    typed_dates,
    any_text,
    st.builds(
        lambda d, pad: pad + d + pad, typed_dates, st.sampled_from([" ", "\t", "\n", "\u00a0"])
    ),
    st.text("0123456789-/ ", max_size=14),
)


def _check_date_parser(parse: Callable[[str], date | None], text: str, field: str) -> None:
    parsed = attempt(lambda: parse(text))
    if check_refusal(parsed, field, text):
        return
    if parsed is None:
        assert not text.strip()
        return
    assert isinstance(parsed, date)
    assert read_date(parsed.strftime("%d-%m-%Y")) == parsed  # the way the app shows it back
    assert read_date(parsed.isoformat()) == parsed
    if field == "date_of_birth":
        assert date(1900, 1, 1) <= parsed <= TODAY


@FUZZ
@given(date_text)
@example("31-02-2020")
@example("00-00-0000")
@example("29-02-2023")
@example("29-02-2024")
@example("01-01-10000")
@example("10000-01-01")
@example("٠٧-٠٣-١٩٥٠")  # Arabic-Indic digits: a real day
@example("07-03-1950\x00")
def test_fuzz_dates_parse_to_a_real_day_or_are_refused_plainly(text: str) -> None:
    _check_date_parser(lambda t: parse_date_of_birth(t, TODAY), text, "date_of_birth")
    _check_date_parser(lambda t: deadlines.parse_date(t, "on_date"), text, "on_date")
    _check_date_parser(agenda.parse_day, text, "date")


@FUZZ
@given(st.one_of(any_text, st.builds("{}{}{:02d}".format, st.integers(-1, 100),
                                     st.sampled_from([":", ".", ",", "\u2236"]),
                                     st.integers(0, 100))))  # fmt: skip
@example("24:00")
@example("9:60")
@example("٩:٣٠")
def test_fuzz_a_time_is_a_clock_time_or_refused_plainly(text: str) -> None:
    parsed = attempt(lambda: agenda.parse_time(text))
    if check_refusal(parsed, "time", text):
        return
    if parsed is None:
        assert not text.strip()
        return
    assert isinstance(parsed, time)
    assert agenda.parse_time(parsed.strftime("%H:%M")) == parsed


# -- BSN and the elfproef --------------------------------------------------------------------
def eleven_test(digits: str) -> bool:
    """The BSN eleven test written out again, independently of the app's version."""
    if not re.fullmatch(r"[0-9]{9}", digits) or digits == "0" * 9:
        return False
    total = sum(int(d) * w for d, w in zip(digits, (9, 8, 7, 6, 5, 4, 3, 2, -1), strict=True))
    return total % 11 == 0


def _group(number: str, sep: str) -> str:
    return sep.join((number[:3], number[3:6], number[6:])) if sep != "none" else number


bsn_text = st.one_of(
    st.builds(
        _group,
        st.one_of(
            st.integers(0, 999_999_999), st.sampled_from([0, 1, 10**8, 10**9 - 1, 10**9])
        ).map("{:09d}".format),
        st.sampled_from(["none", " ", ".", "-", "  ", "/", "\u00a0"]),
    ),
    st.integers(-(10**10), 10**10).map(str),
    any_text,
)


@FUZZ
@given(bsn_text)
@example("111222333")
@example("123456782")
@example("000000000")
@example("1234567²2")  # a superscript is a "digit" to str.isdigit but not to int()
@example("１２３４５６７８２")  # full-width digits
@example("٠٠٠٠٠٠٠٠٠")
def test_fuzz_a_bsn_passes_the_eleven_test_or_is_refused_plainly(text: str) -> None:
    stripped = re.sub(r"[ .\-]", "", text.strip())
    # Digits of any script count as typed (full-width, Arabic-Indic) and are stored as ASCII.
    expected = "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in stripped)
    digits = attempt(lambda: check_bsn(text))
    if check_refusal(digits, "bsn", text):
        assert not eleven_test(expected)
        return
    assert isinstance(digits, str)
    assert digits == expected
    assert eleven_test(digits)
    assert elfproef(digits)


def make_bsn(seed: int) -> str:
    """A number that passes the eleven test, built from ``seed`` (its check digit computed)."""
    while True:
        head = f"{seed % 10**8:08d}"
        check = sum(int(d) * w for d, w in zip(head, range(9, 1, -1), strict=True)) % 11
        if check < 10 and head + str(check) != "0" * 9:
            return head + str(check)
        seed += 1


valid_bsn = st.integers(0, 10**8 - 1).map(make_bsn)


@FUZZ
@given(any_text, valid_bsn, st.sampled_from(["none", " ", ".", "-"]), any_text)
def test_fuzz_r000_15_r002_11_a_network_person_never_holds_a_bsn(
    before: str, bsn: str, sep: str, after: str
) -> None:
    assert eleven_test(bsn)
    contact = f"{before}; {_group(bsn, sep)} ;{after}"  # ";" ends a digit run
    with pytest.raises(ValidationError) as refused_bsn:
        check_network_person("Piet Proef", "buurman", contact, "")
    assert refused_bsn.value.field == "contact" or "long" in str(refused_bsn.value)
    assert_plain(str(refused_bsn.value), contact)
    try:
        fields = check_network_person(before or "Piet", "buurman", after, "")
    except ValidationError as exc:
        assert_plain(str(exc), before, after)
        return
    assert fields[0] == " ".join((before or "Piet").split())


# -- every other free-text check of a form ----------------------------------------------------
MEDICAL = ("diagnose", "medicatie")
TEXT_CHECKS: dict[str, Callable[[str], object]] = {
    "intake.check_words": check_words,
    "visit_records.check_text": lambda t: check_text("field", t, True, "label"),
    "visit_records.check_identity": lambda t: check_identity(t, TODAY, TODAY),
    "notes.check_medical": lambda t: check_medical("body", t, MEDICAL, False),
    "household.check_reason": household.check_reason,
    "household.check_plan": lambda t: household.check_plan(t, t),
    "case_meeting.check_participant": lambda t: case_meeting.check_participant(t, t, t),
    "lookups.check_reason": lookups.check_reason,
    "lookups.check_judgement": lambda t: lookups.check_judgement(t, t),
    "consent_rules.clean_text": lambda t: consent_rules.clean_text("purpose", t, "purpose"),
    "consent_rules.clean_note": consent_rules.clean_note,
    "consent_terms.check_question": lambda t: consent_terms.check_question("question", t),
    "rights.check_scope": rights.check_scope,
    "signal.check_informed": lambda t: signal.check_informed(False, t),
    "refusals.check_refusal": lambda t: refusals.check_refusal(t, TODAY, TODAY),
    "refusals.check_incapacity": lambda t: refusals.check_incapacity(t, t, TODAY, TODAY),
    "triage.check_status": triage.check_status,
    "incidents.check_no_names": lambda t: check_no_names("what", t, ["Fenna Fictief"]),
}


@pytest.mark.parametrize("name", sorted(TEXT_CHECKS))
@settings(FUZZ, max_examples=15)
@given(text=any_text)
@example(text="Fenna Fictief\x00 123456782 \ud800")
def test_fuzz_every_free_text_check_accepts_or_refuses_plainly(name: str, text: str) -> None:
    outcome = attempt(lambda: TEXT_CHECKS[name](text))
    if isinstance(outcome, ValidationError):
        assert_plain(str(outcome), text)
        return
    problems = outcome if isinstance(outcome, list) else []  # check_question lists problems
    for problem in problems:
        assert_plain(problem.message, text)
    values = outcome if isinstance(outcome, tuple) else (outcome,)
    assert all(v is None or isinstance(v, str | list) for v in values)


# -- scores and passphrases ------------------------------------------------------------------
@FUZZ
@given(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=3),
                 st.sampled_from([0, 1, 5, 6, -1, 2**63, 1.0, "3", True, False])))  # fmt: skip
def test_fuzz_a_zrm_score_is_one_to_five_or_none(value: object) -> None:
    try:
        score = check_score(value)
    except ValueError:
        assert value is not None
        return
    assert score is None or (type(score) is int and 1 <= score <= 5)


@FUZZ
@given(any_text)
@example("\ud800" * 12)
@example("correct horse battery staple\x00")
@example(" " + PASSPHRASE)
def test_fuzz_a_new_passphrase_is_judged_with_a_plain_reason(passphrase: str) -> None:
    strength = assess(passphrase, ("Anna de Demo",))
    assert 0 <= strength.score <= 4
    assert strength.label
    if strength.acceptable:
        assert strength.reason == ""
        assert len(passphrase) >= 12
        passphrase.encode("utf-8")  # a passphrase that cannot be typed again is never accepted
    else:
        assert_plain(strength.reason, passphrase)


# -- forms on a vault: refused means nothing written -----------------------------------------
@pytest.fixture(scope="module")
def kit(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Intakes]:
    clock = Clock(datetime(2026, 11, 23, 10, 0, tzinfo=UTC))
    folder = tmp_path_factory.mktemp("fuzz") / "vault"
    session = session_mod.create(folder, PASSPHRASE, WORKER, TEST_KDF, now=clock)
    built = intakes(session, clock)
    yield built
    session.lock()


@pytest.fixture(scope="module")
def intake_id(kit: Intakes) -> str:
    """An informed intake whose help request needs a BSN and an identity check."""
    return informed_intake(kit, type_id="woningaanpassing", name="Fenna Fictief")


@FUZZ_VAULT
@given(name=any_text, born=st.one_of(date_text, st.just("")))
@example(name="Jan\ud800", born="")
@example(name="Jan Voorbeeld", born="07-03-1950\ud800")
@example(name="\x00\x1b\u202e", born="31-02-2020")
def test_fuzz_add_citizen_stores_what_it_accepts_and_nothing_else(
    kit: Intakes, name: str, born: str
) -> None:
    caseload = kit.session.caseload
    citizen: list[Any] = []
    if refused(lambda: citizen.append(caseload.add_citizen(name, born)), kit.session, name, born):
        return
    stored, notes = caseload.open_citizen(citizen[0].id)
    assert notes == []
    assert stored.name == clean_name(name)
    assert stored.date_of_birth == parse_date_of_birth(born, TODAY)


@pytest.fixture(scope="module")
def citizen_id(kit: Intakes) -> str:
    return kit.session.caseload.add_citizen("Fenna Fictief", "01-02-1960").id


@FUZZ_VAULT
@given(body=any_text, edit=any_text)
@example(body="Regel een\r\nregel twee\x00\ud800", edit="ok")
def test_fuzz_a_note_is_saved_as_typed_or_refused_with_nothing_written(
    kit: Intakes, citizen_id: str, body: str, edit: str
) -> None:
    caseload = kit.session.caseload
    saved: list[Any] = []
    if refused(lambda: saved.append(caseload.add_note(citizen_id, body)), kit.session, body):
        return
    note_id = saved[0].id
    assert {n.id: n.body for n in caseload.open_citizen(citizen_id)[1]}[note_id] == clean_note(body)
    if refused(lambda: caseload.edit_note(note_id, edit), kit.session, edit):
        return
    assert {n.id: n.body for n in caseload.open_citizen(citizen_id)[1]}[note_id] == clean_note(edit)


@FUZZ_VAULT
@given(any_text)
@example("\ud800")
@example("%_%")
@example("' OR 1=1 --")
@example("%" * 60_000)  # SQLite refuses LIKE patterns over 50 kB ("pattern too complex")
def test_fuzz_search_finds_or_not_and_writes_nothing(kit: Intakes, text: str) -> None:
    found: list[Any] = []
    if refused(lambda: found.append(kit.session.caseload.search(text)), kit.session, text):
        assert any(unicodedata.category(c) == "Cs" for c in text)  # a broken character
        return
    before = snapshot(kit.session)
    assert all(c.id for c in found[0])
    assert snapshot(kit.session) == before


@settings(FUZZ_VAULT, max_examples=10)  # six forms per example
@given(
    body=any_text,
    words=any_text,
    bsn=bsn_text,
    doc_number=any_text,
    person=st.tuples(any_text, any_text, any_text, any_text),
    answer=any_text,
)
@example(
    body="ok",
    words="ok",
    bsn="1234567²2",
    doc_number="AB12\ud800CD",
    person=("a", "b", "", ""),
    answer="\ud800",
)
def test_fuzz_intake_record_forms_store_or_refuse_with_nothing_written(
    kit: Intakes,
    intake_id: str,
    body: str,
    words: str,
    bsn: str,
    doc_number: str,
    person: tuple[str, str, str, str],
    answer: str,
) -> None:
    records, session = kit.records, kit.session
    note: list[Any] = []
    if not refused(
        lambda: note.append(
            records.add_note(intake_id, body, NoteKind.FACT, NoteSource.CITIZEN, TODAY)
        ),
        session,
        body,
    ):
        assert {n.id: n.body for n in records.notes(intake_id)}[note[0].id] == clean_note(body)
    request: list[Any] = []
    if not refused(
        lambda: request.append(kit.service.add_help_request(intake_id, words, "woningaanpassing")),
        session,
        words,
    ):
        stored = {r.id: r.words for r in kit.service.help_requests(intake_id)}
        assert stored[request[0].id] == words.strip()
        assert len(words.strip()) <= MAX_NOTE
    refused(lambda: records.set_extra(intake_id, "bsn", bsn), session, bsn)
    refused(
        lambda: records.record_identity(intake_id, IdDocument.PASSPORT, doc_number, TODAY),
        session,
        doc_number,
    )
    added: list[Any] = []
    if not refused(
        lambda: added.append(records.add_network_person(intake_id, *person)), session, *person
    ):
        kept = {p.id: p for p in records.network_persons(intake_id)}[added[0].id]
        assert (kept.name, kept.relation, kept.contact, kept.support) == check_network_person(
            *person
        )
    refused(lambda: records.record_concerns(intake_id, answer), session, answer)


@FUZZ_VAULT
@given(day=date_text, at=any_text, place=any_text, contact=any_text)
def test_fuzz_planning_a_visit_stores_or_refuses_with_nothing_written(
    kit: Intakes, day: str, at: str, place: str, contact: str
) -> None:
    visits = kit.session.visits
    planned: list[Any] = []

    def plan() -> None:
        planned.append(
            visits.plan(agenda.parse_day(day), agenda.parse_time(at), place, (), contact)
        )

    if refused(plan, kit.session, day, at, place, contact):
        return
    visit = planned[0]
    assert visit.on_date == agenda.parse_day(day)
    assert visit.contact_name == clean_name(contact)


# -- files from outside: byte mutations ------------------------------------------------------
mutation = st.tuples(
    st.sampled_from(["flip", "truncate", "append", "insert", "delete", "zero"]),
    st.integers(0, 2**31),
    st.binary(min_size=1, max_size=8),
)


def mutate(data: bytes, steps: list[tuple[str, int, bytes]]) -> bytes:
    for action, at, extra in steps:
        pos = at % (len(data) + 1)
        if action == "flip" and data:
            pos %= len(data)
            data = data[:pos] + bytes([data[pos] ^ (1 << (at % 8))]) + data[pos + 1 :]
        elif action == "truncate":
            data = data[:pos]
        elif action == "append":
            data += extra
        elif action == "insert":
            data = data[:pos] + extra + data[pos:]
        elif action == "delete":
            data = data[:pos] + data[pos + len(extra) :]
        elif action == "zero":
            data = b""
    return data


@pytest.fixture(scope="module")
def demo_profile_bytes() -> bytes:
    return DEMO_PROFILE.read_bytes()


@FUZZ_VAULT
@given(st.lists(mutation, min_size=1, max_size=3))
@example([("insert", 0, b"\xff\xfe")])  # not UTF-8
@example([("append", 0, b"\n# a comment changes no value\n")])
@example([("insert", 0, b"[" * 8)])
def test_fuzz_a_changed_profile_file_is_refused_plainly_and_never_installed(
    kit: Intakes,
    tmp_path_factory: pytest.TempPathFactory,
    demo_profile_bytes: bytes,
    steps: list[tuple[str, int, bytes]],
) -> None:
    path = tmp_path_factory.getbasetemp() / "fuzzed-profile.toml"
    path.write_bytes(mutate(demo_profile_bytes, steps))
    original = read_profile_file(DEMO_PROFILE)
    try:
        choice = read_profile_file(path)
    except ProfileError as exc:
        assert_plain(str(exc))
        refused(
            lambda: install_profile(kit.session, read_profile_file(path)),
            kit.session,
            kinds=(ProfileError,),
        )
        return
    # Accepted only when no signed value changed (comments, blank lines, spacing).
    assert verify_profile_text(choice.text).profile == verify_profile_text(original.text).profile


@pytest.fixture(scope="module")
def key_file_bytes(kit: Intakes) -> bytes:
    return kit.session.vault.paths.key.read_bytes()


def _resummed(data: bytes) -> bytes:
    """The key file with its checksum made right again, as a deliberate edit would."""
    try:
        body = json.loads(data)
        body.pop("checksum")
        body["checksum"] = keyfile._checksum(body)
        return json.dumps(body).encode("utf-8")
    except Exception:  # not a JSON object any more: leave the damage as it is
        return data


json_leaf = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), st.text(ANY_CHAR, max_size=12),
    st.sampled_from([0, -1, 2**32, 2**64, 1e300, float("inf"), "", "AA==", "zz"]),
)  # fmt: skip


def _json_containers(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)


json_value = st.recursive(json_leaf, _json_containers, max_leaves=6)
KEY_FIELDS = ("vault_id", "db_salt", "recovery", "kdf/time_cost", "kdf/memory_kib",
              "kdf/parallelism", "kdf/salt", "kdf/algorithm", "wrap/nonce", "wrap/ciphertext",
              "wrap/algorithm", "format", "kdf", "wrap")  # fmt: skip


def _set(body: dict[str, Any], path: str, value: object) -> None:
    *parents, last = path.split("/")
    for part in parents:
        body = body[part]
    body[last] = value


@FUZZ
@given(
    steps=st.lists(mutation, max_size=2),
    field=st.sampled_from(KEY_FIELDS),
    value=json_value,
    resum=st.booleans(),
)
@example(steps=[], field="kdf/time_cost", value=float("inf"), resum=True)
@example(steps=[], field="kdf/time_cost", value=2**64, resum=True)
@example(steps=[], field="wrap/nonce", value="", resum=True)
@example(steps=[], field="kdf/salt", value="AA==", resum=True)
@example(
    steps=[("zero", 0, b"x"), ("append", 0, b"[" * 8)], field="format", value=None, resum=False
)
def test_fuzz_a_damaged_key_file_is_refused_as_damaged_never_a_crash(
    key_file_bytes: bytes,
    steps: list[tuple[str, int, bytes]],
    field: str,
    value: object,
    resum: bool,
) -> None:
    body = json.loads(key_file_bytes)
    _set(body, field, value)
    data = mutate(json.dumps(body).encode("utf-8"), steps)
    if resum:
        data = _resummed(data)
    try:
        parsed = keyfile.loads(data)
    except VaultError as exc:
        assert_plain(str(exc))
        return
    # Whatever loads accepts, the unlock can use: sizes and costs Argon2id and AES-GCM take.
    assert len(parsed.nonce) == 12
    assert len(parsed.kdf_salt) >= 8
    assert len(parsed.db_salt) == 16
    assert 1 <= parsed.kdf.time_cost < 2**32
    assert 8 <= parsed.kdf.memory_kib < 2**32
    assert 1 <= parsed.kdf.parallelism < 2**24


def test_fuzz_a_deeply_nested_key_file_is_damaged_not_a_crash() -> None:
    with pytest.raises(VaultError) as error:
        keyfile.loads(b"[" * 100_000)
    assert_plain(str(error.value))


# -- bundles: the encrypted file, and a forged plaintext signed with the forger's own key ----
@dataclass
class BundleBench:
    bram: Worker
    data: bytes  # a real reassignment from Anna to Bram
    doc: dict[str, Any]  # its plaintext
    forger: Ed25519PrivateKey  # the same forger for every example, so the pin lets it through


@pytest.fixture(scope="module")
def bench(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BundleBench]:
    folder = tmp_path_factory.mktemp("bundles")
    clock = Clock()
    anna = worker(folder, "w-anna", clock)
    bram = worker(folder, "w-bram", clock)
    bram.bundles.keys.add_roster_identity(key_text("worker-w-bram"), bram.bundles.profile)
    dossier = filled(anna.kit, "Jan Voorbeeld")
    path = folder / "overdracht.age"
    anna.bundles.export(
        ExportRequest(dossier.citizen_id, Kind.OVERDRACHT, "w-bram", "Herverdeling"), path
    )
    data = path.read_bytes()
    doc = json.loads(
        pyrage.decrypt(data, [pyrage.x25519.Identity.from_str(secret("worker-w-bram"))])
    )
    bram.imports.read(data)  # makes Bram's own identity now, not during an example
    yield BundleBench(bram, data, doc, Ed25519PrivateKey.from_private_bytes(b"\x05" * 32))
    anna.session.lock()
    bram.session.lock()


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, inner in value.items():
            found += _paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += _paths(inner, (*prefix, index))
    return found


def _replace(doc: Any, path: tuple[Any, ...], value: object) -> Any:
    if not path:
        return value
    parent = doc
    for part in path[:-1]:
        parent = parent[part]
    parent[path[-1]] = value
    return doc


def _forge(bench: BundleBench, doc: Any) -> bytes:
    """Sign the (changed) bundle's head with the forger's key and encrypt it to Bram, as
    anyone holding the public roster could."""
    with contextlib.suppress(Exception):  # the change broke what is signed: send it unsigned
        head = doc["audit_head"]
        head["public_key"] = bench.forger.public_key().public_bytes_raw().hex()
        head["signature"] = bench.forger.sign(head_message(doc, head)).hex()
    plain = json.dumps(doc).encode("utf-8") if not isinstance(doc, bytes) else doc
    return bytes(pyrage.encrypt(plain, [pyrage.x25519.Recipient.from_str(BRAM_PUBLIC)]))


def _import_or_refuse(bench: BundleBench, data: bytes) -> None:
    session = bench.bram.session
    preview: list[Any] = []
    no = refused(
        lambda: preview.append(bench.bram.imports.read(data)), session, kinds=(BundleUnreadable,)
    )
    if no is not None:
        event(f"refused at reading: {getattr(no, 'reason', 'input')}")
        return
    lines = summary(preview[0])  # what the import dialog lists
    assert all(isinstance(line, str) for line in lines)
    result: list[Any] = []
    no = refused(
        lambda: result.append(bench.bram.imports.import_bundle(data)),
        session,
        kinds=(BundleUnreadable,),
    )
    if no is not None:
        event(f"refused at import: {getattr(no, 'reason', 'input')}")
        return
    event("imported")
    imported = result[0]
    assert imported.rows == sum(len(t["rows"]) for t in preview[0].doc["rows"])  # whole
    stored = session.vault.db.run(lambda c: citizen_in(c, imported.citizen_id))
    assert stored is not None
    assert stored.case_number == imported.case_number
    # Take it out again (test-only), so the next example meets the same vault.
    session.vault.db.transaction(lambda c: (
        c.execute("DELETE FROM citizen WHERE id = ?", (imported.citizen_id,)),
        c.execute("DELETE FROM bundle_import WHERE bundle_id = ?", (imported.bundle_id,)),
    ))  # fmt: skip


@FUZZ_VAULT
@given(st.lists(mutation, min_size=1, max_size=3))
@example([("zero", 0, b"x")])
@example([("truncate", 200, b"x")])
def test_fuzz_a_damaged_bundle_file_is_refused_plainly_with_nothing_written(
    bench: BundleBench, steps: list[tuple[str, int, bytes]]
) -> None:
    _import_or_refuse(bench, mutate(bench.data, steps))


@FUZZ_VAULT
@given(target=st.integers(0, 10**6), value=json_value)
@example(target=0, value="[" * 50_000)  # the whole plaintext: nested deeper than json parses
@example(target=("rows", 0, "columns", 0), value="identiteit")  # the citizen row loses "id"
@example(target=("rows", 0, "rows"), value=[])  # a citizen table without rows
@example(target=("citizen",), value=[1])  # the summary reads citizen.case_number
@example(target=("rows", 0), value=7)
@example(target=("header", "valid_until"), value="2026-02-31")
def test_fuzz_a_forged_bundle_is_imported_whole_or_refused_plainly(
    bench: BundleBench, target: int | tuple[Any, ...], value: object
) -> None:
    doc = copy.deepcopy(bench.doc)
    paths = _paths(doc)
    path = target if isinstance(target, tuple) else paths[target % len(paths)]
    if path == () and isinstance(value, str) and value.startswith("["):
        _import_or_refuse(bench, _forge(bench, value.encode("ascii")))
        return
    _import_or_refuse(bench, _forge(bench, _replace(doc, path, value)))


@FUZZ_VAULT
@given(any_text)
@example("AGE-SECRET-KEY-1\nAGE-SECRET-KEY-1")
@example("AGE-SECRET-KEY-1" + "Q" * 58)
def test_fuzz_an_identity_file_is_added_or_refused_plainly(bench: BundleBench, text: str) -> None:
    keys = bench.bram.bundles.keys
    refused(
        lambda: keys.add_roster_identity(text, bench.bram.bundles.profile), bench.bram.session, text
    )


@FUZZ
@given(
    st.one_of(any_text, st.builds(lambda t, v: t + HEAD_MARK + json.dumps(v), any_text, json_value))
)
@example(
    HEAD_MARK + '{"seq": 1e999, "vault_id": "", "hash": "", "at": "", "digest": "", '
    '"signature": "", "public_key": ""}'
)
@example("\n" + HEAD_MARK + "[" * 50_000)
def test_fuzz_a_report_head_is_checked_never_a_crash(kit: Intakes, text: str) -> None:
    verdict = kit.session.vault.db.run(lambda c: heads.check(c, text))
    assert not verdict.ok
    assert_plain(verdict.reason, text)


# -- the passphrase at the lock screen and in the settings -----------------------------------
@pytest.fixture(scope="module")
def locked(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Clock]:
    clock = Clock()
    folder = tmp_path_factory.mktemp("lock") / "vault"
    session_mod.create(folder, PASSPHRASE, WORKER, TEST_KDF, now=clock).lock()
    return folder, clock


@FUZZ_VAULT
@given(any_text)
@example("\ud800" + PASSPHRASE)
@example(PASSPHRASE + "\x00")
@example(PASSPHRASE.upper())
def test_fuzz_r003_14_a_wrong_passphrase_is_refused_and_the_vault_files_stay_as_they_were(
    locked: tuple[Path, Clock], passphrase: str
) -> None:
    folder, clock = locked
    clock.value += timedelta(days=1)  # past any wait after earlier failures
    before = {k: v for k, v in fingerprint(folder).items() if k != "vault.failures"}
    with pytest.raises(VaultError) as error:
        session_mod.unlock(folder, passphrase, clock)
    assert_plain(str(error.value), passphrase)
    assert {k: v for k, v in fingerprint(folder).items() if k != "vault.failures"} == before


@FUZZ_VAULT
@given(old=st.one_of(st.just(PASSPHRASE), any_text), new=any_text)
@example(old=PASSPHRASE, new="\ud800" * 20)
@example(old=PASSPHRASE, new="x" * 100_000)
def test_fuzz_a_new_passphrase_is_set_or_refused_with_the_key_file_unchanged(
    kit: Intakes, old: str, new: str
) -> None:
    session = kit.session
    key_before = session.vault.paths.key.read_bytes()
    try:
        session.change_passphrase(old, new, TEST_KDF)
    except (ValidationError, VaultError) as exc:
        assert_plain(str(exc), old, new)
        assert session.vault.paths.key.read_bytes() == key_before
        return
    assert assess(new).acceptable
    assert old == PASSPHRASE
    session.change_passphrase(new, PASSPHRASE, TEST_KDF)  # back, for the next example
