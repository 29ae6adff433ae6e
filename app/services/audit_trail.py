"""One decorator that writes the audit event for a service call.

``@audited("create", "note", lambda result, *a, **k: result.id)`` on a service method appends
one hash-chained event in the same transaction as the method's own changes (the method runs
on the database thread; its nested transactions become savepoints), so a change never lands
without its event: actor, time, action, object type and id —
never content. Services reach the trail through ``self.trail`` (given to their constructor).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, Concatenate, ParamSpec, Protocol, TypeVar, cast

from app.storage import audit
from app.storage.db import Connection, Database

P = ParamSpec("P")
R = TypeVar("R")


class AuditTrail:
    """Appends audit events for one worker (the vault owner)."""

    def __init__(
        self, db: Database, actor: str, now: Callable[[], datetime] = lambda: datetime.now(UTC)
    ) -> None:
        self._db = db
        self.actor = actor
        self._now = now

    def within(
        self,
        work: Callable[[], R],
        action: str,
        object_type: str,
        object_id: Callable[[R], str],
    ) -> R:
        """Run ``work`` and append its event in one transaction on the database thread."""

        def unit(conn: Connection) -> R:
            result = work()
            audit.append(conn, self.actor, action, object_type, object_id(result), now=self._now)
            return result

        return self._db.transaction(unit)

    def append_in(
        self,
        conn: Connection,
        action: str,
        object_type: str = "",
        object_id: str = "",
        count: int = 1,
    ) -> None:
        """Append one event inside a transaction the caller already holds (``count`` rows)."""
        audit.append(conn, self.actor, action, object_type, object_id, count, now=self._now)

    def record(self, action: str, object_type: str = "", object_id: str = "") -> None:
        self._db.transaction(
            lambda c: audit.append(c, self.actor, action, object_type, object_id, now=self._now)
        )


class HasTrail(Protocol):
    trail: AuditTrail


S = TypeVar("S", bound=HasTrail)


def audited(
    action: str, object_type: str, object_id: Callable[..., str]
) -> Callable[[Callable[Concatenate[S, P], R]], Callable[Concatenate[S, P], R]]:
    """Record ``action`` on ``object_type`` with the id ``object_id(result, *args)`` returns."""

    def decorate(method: Callable[Concatenate[S, P], R]) -> Callable[Concatenate[S, P], R]:
        @functools.wraps(method)
        def wrapper(self: S, *args: P.args, **kwargs: P.kwargs) -> R:
            return self.trail.within(
                lambda: method(self, *args, **kwargs),
                action,
                object_type,
                lambda result: object_id(result, *args, **kwargs),
            )

        return cast(Callable[Concatenate[S, P], R], wrapper)

    return decorate


def first_arg(_result: Any, *args: Any, **_kwargs: Any) -> str:
    """Object id taken from the method's first argument (e.g. ``delete_note(note_id)``)."""
    return str(args[0])


def result_id(result: Any, *_args: Any, **_kwargs: Any) -> str:
    """Object id taken from the returned object's ``id``."""
    return str(result.id)
