-- 0001: the foundation. Vault metadata, settings, the audit chain, drafts, the agency profile,
-- and a minimal citizen/note pair that later migrations extend (intake, dossier, consent).

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

-- Settings about the organisation and the worker: never in QSettings (plaintext).
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL            -- JSON
) STRICT;

-- Hash-chained, append-only: ids and actions, never content.
CREATE TABLE audit_event (
    seq         INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,     -- ISO 8601 UTC
    actor       TEXT NOT NULL,     -- roster worker id
    action      TEXT NOT NULL,
    object_type TEXT NOT NULL DEFAULT '',
    object_id   TEXT NOT NULL DEFAULT '',
    count       INTEGER NOT NULL DEFAULT 1,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL UNIQUE
) STRICT;

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;

-- Text being typed, saved encrypted so a lock never loses a word.
CREATE TABLE draft (
    view_key   TEXT NOT NULL,
    field_key  TEXT NOT NULL,
    text       TEXT NOT NULL,
    cursor     INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (view_key, field_key)
) STRICT;

-- Installed agency profiles (signed TOML), newest version last. The first one pins the key.
CREATE TABLE agency_profile (
    id          INTEGER PRIMARY KEY,
    profile_id  TEXT NOT NULL,
    version     INTEGER NOT NULL,
    public_key  TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    text        TEXT NOT NULL,
    installed_at TEXT NOT NULL
) STRICT;

CREATE TABLE citizen (
    id            TEXT PRIMARY KEY,  -- uuid
    case_number   TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    date_of_birth TEXT,              -- ISO date
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
) STRICT;

CREATE INDEX citizen_name ON citizen (name COLLATE NOCASE);
CREATE INDEX citizen_dob ON citizen (date_of_birth);

CREATE TABLE note (
    id          TEXT PRIMARY KEY,    -- uuid
    citizen_id  TEXT NOT NULL REFERENCES citizen (id) ON DELETE CASCADE,
    body        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;

CREATE INDEX note_citizen ON note (citizen_id, created_at);
