"""SQL for households and their members (migration 0006).

Functions take the connection (they run inside the caller's transaction on the database
thread) and return dataclasses. Member rows carry only the citizen's name and case number from
the citizen table: nothing of the member's dossiers is read here.
"""

from __future__ import annotations

from datetime import datetime

from app.domain.household import (
    FAMILY_FACTS,
    FactAnswer,
    Facts,
    Household,
    HouseholdMember,
    Relation,
)
from app.storage.db import Connection

_FACT_COLUMNS = tuple(FAMILY_FACTS)  # minors, adults, carer: column names too


def insert_household(
    conn: Connection, household_id: str, label: str, plan: str, facts: Facts, at: datetime
) -> None:
    values = [_fact_value(facts.get(k)) for k in _FACT_COLUMNS]
    conn.execute(
        "INSERT INTO household (id, plan_label, plan_text, minors, adults, carer, created_at,"
        " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (household_id, label, plan, *values, at.isoformat(), at.isoformat()),
    )


def update_plan(
    conn: Connection, household_id: str, label: str, plan: str, facts: Facts, at: datetime
) -> int:
    values = [_fact_value(facts.get(k)) for k in _FACT_COLUMNS]
    return int(
        conn.execute(
            "UPDATE household SET plan_label = ?, plan_text = ?, minors = ?, adults = ?,"
            " carer = ?, updated_at = ? WHERE id = ?",
            (label, plan, *values, at.isoformat(), household_id),
        ).rowcount
    )


def insert_member(
    conn: Connection,
    household_id: str,
    citizen_id: str,
    reason: str,
    relation: Relation | None,
    at: datetime,
) -> None:
    conn.execute(
        "INSERT INTO household_member (household_id, citizen_id, reason, relation, added_at)"
        " VALUES (?, ?, ?, ?, ?)",
        (household_id, citizen_id, reason, relation.value if relation else None, at.isoformat()),
    )


def is_member(conn: Connection, household_id: str, citizen_id: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM household_member WHERE household_id = ? AND citizen_id = ?",
        (household_id, citizen_id),
    ).fetchone()
    return row is not None


def delete_member(conn: Connection, household_id: str, citizen_id: str) -> int:
    """Remove one member (a household left without members goes too: trigger of 0006)."""
    return int(
        conn.execute(
            "DELETE FROM household_member WHERE household_id = ? AND citizen_id = ?",
            (household_id, citizen_id),
        ).rowcount
    )


def citizen_exists(conn: Connection, citizen_id: str) -> bool:
    return conn.execute("SELECT 1 FROM citizen WHERE id = ?", (citizen_id,)).fetchone() is not None


def household_ids_of(conn: Connection, citizen_id: str) -> list[str]:
    rows = conn.execute(
        "SELECT m.household_id FROM household_member m JOIN household h ON h.id = m.household_id"
        " WHERE m.citizen_id = ? ORDER BY h.created_at, h.id",
        (citizen_id,),
    ).fetchall()
    return [r[0] for r in rows]


def get_household(conn: Connection, household_id: str) -> Household | None:
    row = conn.execute(
        "SELECT id, plan_label, plan_text, minors, adults, carer, created_at FROM household"
        " WHERE id = ?",
        (household_id,),
    ).fetchone()
    if row is None:
        return None
    facts: Facts = {
        key: FactAnswer(value) if value else None
        for key, value in zip(_FACT_COLUMNS, row[3:6], strict=True)
    }
    members = conn.execute(
        "SELECT c.id, c.name, c.case_number, m.reason, m.relation, m.added_at"
        " FROM household_member m JOIN citizen c ON c.id = m.citizen_id"
        " WHERE m.household_id = ? ORDER BY m.added_at, c.name COLLATE NOCASE",
        (household_id,),
    ).fetchall()
    return Household(
        row[0],
        row[1],
        row[2],
        facts,
        datetime.fromisoformat(row[6]),
        tuple(
            HouseholdMember(
                m[0],
                m[1],
                m[2],
                m[3],
                Relation(m[4]) if m[4] else None,
                datetime.fromisoformat(m[5]),
            )
            for m in members
        ),
    )


def households_of(conn: Connection, citizen_id: str) -> list[Household]:
    found = (get_household(conn, h) for h in household_ids_of(conn, citizen_id))
    return [h for h in found if h is not None]


def _fact_value(answer: FactAnswer | None) -> str | None:
    return answer.value if answer is not None else None
