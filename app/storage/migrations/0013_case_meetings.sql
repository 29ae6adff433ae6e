-- 0013: case meetings (casusoverleg / ketenoverleg; issue 7; R-000-47, R-001-25, R-003-06..13,
-- R-004-20). A meeting per citizen (and intake where there is one); participants each with a
-- task or legal ground in words (advisers get no personal data); what the citizen was told
-- beforehand, the attendance choice and the citizen's limits on sharing; the objection and a
-- safety override; the agreements (who gets which items for which action), each giving data
-- logged as a disclosure. After the agency's period the details go and an outcome line stays.
CREATE TABLE case_meeting (
    id                   TEXT PRIMARY KEY,
    citizen_id           TEXT NOT NULL REFERENCES citizen (id) ON DELETE CASCADE,
    intake_id            TEXT REFERENCES intake (id) ON DELETE SET NULL,
    type                 TEXT NOT NULL CHECK (type IN ('casusoverleg', 'ketenoverleg')),
    purpose              TEXT NOT NULL,
    held_on              TEXT NOT NULL,
    informed_on          TEXT,
    informed_how         TEXT NOT NULL DEFAULT '',
    attendance           TEXT CHECK (attendance IS NULL
        OR attendance IN ('aanwezig', 'afwezig', 'via_medewerker')),
    attendance_discussed INTEGER NOT NULL DEFAULT 0 CHECK (attendance_discussed IN (0, 1)),
    limits_recorded      INTEGER NOT NULL DEFAULT 0 CHECK (limits_recorded IN (0, 1)),
    discussion           TEXT CHECK (discussion IS NULL
        OR discussion IN ('anoniem', 'toestemming', 'veiligheid')),
    safety_ground        TEXT NOT NULL DEFAULT '',
    ready_at             TEXT,
    objected_at          TEXT,
    override_text        TEXT NOT NULL DEFAULT '',
    override_at          TEXT,
    identifiers          INTEGER NOT NULL DEFAULT 0 CHECK (identifiers IN (0, 1)),
    identifiers_reason   TEXT NOT NULL DEFAULT '',
    discussed_at         TEXT,
    feedback_on          TEXT,
    feedback_how         TEXT CHECK (feedback_how IS NULL
        OR feedback_how IN ('mondeling', 'schriftelijk')),
    outcome              TEXT NOT NULL DEFAULT '',
    purged_at            TEXT,
    created_at           TEXT NOT NULL,
    worker_id            TEXT NOT NULL,
    CHECK (discussion <> 'veiligheid' OR length(trim(safety_ground)) > 0),
    CHECK (override_at IS NULL OR length(trim(override_text)) > 0),
    CHECK (identifiers = 0 OR length(trim(identifiers_reason)) > 0)
) STRICT;

CREATE INDEX case_meeting_citizen ON case_meeting (citizen_id, held_on);
-- housekeeping: meetings whose details are still there, by date
CREATE INDEX case_meeting_unpurged ON case_meeting (held_on) WHERE purged_at IS NULL;

CREATE TABLE case_meeting_participant (
    id           TEXT PRIMARY KEY,
    meeting_id   TEXT NOT NULL REFERENCES case_meeting (id) ON DELETE CASCADE,
    organisation TEXT NOT NULL CHECK (length(trim(organisation)) > 0),
    role         TEXT NOT NULL CHECK (length(trim(role)) > 0),
    task_ground  TEXT NOT NULL CHECK (length(trim(task_ground)) > 0),
    adviser      INTEGER NOT NULL DEFAULT 0 CHECK (adviser IN (0, 1)),
    statutory_recipient_id TEXT,
    seq          INTEGER NOT NULL
) STRICT;

CREATE INDEX case_meeting_participant_meeting ON case_meeting_participant (meeting_id, seq);

-- The citizen's limits: nothing of this domain (or this item) to this participant (or to all).
CREATE TABLE case_meeting_limit (
    id             TEXT PRIMARY KEY,
    meeting_id     TEXT NOT NULL REFERENCES case_meeting (id) ON DELETE CASCADE,
    participant_id TEXT REFERENCES case_meeting_participant (id) ON DELETE CASCADE,
    domain         TEXT,
    item_key       TEXT,
    words          TEXT NOT NULL DEFAULT '',
    CHECK (domain IS NOT NULL OR item_key IS NOT NULL)
) STRICT;

CREATE INDEX case_meeting_limit_meeting ON case_meeting_limit (meeting_id);

CREATE TABLE case_meeting_agreement (
    id             TEXT PRIMARY KEY,
    meeting_id     TEXT NOT NULL REFERENCES case_meeting (id) ON DELETE CASCADE,
    participant_id TEXT NOT NULL REFERENCES case_meeting_participant (id) ON DELETE CASCADE,
    action         TEXT NOT NULL CHECK (length(trim(action)) > 0),
    items          TEXT NOT NULL CHECK (json_valid(items)),
    disclosure_id  TEXT,
    recorded_at    TEXT NOT NULL
) STRICT;

CREATE INDEX case_meeting_agreement_meeting ON case_meeting_agreement (meeting_id, recorded_at);
