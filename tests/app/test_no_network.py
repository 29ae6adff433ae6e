"""R-000-45: the app opens no network connection. A whole scripted use runs with sockets off."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from app.crypto import TEST_KDF
from app.services import session as session_mod
from tests.app.conftest import PASSPHRASE, WORKER


class NetworkUsed(AssertionError):
    pass


def _refuse(*args: object, **kwargs: object) -> None:
    raise NetworkUsed("network access attempted")


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket, "socket", _refuse)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    monkeypatch.setattr(socket, "getaddrinfo", _refuse)
    monkeypatch.setattr(socket, "socketpair", _refuse)


def test_the_patch_can_fail(no_network: None) -> None:
    with pytest.raises(NetworkUsed):
        socket.create_connection(("127.0.0.1", 9))


def test_r000_45_scripted_use_without_network(no_network: None, tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    s = session_mod.create(folder, PASSPHRASE, WORKER, TEST_KDF)
    citizen = s.caseload.add_citizen("Jan Voorbeeld", "12-04-1941")
    s.caseload.add_note(citizen.id, "Notitie zonder netwerk.")
    s.drafts.save("citizen:" + citizen.id, "note", "half getypt", 4)
    s.lock()
    s = session_mod.unlock(folder, PASSPHRASE)
    _, notes = s.caseload.open_citizen(citizen.id)
    assert len(notes) == 1
    assert s.vault.integrity_check()
    s.lock()
