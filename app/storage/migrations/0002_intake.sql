-- 0002: the intake conversation (issue 4). Dossier per person, law and role; intakes with the
-- information handover first; help requests; the domain gate (proposals and the citizen's
-- ja/nee, withdrawals); ZRM scores only with a basis; notes gain intake, domain, kind and
-- compartment. Refusals are rows without content.

CREATE TABLE dossier (
    id             TEXT PRIMARY KEY,
    citizen_id     TEXT NOT NULL REFERENCES citizen (id) ON DELETE CASCADE,
    law            TEXT NOT NULL CHECK (law IN ('wmo', 'jeugdwet', 'participatiewet', 'wgs')),
    role           TEXT NOT NULL CHECK (role IN ('toeleiding', 'hulpverlening')),
    controller     TEXT NOT NULL,
    basis_art6     TEXT NOT NULL,
    basis_art9     TEXT,
    created_at     TEXT NOT NULL
) STRICT;

CREATE INDEX dossier_citizen ON dossier (citizen_id);

CREATE TABLE intake (
    id              TEXT PRIMARY KEY,
    dossier_id      TEXT NOT NULL REFERENCES dossier (id) ON DELETE CASCADE,
    started_at      TEXT NOT NULL,
    place           TEXT NOT NULL DEFAULT '',
    mode            TEXT NOT NULL CHECK (mode IN ('alleen_contact', 'enkelvoudig', 'complex')),
    present         TEXT NOT NULL DEFAULT '[]',  -- JSON: roles of others present (agreed)
    minors          TEXT NOT NULL DEFAULT 'onbekend' CHECK (minors IN ('ja', 'nee', 'onbekend')),
    status          TEXT NOT NULL DEFAULT 'open',
    mapping_version TEXT NOT NULL
) STRICT;

CREATE INDEX intake_dossier ON intake (dossier_id);

CREATE TABLE information_handover (
    intake_id       TEXT PRIMARY KEY REFERENCES intake (id) ON DELETE CASCADE,
    sheet_version   TEXT NOT NULL,
    language        TEXT NOT NULL,
    format          TEXT NOT NULL,
    checklist       TEXT NOT NULL,               -- JSON list of items explained orally
    acknowledgement TEXT NOT NULL
        CHECK (acknowledgement IN ('getekend', 'geinformeerd_niet_getekend', 'later')),
    reason          TEXT NOT NULL DEFAULT '',
    recorded_at     TEXT NOT NULL,
    worker_id       TEXT NOT NULL
) STRICT;

CREATE TABLE help_request (
    id         TEXT PRIMARY KEY,
    intake_id  TEXT NOT NULL REFERENCES intake (id) ON DELETE CASCADE,
    words      TEXT NOT NULL,                    -- the citizen's own words
    type_id    TEXT NOT NULL,
    created_at TEXT NOT NULL
) STRICT;

CREATE INDEX help_request_intake ON help_request (intake_id, created_at);

-- A proposal (agreed IS NULL) and later the citizen's answer. A 'nee' keeps no content.
CREATE TABLE domain_decision (
    intake_id              TEXT NOT NULL REFERENCES intake (id) ON DELETE CASCADE,
    domain                 TEXT NOT NULL,
    trigger                TEXT NOT NULL CHECK (trigger IN ('citizen_raised', 'strong_indication')),
    concern                TEXT NOT NULL,
    indication_reason      TEXT NOT NULL DEFAULT '',
    proportionality_reason TEXT NOT NULL DEFAULT '',
    agreed                 INTEGER CHECK (agreed IN (0, 1)),
    answered_at            TEXT,
    worker_id              TEXT NOT NULL,
    withdrawn_at           TEXT,
    PRIMARY KEY (intake_id, domain)
) STRICT;

CREATE TABLE zrm_score (
    intake_id TEXT NOT NULL REFERENCES intake (id) ON DELETE CASCADE,
    domain    TEXT NOT NULL,
    value     INTEGER NOT NULL CHECK (value BETWEEN 1 AND 5),
    basis     TEXT NOT NULL CHECK (length(trim(basis)) > 0),
    on_date   TEXT NOT NULL,
    PRIMARY KEY (intake_id, domain)
) STRICT;

ALTER TABLE note ADD COLUMN intake_id TEXT REFERENCES intake (id) ON DELETE CASCADE;
ALTER TABLE note ADD COLUMN domain TEXT;
ALTER TABLE note ADD COLUMN kind TEXT NOT NULL DEFAULT 'feit'
    CHECK (kind IN ('feit', 'waarneming', 'interpretatie', 'afspraak'));
ALTER TABLE note ADD COLUMN compartment TEXT NOT NULL DEFAULT 'dossier'
    CHECK (compartment IN ('dossier', 'werkdossier', 'persoonlijk', 'vertrouwelijk'));

CREATE INDEX note_intake ON note (intake_id, domain);
