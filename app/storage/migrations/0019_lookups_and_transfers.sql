-- 0019: a manual lookup in another system carries a reason (R-001-28), and a note moved from
-- the wijkteam's hulpverlening into the college's toeleiding carries the care worker's
-- necessity judgement (R-004-18). Nothing is ever prefilled from another system: a lookup is
-- recorded after the worker looked something up by hand, with why it was needed.

CREATE TABLE manual_lookup (
    id          TEXT PRIMARY KEY,
    intake_id   TEXT NOT NULL REFERENCES intake (id) ON DELETE CASCADE,
    source      TEXT NOT NULL CHECK (source IN ('brp', 'suwinet', 'gemeentelijke_registratie',
                                                'ander_systeem')),
    reason      TEXT NOT NULL CHECK (length(trim(reason)) >= 10),
    on_date     TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    worker_id   TEXT NOT NULL
) STRICT;

CREATE INDEX manual_lookup_intake ON manual_lookup (intake_id, on_date);

-- The toeleiding copy is a new note; the hulpverlening note stays where it was. The link to
-- the original is cut (SET NULL) when that note is deleted; the judgement goes with the copy.
CREATE TABLE role_transfer (
    id           TEXT PRIMARY KEY,
    from_note_id TEXT REFERENCES note (id) ON DELETE SET NULL,
    to_note_id   TEXT NOT NULL REFERENCES note (id) ON DELETE CASCADE,
    judgement    TEXT NOT NULL CHECK (length(trim(judgement)) >= 20),
    judged_by    TEXT NOT NULL CHECK (length(trim(judged_by)) > 0),
    judged_on    TEXT NOT NULL,
    recorded_at  TEXT NOT NULL,
    worker_id    TEXT NOT NULL
) STRICT;

CREATE INDEX role_transfer_to ON role_transfer (to_note_id);
CREATE INDEX role_transfer_from ON role_transfer (from_note_id);
