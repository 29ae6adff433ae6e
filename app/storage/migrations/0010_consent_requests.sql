-- 0010: what a consent form asks, and the medical route's questions (issue 6; DESIGN section 1
-- "Sharing" and "Medical"; R-000-22/23/25, R-001-10, R-002-16, R-004-06/08). A row exists only
-- after the pure checks passed: named holder or recipient, named items, purpose, law, an end
-- date, who grants in which capacity, the worker's four ticks. The citizen's decision and any
-- withdrawal are consent records (issue 7). The doctor's answer is never stored.
CREATE TABLE consent_request (
    id              TEXT PRIMARY KEY,
    intake_id       TEXT NOT NULL REFERENCES intake (id) ON DELETE CASCADE,
    kind            TEXT NOT NULL CHECK (kind IN ('geheimhouding', 'wettelijk', 'avg')),
    direction       TEXT NOT NULL CHECK (direction IN ('opvragen', 'verstrekken')),
    controller      TEXT NOT NULL CHECK (length(trim(controller)) > 0),
    organisation    TEXT NOT NULL CHECK (length(trim(organisation)) > 0),
    party_role      TEXT NOT NULL DEFAULT '',
    person          TEXT NOT NULL DEFAULT '',
    items           TEXT NOT NULL CHECK (json_valid(items) AND json_array_length(items) > 0),
    purpose         TEXT NOT NULL CHECK (length(trim(purpose)) > 0),
    law             TEXT NOT NULL CHECK (length(trim(law)) > 0),
    valid_until     TEXT NOT NULL,                -- ISO date; or the decision, if earlier
    answer_to       TEXT NOT NULL DEFAULT '',     -- a GP's answer goes to the adviser only
    grantor         TEXT NOT NULL CHECK (length(trim(grantor)) > 0),
    capacity        TEXT NOT NULL CHECK (capacity IN
        ('inwoner', 'wettelijk_vertegenwoordiger', 'ouder_met_gezag', 'jongere_vanaf_12')),
    method          TEXT NOT NULL CHECK (method IN ('mondeling', 'schriftelijk')),
    necessity       INTEGER NOT NULL CHECK (necessity = 1),
    subsidiarity    INTEGER NOT NULL CHECK (subsidiarity = 1),
    proportionality INTEGER NOT NULL CHECK (proportionality = 1),
    explained       INTEGER NOT NULL CHECK (explained = 1),   -- "toelichting gegeven"
    created_at      TEXT NOT NULL,
    worker_id       TEXT NOT NULL
) STRICT;

CREATE INDEX consent_request_intake ON consent_request (intake_id, created_at);

CREATE TABLE medical_request (
    id           TEXT PRIMARY KEY,
    intake_id    TEXT NOT NULL REFERENCES intake (id) ON DELETE CASCADE,
    practice     TEXT NOT NULL CHECK (length(trim(practice)) > 0),
    professional TEXT NOT NULL CHECK (length(trim(professional)) > 0),
    adviser      TEXT NOT NULL CHECK (length(trim(adviser)) > 0),
    questions    TEXT NOT NULL CHECK (json_valid(questions) AND json_array_length(questions) > 0),
    purpose      TEXT NOT NULL CHECK (length(trim(purpose)) > 0),
    law          TEXT NOT NULL CHECK (length(trim(law)) > 0),
    known        TEXT NOT NULL CHECK (length(trim(known)) > 0),
    valid_until  TEXT NOT NULL,
    grantor      TEXT NOT NULL CHECK (length(trim(grantor)) > 0),
    capacity     TEXT NOT NULL CHECK (capacity IN
        ('inwoner', 'wettelijk_vertegenwoordiger', 'ouder_met_gezag', 'jongere_vanaf_12')),
    explained    INTEGER NOT NULL CHECK (explained = 1),
    created_at   TEXT NOT NULL,
    worker_id    TEXT NOT NULL
) STRICT;

CREATE INDEX medical_request_intake ON medical_request (intake_id, created_at);
