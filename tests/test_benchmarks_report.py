"""`make bench` prints how each size-dependent figure grows from the smallest vault to the
largest (issue 10): the factor is last ÷ first, and a size that was not measured shows "–"."""

from __future__ import annotations

from benchmarks.report import Growth, figures_table, growth_table


def test_growth_table_shows_each_size_and_the_factor_from_first_to_last() -> None:
    growth = Growth()
    for size, ms in ((100, 4.0), (500, 5.0), (10_000, 10.0)):
        growth.add("unlock", size, ms, "ms")
    growth.add("memory", 100, 120.0, "MB")
    text = growth_table(growth, [100, 500, 10_000]).splitlines()
    assert text[0].split()[:2] == ["figure", "100"]
    unlock = text[1].split()
    assert unlock[0] == "unlock"
    assert unlock[-1] == "2.50×"
    assert "4.00" in unlock
    assert "10.00" in unlock
    memory = text[2].split()
    assert memory[-1] == "–"
    assert memory.count("–") == 3


def test_figures_table_names_the_machine_and_every_goal() -> None:
    rows = [("cold start", "0.5 s", "1.4× bare", "≤ 1.5×"), ("search p95", "3 ms", "x", "≤ 30 ms")]
    text = figures_table("vm x86_64 2 cores", rows)
    assert text.splitlines()[0] == "Machine: vm x86_64 2 cores"
    assert text.splitlines()[2].endswith("≤ 1.5×")
    assert text.splitlines()[3].endswith("≤ 30 ms")
