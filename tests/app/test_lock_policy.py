"""R-000-42: lock after configurable inactivity (at most 15 min) and on suspend."""

from __future__ import annotations

import pytest

from app.services.lock_policy import LockPolicy, LockReason, clamp_idle_minutes


class FakeWall:
    def __init__(self) -> None:
        self.t = 1_800_000_000.0

    def __call__(self) -> float:
        return self.t


def _run(policy: LockPolicy, wall: FakeWall, seconds: int) -> LockReason | None:
    reason = None
    for _ in range(seconds):
        wall.t += 1
        reason = policy.tick()
        if reason:
            break
    return reason


def test_r000_42_idle_lock_after_timeout() -> None:
    wall = FakeWall()
    policy = LockPolicy(10, wall)
    assert _run(policy, wall, 10 * 60 - 1) is None
    assert _run(policy, wall, 1) is LockReason.IDLE


def test_activity_postpones_the_idle_lock() -> None:
    wall = FakeWall()
    policy = LockPolicy(10, wall)
    assert _run(policy, wall, 9 * 60) is None
    policy.activity()
    assert _run(policy, wall, 9 * 60) is None


@pytest.mark.parametrize(("asked", "kept"), [(0, 1), (5, 5), (15, 15), (60, 15)])
def test_r000_42_idle_timeout_is_at_most_15_minutes(asked: int, kept: int) -> None:
    assert clamp_idle_minutes(asked) == kept


def test_r000_42_tick_gap_means_suspend() -> None:
    wall = FakeWall()
    policy = LockPolicy(10, wall)
    wall.t += 31
    assert policy.tick() is LockReason.SUSPEND


def test_clock_jump_backwards_locks() -> None:
    wall = FakeWall()
    policy = LockPolicy(10, wall)
    wall.t -= 5
    assert policy.tick() is LockReason.CLOCK_JUMP
