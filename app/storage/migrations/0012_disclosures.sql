-- 0012: the disclosure log and third-party requests (issue 7; DESIGN section 1 "Sharing";
-- R-003-04, R-003-19, R-000-27/28/29/30, R-001-07, R-001-23, R-002-20). Every share, oral ones
-- too, is one row that is never updated: a correction is a new row naming the one it corrects.
-- Exactly one ground per row (wettelijk, toestemming, uitzondering) with what that ground
-- needs; no e-mail channel. A request from a third party is logged, and nothing may be given
-- on it before the discussion with the citizen is recorded.
CREATE TABLE third_party_request (
    id            TEXT PRIMARY KEY,
    citizen_id    TEXT NOT NULL REFERENCES citizen (id) ON DELETE CASCADE,
    organisation  TEXT NOT NULL CHECK (length(trim(organisation)) > 0),
    role          TEXT NOT NULL DEFAULT '',
    person        TEXT NOT NULL DEFAULT '',
    asked         TEXT NOT NULL CHECK (length(trim(asked)) > 0),  -- what was asked, in words
    received_on   TEXT NOT NULL,
    channel       TEXT NOT NULL
        CHECK (channel IN ('mondeling', 'telefonisch', 'schriftelijk', 'e-mail', 'beveiligd_kanaal')),
    discussed_on  TEXT,                                          -- with the citizen
    discussed_how TEXT NOT NULL DEFAULT '',
    outcome       TEXT NOT NULL DEFAULT 'open'
        CHECK (outcome IN ('open', 'gegeven', 'geweigerd', 'ingetrokken')),
    recorded_at   TEXT NOT NULL,
    worker_id     TEXT NOT NULL,
    CHECK (discussed_on IS NULL OR length(trim(discussed_how)) > 0),
    CHECK (outcome <> 'gegeven' OR discussed_on IS NOT NULL)
) STRICT;

CREATE INDEX third_party_request_citizen ON third_party_request (citizen_id, received_on);

CREATE TABLE disclosure (
    id                     TEXT PRIMARY KEY,
    citizen_id             TEXT NOT NULL REFERENCES citizen (id) ON DELETE CASCADE,
    intake_id              TEXT REFERENCES intake (id) ON DELETE SET NULL,
    at                     TEXT NOT NULL,                 -- moment of the share
    direction              TEXT NOT NULL CHECK (direction IN ('opvragen', 'verstrekken')),
    organisation           TEXT NOT NULL CHECK (length(trim(organisation)) > 0),
    role                   TEXT NOT NULL DEFAULT '',
    person                 TEXT NOT NULL DEFAULT '',
    items                  TEXT NOT NULL CHECK (json_valid(items) AND json_array_length(items) > 0),
    info                   TEXT NOT NULL CHECK (info IN ('dat', 'wat')),
    purpose                TEXT NOT NULL CHECK (length(trim(purpose)) > 0),
    ground                 TEXT NOT NULL CHECK (ground IN ('wettelijk', 'toestemming', 'uitzondering')),
    channel                TEXT NOT NULL CHECK (channel IN ('mondeling', 'telefonisch', 'op_papier',
        'versleutelde_bundel', 'casusoverleg', 'beveiligd_kanaal')),
    consent_id             TEXT,                          -- restriction the worker chose
    statutory_recipient_id TEXT,
    legal_ground           TEXT NOT NULL DEFAULT '',
    reason                 TEXT CHECK (reason IS NULL OR reason IN ('veilig_thuis', 'kindveiligheid',
        'gevaar', 'raad_kinderbescherming', 'rechterlijk_bevel', 'jeugdbeschermingsplein', 'sisa',
        'veiligheidshuis', 'pga_deskundige', 'vitaal_belang')),
    minimum_data           TEXT NOT NULL DEFAULT '',
    citizen_told_on        TEXT,
    parents_told_on        TEXT,
    postpone_reason        TEXT NOT NULL DEFAULT '',
    review_on              TEXT,
    justification          TEXT NOT NULL DEFAULT '',
    second_person          TEXT NOT NULL DEFAULT '',
    against_will           INTEGER NOT NULL DEFAULT 0 CHECK (against_will IN (0, 1)),
    flagged                INTEGER NOT NULL DEFAULT 0 CHECK (flagged IN (0, 1)),
    corrects               TEXT REFERENCES disclosure (id) ON DELETE CASCADE,
    third_party_request_id TEXT REFERENCES third_party_request (id) ON DELETE SET NULL,
    recorded_at            TEXT NOT NULL,
    worker_id              TEXT NOT NULL,
    CHECK (ground <> 'uitzondering' OR (reason IS NOT NULL AND length(trim(legal_ground)) > 0
        AND length(trim(minimum_data)) > 0 AND (citizen_told_on IS NOT NULL
        OR (length(trim(postpone_reason)) > 0 AND review_on IS NOT NULL)))),
    CHECK (ground = 'uitzondering' OR reason IS NULL),
    CHECK (reason NOT IN ('vitaal_belang', 'sisa') OR length(trim(justification)) > 0),
    CHECK (flagged = 0 OR (length(trim(second_person)) > 0 AND length(trim(justification)) > 0))
) STRICT;

CREATE INDEX disclosure_citizen ON disclosure (citizen_id, at);
CREATE INDEX disclosure_intake ON disclosure (intake_id);
CREATE INDEX disclosure_corrects ON disclosure (corrects);
CREATE INDEX disclosure_request ON disclosure (third_party_request_id);

-- Links to an intake or a request may be cut (SET NULL when those go); nothing else changes.
CREATE TRIGGER disclosure_no_update BEFORE UPDATE OF
    id, citizen_id, at, direction, organisation, role, person, items, info, purpose, ground,
    channel, consent_id, statutory_recipient_id, legal_ground, reason, minimum_data,
    citizen_told_on, parents_told_on, postpone_reason, review_on, justification, second_person,
    against_will, flagged, corrects, recorded_at, worker_id ON disclosure
BEGIN SELECT RAISE(ABORT, 'the disclosure log is append-only'); END;
