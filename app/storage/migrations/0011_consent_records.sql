-- 0011: consent records and their events (issue 7; DESIGN section 1 "Sharing"; R-000-27,
-- R-001-12, R-004-07/08/09). A record is the citizen's decision (permit or deny) on one concrete
-- consent: it copies the checked terms and is never updated (a change of purpose, item or party
-- is a new record that may name the one it supersedes). Given, renewed, withdrawn, expired and
-- entered in error are events. The integrity hash covers the record's canonical form (the
-- links to intake, form and superseded record are left out: a purge may set them to NULL).
CREATE TABLE consent_record (
    id               TEXT PRIMARY KEY,
    citizen_id       TEXT NOT NULL REFERENCES citizen (id) ON DELETE CASCADE,
    intake_id        TEXT REFERENCES intake (id) ON DELETE SET NULL,
    request_id       TEXT REFERENCES consent_request (id) ON DELETE SET NULL,
    supersedes       TEXT REFERENCES consent_record (id) ON DELETE SET NULL,
    version          INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    kind             TEXT NOT NULL CHECK (kind IN ('geheimhouding', 'wettelijk', 'avg')),
    direction        TEXT NOT NULL CHECK (direction IN ('opvragen', 'verstrekken')),
    controller       TEXT NOT NULL CHECK (length(trim(controller)) > 0),
    organisation     TEXT NOT NULL CHECK (length(trim(organisation)) > 0),
    party_role       TEXT NOT NULL DEFAULT '',
    person           TEXT NOT NULL DEFAULT '',
    items            TEXT NOT NULL CHECK (json_valid(items) AND json_array_length(items) > 0),
    purpose          TEXT NOT NULL CHECK (length(trim(purpose)) > 0),
    help_request_id  TEXT,
    law              TEXT NOT NULL CHECK (length(trim(law)) > 0),
    grantor          TEXT NOT NULL CHECK (length(trim(grantor)) > 0),
    capacity         TEXT NOT NULL CHECK (capacity IN
        ('inwoner', 'wettelijk_vertegenwoordiger', 'ouder_met_gezag', 'jongere_vanaf_12')),
    method           TEXT NOT NULL CHECK (method IN ('mondeling', 'schriftelijk')),
    attestation      TEXT NOT NULL DEFAULT '',
    decision         TEXT NOT NULL CHECK (decision IN ('permit', 'deny')),
    template_version TEXT NOT NULL DEFAULT '',
    language         TEXT NOT NULL DEFAULT 'nl',
    valid_from       TEXT NOT NULL,
    valid_until      TEXT NOT NULL,
    recorded_at      TEXT NOT NULL,
    worker_id        TEXT NOT NULL,
    integrity_hash   TEXT NOT NULL CHECK (length(integrity_hash) = 64),
    CHECK (valid_until >= valid_from),
    CHECK (method <> 'mondeling' OR decision = 'deny' OR length(trim(attestation)) > 0)
) STRICT;

CREATE INDEX consent_record_citizen ON consent_record (citizen_id, recorded_at);
CREATE INDEX consent_record_intake ON consent_record (intake_id);

CREATE TRIGGER consent_record_no_update BEFORE UPDATE OF
    citizen_id, version, kind, direction, controller, organisation, party_role,
    person, items, purpose, help_request_id, law, grantor, capacity, method, attestation,
    decision, template_version, language, valid_from, valid_until, recorded_at, worker_id,
    integrity_hash ON consent_record
BEGIN SELECT RAISE(ABORT, 'consent records are append-only'); END;

CREATE TABLE consent_event (
    consent_id  TEXT NOT NULL REFERENCES consent_record (id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL CHECK (seq >= 1),
    kind        TEXT NOT NULL
        CHECK (kind IN ('given', 'renewed', 'withdrawn', 'expired', 'entered_in_error')),
    at          TEXT NOT NULL,
    method      TEXT NOT NULL DEFAULT '' CHECK (method IN ('', 'mondeling', 'schriftelijk')),
    by_whom     TEXT NOT NULL DEFAULT '',
    valid_until TEXT,
    note        TEXT NOT NULL DEFAULT '',
    worker_id   TEXT NOT NULL,
    PRIMARY KEY (consent_id, seq),
    CHECK (kind <> 'renewed' OR valid_until IS NOT NULL),
    CHECK (kind <> 'withdrawn' OR length(trim(by_whom)) > 0)
) STRICT;

CREATE TRIGGER consent_event_no_update BEFORE UPDATE ON consent_event
BEGIN SELECT RAISE(ABORT, 'consent events are append-only'); END;
