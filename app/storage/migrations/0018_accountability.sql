-- 0018: accountability without content (issue 8; R-000-44, R-000-48, R-002-22, R-002-23,
-- R-002-31). A review session is a random-sample quality check the worker holds together with a
-- team leader: who reviewed, which period, the recorded seed of the draw, how many dossiers, when
-- it started and ended; the sample itself is ids only and goes with the citizen on erasure. A
-- privacy incident records what happened in categories and rough numbers, never names or
-- content. The audit chain gets an index on its time for the access report by period.

CREATE INDEX audit_event_at ON audit_event (at);
CREATE INDEX audit_event_object ON audit_event (object_id);

CREATE TABLE review_session (
    id            TEXT PRIMARY KEY,
    reviewer_id   TEXT NOT NULL DEFAULT '',          -- roster id, '' when typed in
    reviewer_name TEXT NOT NULL CHECK (length(trim(reviewer_name)) BETWEEN 1 AND 120),
    reviewer_role TEXT NOT NULL CHECK (length(trim(reviewer_role)) BETWEEN 1 AND 120),
    period_from   TEXT NOT NULL,                     -- ISO date
    period_to     TEXT NOT NULL,
    seed          TEXT NOT NULL CHECK (length(seed) = 32),   -- hex, recorded before the draw
    population    INTEGER NOT NULL CHECK (population >= 0),
    drawn         INTEGER NOT NULL CHECK (drawn >= 0 AND drawn <= population),
    started_at    TEXT NOT NULL,
    ended_at      TEXT,
    worker_id     TEXT NOT NULL,
    CHECK (period_to >= period_from),
    CHECK (ended_at IS NULL OR ended_at >= started_at)
) STRICT;

CREATE INDEX review_session_started ON review_session (started_at);

CREATE TABLE review_sample (
    session_id TEXT NOT NULL REFERENCES review_session (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL CHECK (position >= 1),
    citizen_id TEXT NOT NULL REFERENCES citizen (id) ON DELETE CASCADE,
    opened     INTEGER NOT NULL DEFAULT 0 CHECK (opened >= 0),
    PRIMARY KEY (session_id, position),
    UNIQUE (session_id, citizen_id)
) STRICT;

CREATE INDEX review_sample_citizen ON review_sample (citizen_id);

CREATE TABLE privacy_incident (
    id                TEXT PRIMARY KEY,
    kind              TEXT NOT NULL CHECK (kind IN
        ('lost_device', 'wrong_recipient', 'paper_lost', 'unauthorised_access', 'other')),
    happened_on       TEXT NOT NULL,                 -- ISO date (as far as known)
    discovered_at     TEXT NOT NULL,                 -- ISO date-time
    categories        TEXT NOT NULL
        CHECK (json_valid(categories) AND json_array_length(categories) > 0),
    citizens_estimate INTEGER NOT NULL CHECK (citizens_estimate >= 0),
    what_happened     TEXT NOT NULL CHECK (length(trim(what_happened)) BETWEEN 1 AND 2000),
    measures          TEXT NOT NULL DEFAULT '' CHECK (length(measures) <= 2000),
    reported_to       TEXT NOT NULL DEFAULT '' CHECK (length(reported_to) <= 200),
    reported_at       TEXT,
    task_id           TEXT,
    recorded_at       TEXT NOT NULL,
    worker_id         TEXT NOT NULL,
    CHECK ((reported_at IS NULL) = (reported_to = ''))
) STRICT;

CREATE INDEX privacy_incident_recorded ON privacy_incident (recorded_at);
