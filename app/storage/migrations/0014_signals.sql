-- 0014: signals (a neighbour's or partner's concern; issue 7; R-001-22, R-004-25, R-003-18).
-- Minimal data only: the person's name and a short concern, the reporter's role, the task the
-- signal is investigated under, a category (vernietigen / handelen / bewaren tot) with a
-- forced review date, whether the person was informed or why not, and material about a third
-- person flagged with an inform task or a reason not to inform. An unfounded signal is deleted
-- completely: the row goes and so do its tasks (the audit line holds only the id).
CREATE TABLE signal (
    id                  TEXT PRIMARY KEY,
    citizen_id          TEXT REFERENCES citizen (id) ON DELETE CASCADE,
    task_ground         TEXT NOT NULL CHECK (length(trim(task_ground)) > 0),
    person_name         TEXT NOT NULL CHECK (length(trim(person_name)) > 0),
    concern             TEXT NOT NULL CHECK (length(trim(concern)) > 0),
    reporter_role       TEXT NOT NULL CHECK (length(trim(reporter_role)) > 0),
    reporter_name       TEXT NOT NULL DEFAULT '',
    category            TEXT NOT NULL CHECK (category IN ('vernietigen', 'handelen', 'bewaren')),
    keep_until          TEXT,
    review_on           TEXT NOT NULL,
    informed            INTEGER CHECK (informed IS NULL OR informed IN (0, 1)),
    not_informed_reason TEXT NOT NULL DEFAULT '',
    third_person        INTEGER NOT NULL DEFAULT 0 CHECK (third_person IN (0, 1)),
    third_person_reason TEXT NOT NULL DEFAULT '',
    received_on         TEXT NOT NULL,
    created_at          TEXT NOT NULL,
    worker_id           TEXT NOT NULL,
    CHECK (category <> 'bewaren' OR keep_until IS NOT NULL),
    CHECK (informed IS NOT 0 OR length(trim(not_informed_reason)) > 0)
) STRICT;

CREATE INDEX signal_citizen ON signal (citizen_id);
CREATE INDEX signal_review ON signal (review_on);
