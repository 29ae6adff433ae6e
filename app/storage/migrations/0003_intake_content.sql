-- 0003: what an intake may hold besides help requests and scores (issue 4). Notes gain source,
-- date, role, a fact reference and a history of versions; the citizen's own view beside any
-- entry; the "andere zorgen?" answer, review and close on the intake; extra first-contact
-- fields only when a help-request type needs them; identity check without any image; network
-- persons (four fields only); limitations and the medical adviser's conclusion (no diagnosis,
-- medication or document field anywhere); a log of documents seen (never their content); the
-- Wmo onderzoek items; restricted meldcode signals; household links with a reason; triage.

ALTER TABLE note ADD COLUMN source TEXT NOT NULL DEFAULT 'inwoner'
    CHECK (source IN ('inwoner', 'medewerker', 'netwerk', 'professional', 'document'));
ALTER TABLE note ADD COLUMN on_date TEXT;
ALTER TABLE note ADD COLUMN role TEXT CHECK (role IS NULL OR role IN ('toeleiding', 'hulpverlening'));
ALTER TABLE note ADD COLUMN refers_to TEXT REFERENCES note (id);
ALTER TABLE note ADD COLUMN special INTEGER NOT NULL DEFAULT 0 CHECK (special IN (0, 1));
ALTER TABLE note ADD COLUMN worker_id TEXT NOT NULL DEFAULT '';

-- Earlier wordings of a corrected note: a correction never erases what was written before.
CREATE TABLE note_version (
    note_id     TEXT NOT NULL REFERENCES note (id) ON DELETE CASCADE,
    version     INTEGER NOT NULL,
    body        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    replaced_at TEXT NOT NULL,
    worker_id   TEXT NOT NULL,
    PRIMARY KEY (note_id, version)
) STRICT;

-- The citizen's own view beside an entry the worker finds necessary (samen terugkijken).
CREATE TABLE citizen_view (
    intake_id   TEXT NOT NULL REFERENCES intake (id) ON DELETE CASCADE,
    object_type TEXT NOT NULL,
    object_id   TEXT NOT NULL,
    text        TEXT NOT NULL CHECK (length(trim(text)) > 0),
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (intake_id, object_type, object_id)
) STRICT;

ALTER TABLE intake ADD COLUMN concerns_answer TEXT;   -- "andere zorgen?"; NULL: not asked yet
ALTER TABLE intake ADD COLUMN reviewed_at TEXT;       -- samen terugkijken finished
ALTER TABLE intake ADD COLUMN closed_at TEXT;
ALTER TABLE intake ADD COLUMN close_note TEXT NOT NULL DEFAULT '';
ALTER TABLE intake ADD COLUMN purge_after TEXT;       -- niet doorgezet: content goes after this

-- BSN, income and residence status: only when a help request's type needs them (R-000-14).
CREATE TABLE first_contact_extra (
    intake_id TEXT NOT NULL REFERENCES intake (id) ON DELETE CASCADE,
    field     TEXT NOT NULL CHECK (field IN ('bsn', 'inkomen', 'verblijfsstatus')),
    value     TEXT NOT NULL,
    PRIMARY KEY (intake_id, field)
) STRICT;

-- What was checked, never a copy or photo (R-004-01).
CREATE TABLE identity_check (
    intake_id   TEXT PRIMARY KEY REFERENCES intake (id) ON DELETE CASCADE,
    doc_type    TEXT NOT NULL
        CHECK (doc_type IN ('paspoort', 'identiteitskaart', 'rijbewijs', 'verblijfsdocument')),
    doc_number  TEXT NOT NULL,
    expires_on  TEXT NOT NULL,
    verified_by TEXT NOT NULL,
    verified_at TEXT NOT NULL
) STRICT;

