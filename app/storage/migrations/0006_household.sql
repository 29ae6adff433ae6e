-- 0006: households and triage moments (issue 5; DESIGN section 5, R-004-17, R-001-15,
-- R-001-06, R-002-09).
--
-- Each household member keeps their own citizen record and dossiers; a household only links
-- members, each with the reason for the link, under one household plan (a short label and the
-- shared plan: shared problems only). The few family facts are optional and may be answered
-- "niet relevant"; no name or birth date of a family member is asked anywhere.
-- The pairwise household_link of 0003 is converted: every link becomes a household of its two
-- citizens, both with the link's reason, and the old table goes.
--
-- A triage moment (referral, escalation, change or end of help) records the decision, the data
-- judged necessary and the data passed on; its per-domain "nog nodig"/"verwijderd" answers are
-- the existing triage rows, now pointing at their moment.

CREATE TABLE household (
    id         TEXT PRIMARY KEY,
    plan_label TEXT NOT NULL DEFAULT '',
    plan_text  TEXT NOT NULL DEFAULT '',
    minors     TEXT CHECK (minors IS NULL OR minors IN ('ja', 'nee', 'onbekend', 'niet_relevant')),
    adults     TEXT CHECK (adults IS NULL OR adults IN ('ja', 'nee', 'onbekend', 'niet_relevant')),
    carer      TEXT CHECK (carer IS NULL OR carer IN ('ja', 'nee', 'onbekend', 'niet_relevant')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE household_member (
    household_id TEXT NOT NULL REFERENCES household (id) ON DELETE CASCADE,
    citizen_id   TEXT NOT NULL REFERENCES citizen (id) ON DELETE CASCADE,
    reason       TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    relation     TEXT CHECK (relation IS NULL OR relation IN
        ('partner', 'ouder', 'kind', 'huisgenoot', 'niet_relevant')),
    added_at     TEXT NOT NULL,
    PRIMARY KEY (household_id, citizen_id)
) STRICT;

CREATE INDEX household_member_citizen ON household_member (citizen_id);

-- A plan without members goes with its last member (also when a citizen record is deleted).
CREATE TRIGGER household_without_members AFTER DELETE ON household_member
WHEN NOT EXISTS (SELECT 1 FROM household_member WHERE household_id = OLD.household_id)
BEGIN DELETE FROM household WHERE id = OLD.household_id; END;

CREATE TABLE household_link_map AS
    SELECT lower(hex(randomblob(16))) AS household_id, citizen_id, other_citizen_id, reason,
           created_at
    FROM household_link;

INSERT INTO household (id, created_at, updated_at)
    SELECT household_id, created_at, created_at FROM household_link_map;

INSERT INTO household_member (household_id, citizen_id, reason, added_at)
    SELECT household_id, citizen_id, reason, created_at FROM household_link_map
    UNION ALL
    SELECT household_id, other_citizen_id, reason, created_at FROM household_link_map;

DROP TABLE household_link_map;
DROP TABLE household_link;

CREATE TABLE triage_moment (
    id        TEXT PRIMARY KEY,
    intake_id TEXT NOT NULL REFERENCES intake (id) ON DELETE CASCADE,
    kind      TEXT NOT NULL CHECK (kind IN ('verwijzing', 'escalatie', 'wijziging', 'einde')),
    decision  TEXT NOT NULL CHECK (decision IN ('verhelderen', 'plan', 'escaleren')),
    necessary TEXT NOT NULL CHECK (length(trim(necessary)) > 0),
    passed_on TEXT NOT NULL CHECK (length(trim(passed_on)) > 0),
    at        TEXT NOT NULL,
    worker_id TEXT NOT NULL
) STRICT;

-- last_scope_review(): the newest moment per intake (R-002-10 reads it).
CREATE INDEX triage_moment_intake ON triage_moment (intake_id, at);

ALTER TABLE triage ADD COLUMN moment_id TEXT REFERENCES triage_moment (id) ON DELETE CASCADE;

-- (triage rows by intake: index triage_intake of 0004)
CREATE INDEX triage_moment_rows ON triage (moment_id);
