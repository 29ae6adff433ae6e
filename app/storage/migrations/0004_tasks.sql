-- 0004: one task list for every dated duty, and the procedure events that start and meet the
-- Wmo (and agency-defined) deadlines (issue 5). A task row holds no personal data: its title is
-- its kind's label, and the citizen's name is joined in when shown. Tasks go with their citizen
-- or intake; a corrected event moves a task's date, it never deletes it.

CREATE TABLE task (
    id              TEXT PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 120),
    citizen_id      TEXT REFERENCES citizen (id) ON DELETE CASCADE,
    intake_id       TEXT REFERENCES intake (id) ON DELETE CASCADE,
    object_id       TEXT,                         -- e.g. the network person to inform
    source_key      TEXT UNIQUE,                  -- generated tasks: one per source, idempotent
    due_on          TEXT NOT NULL,                -- ISO date; a statutory one is the legal date
    statutory       INTEGER NOT NULL DEFAULT 0 CHECK (statutory IN (0, 1)),
    status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'postponed', 'done')),
    postponed_to    TEXT,
    postpone_reason TEXT NOT NULL DEFAULT '',
    done_at         TEXT,
    done_note       TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    -- After this day the task is te laat: postponing never moves a statutory (legal) date.
    late_after      TEXT GENERATED ALWAYS AS (
        CASE WHEN statutory = 1 THEN due_on ELSE coalesce(postponed_to, due_on) END
    ) STORED,
    CHECK (status <> 'postponed' OR (postponed_to IS NOT NULL AND length(trim(postpone_reason)) > 0)),
    CHECK (postponed_to IS NULL OR postponed_to > due_on),
    CHECK ((status = 'done') = (done_at IS NOT NULL))
) STRICT;

-- The home screen: open tasks, te laat first, then by date (LIMIT walks this index in order).
CREATE INDEX task_open ON task (late_after, id) WHERE status <> 'done';
CREATE INDEX task_citizen ON task (citizen_id, due_on);
CREATE INDEX task_intake ON task (intake_id);

-- Dated steps of an intake's procedure (melding, verslag verstuurd, aanvraag, spoed …). One row
-- per event: a correction replaces the date and keeps who recorded it when.
CREATE TABLE process_event (
    intake_id   TEXT NOT NULL REFERENCES intake (id) ON DELETE CASCADE,
    event       TEXT NOT NULL CHECK (length(event) BETWEEN 1 AND 48),
    on_date     TEXT NOT NULL,
    detail      TEXT NOT NULL DEFAULT '',        -- spoed: the reason; reaction: its kind
    recorded_at TEXT NOT NULL,
    worker_id   TEXT NOT NULL,
    PRIMARY KEY (intake_id, event)
) STRICT;

-- The scope review (R-002-10) looks up the last triage moment per intake.
CREATE INDEX triage_intake ON triage (intake_id, at);