CREATE TABLE network_person (
    id         TEXT PRIMARY KEY,
    intake_id  TEXT NOT NULL REFERENCES intake (id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    relation   TEXT NOT NULL,
    contact    TEXT NOT NULL DEFAULT '',
    support    TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
) STRICT;

-- A functional limitation (beperking) in an open domain: health data, never a diagnosis.
CREATE TABLE limitation (
    id          TEXT PRIMARY KEY,
    intake_id   TEXT NOT NULL REFERENCES intake (id) ON DELETE CASCADE,
    domain      TEXT NOT NULL,
    description TEXT NOT NULL,
    source      TEXT NOT NULL,
    on_date     TEXT NOT NULL,
    worker_id   TEXT NOT NULL
) STRICT;

CREATE TABLE medical_advice (
    id         TEXT PRIMARY KEY,
    intake_id  TEXT NOT NULL REFERENCES intake (id) ON DELETE CASCADE,
    conclusion TEXT NOT NULL,
    on_date    TEXT NOT NULL
) STRICT;

-- A document the citizen handed over: seen, and what happened to it. Its content: nowhere.
CREATE TABLE medical_document (
    id               TEXT PRIMARY KEY,
    intake_id        TEXT NOT NULL REFERENCES intake (id) ON DELETE CASCADE,
    seen_on          TEXT NOT NULL,
    source_type      TEXT NOT NULL
        CHECK (source_type IN ('huisarts', 'specialist', 'ziekenhuis', 'ggz', 'anders')),
    disposition      TEXT CHECK (disposition IS NULL OR disposition IN
        ('teruggegeven', 'vernietigd', 'doorgestuurd_medisch_adviseur')),
    citizen_informed INTEGER NOT NULL DEFAULT 0 CHECK (citizen_informed IN (0, 1)),
    disposed_at      TEXT
) STRICT;

-- Wmo 2015 art. 2.3.2 lid 4 onderzoek items, and what was explained (persoonlijk plan,
-- cliëntondersteuning, pgb). Part of every Wmo intake; not domains.
CREATE TABLE onderzoek_item (
    intake_id TEXT NOT NULL REFERENCES intake (id) ON DELETE CASCADE,
    item      TEXT NOT NULL,
    text      TEXT NOT NULL,
    on_date   TEXT NOT NULL,
    PRIMARY KEY (intake_id, item)
) STRICT;

-- Outside the domain gate; restricted: not in the review list, the read-along view or outputs.
CREATE TABLE meldcode_signal (
    id          TEXT PRIMARY KEY,
    intake_id   TEXT NOT NULL REFERENCES intake (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('huiselijk_geweld', 'kindermishandeling')),
    signs       TEXT NOT NULL,
    steps       TEXT NOT NULL DEFAULT '{}',       -- JSON: step id -> ISO date taken
    recorded_at TEXT NOT NULL,
    worker_id   TEXT NOT NULL
) STRICT;

CREATE TABLE household_link (
    citizen_id       TEXT NOT NULL REFERENCES citizen (id) ON DELETE CASCADE,
    other_citizen_id TEXT NOT NULL REFERENCES citizen (id) ON DELETE CASCADE,
    reason           TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    created_at       TEXT NOT NULL,
    PRIMARY KEY (citizen_id, other_citizen_id),
    CHECK (citizen_id <> other_citizen_id)
) STRICT;

-- Triage moments: per open domain "nog nodig" or "verwijderen" (content deleted then).
CREATE TABLE triage (
    intake_id TEXT NOT NULL REFERENCES intake (id) ON DELETE CASCADE,
    domain    TEXT NOT NULL,
    decision  TEXT NOT NULL CHECK (decision IN ('nodig', 'verwijderd')),
    at        TEXT NOT NULL,
    worker_id TEXT NOT NULL
) STRICT;

CREATE INDEX network_person_intake ON network_person (intake_id);
CREATE INDEX limitation_intake ON limitation (intake_id, domain);
CREATE INDEX medical_document_intake ON medical_document (intake_id);
CREATE INDEX meldcode_signal_intake ON meldcode_signal (intake_id);
