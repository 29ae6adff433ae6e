-- 0005: who decides for whom, who else is at the table, refusals, capacity and escalation
-- (issue 5; DESIGN section 1 "Who decides for whom"; R-004-26). Minimal data: no BSN, no copy
-- of any court order or authorisation, only how it was seen and an optional reference.

-- A citizen's representatives, ended (never deleted) when the representation stops.
CREATE TABLE representative (
    id          TEXT PRIMARY KEY,
    citizen_id  TEXT NOT NULL REFERENCES citizen (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('curator', 'mentor', 'gevolmachtigde',
        'bewindvoerder', 'ouder_met_gezag', 'voogd', 'partner', 'ouder', 'kind', 'broer_zus')),
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    contact     TEXT NOT NULL DEFAULT '',
    scope       TEXT NOT NULL DEFAULT '',       -- the written scope of a gevolmachtigde
    acts        TEXT NOT NULL DEFAULT '[]',     -- JSON: acts that scope covers
    since       TEXT,                           -- ISO date, NULL: unknown
    seen        TEXT NOT NULL CHECK (seen IN ('beschikking_kantonrechter',
        'curatele_bewindregister', 'volmacht_gezien', 'gezagsregister', 'verklaring',
        'nog_niet_gezien')),
    reference   TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL,
    worker_id   TEXT NOT NULL,
    ended_on    TEXT,
    CHECK (kind <> 'gevolmachtigde' OR (length(trim(scope)) > 0 AND acts <> '[]'))
) STRICT;

CREATE INDEX representative_citizen ON representative (citizen_id, ended_on);

-- People present at an intake, each only with the citizen's agreement (agreed is always 1).
CREATE TABLE intake_present (
    id              TEXT PRIMARY KEY,
    intake_id       TEXT NOT NULL REFERENCES intake (id) ON DELETE CASCADE,
    role            TEXT NOT NULL CHECK (role IN ('partner', 'familielid', 'mantelzorger',
        'clientondersteuner', 'tolk_professioneel', 'tolk_informeel', 'buur_vriend', 'anders')),
    name            TEXT NOT NULL DEFAULT '',    -- role only unless needed
    agreed          INTEGER NOT NULL CHECK (agreed = 1),
    confidentiality TEXT CHECK (
        (role = 'tolk_professioneel' AND confidentiality IS 'beroepscode')
        OR (role = 'tolk_informeel' AND coalesce(confidentiality, '') IN ('gevraagd', 'niet_gevraagd'))
        OR (role NOT IN ('tolk_professioneel', 'tolk_informeel') AND confidentiality IS NULL)),
    recorded_at     TEXT NOT NULL,
    worker_id       TEXT NOT NULL
) STRICT;

CREATE INDEX intake_present_intake ON intake_present (intake_id, recorded_at);

-- Refusal of help or of consent. An intake's refusal loses its words when that intake's
-- content is purged (niet doorgezet); the fact and the date stay.
CREATE TABLE refusal (
    id          TEXT PRIMARY KEY,
    citizen_id  TEXT NOT NULL REFERENCES citizen (id) ON DELETE CASCADE,
    intake_id   TEXT REFERENCES intake (id) ON DELETE SET NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('weigering_hulp', 'weigering_toestemming')),
    what        TEXT NOT NULL,
    on_date     TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    worker_id   TEXT NOT NULL,
    purged      INTEGER NOT NULL DEFAULT 0 CHECK (purged IN (0, 1)),
    CHECK (length(trim(what)) > 0 OR purged = 1)
) STRICT;

CREATE INDEX refusal_citizen ON refusal (citizen_id, on_date);
CREATE INDEX refusal_intake ON refusal (intake_id);

-- Wilsonbekwaam ter zake: one matter, who assessed it, and the representative who then acts.
CREATE TABLE incapacity (
    id                TEXT PRIMARY KEY,
    citizen_id        TEXT NOT NULL REFERENCES citizen (id) ON DELETE CASCADE,
    intake_id         TEXT REFERENCES intake (id) ON DELETE SET NULL,
    act               TEXT NOT NULL CHECK (act IN ('toestemming', 'inzage', 'correctie',
        'vernietiging', 'aanvraag', 'verslag', 'financien', 'jeugdhulp')),
    details           TEXT NOT NULL DEFAULT '',
    assessed_by       TEXT NOT NULL CHECK (length(trim(assessed_by)) > 0),
    assessed_on       TEXT NOT NULL,
    representative_id TEXT REFERENCES representative (id) ON DELETE SET NULL,
    recorded_at       TEXT NOT NULL,
    worker_id         TEXT NOT NULL,
    ended_on          TEXT
) STRICT;

CREATE INDEX incapacity_citizen ON incapacity (citizen_id, act);

-- Escalation to bemoeizorg or the GGD: never without a reason; against the citizen's will
-- only with a second worker (roster id, not the acting worker), flagged for counting.
CREATE TABLE escalation (
    id               TEXT PRIMARY KEY,
    citizen_id       TEXT NOT NULL REFERENCES citizen (id) ON DELETE CASCADE,
    intake_id        TEXT REFERENCES intake (id) ON DELETE SET NULL,
    target           TEXT NOT NULL CHECK (target IN ('bemoeizorg', 'ggd')),
    reason           TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    on_date          TEXT NOT NULL,
    against_will     INTEGER NOT NULL DEFAULT 0 CHECK (against_will IN (0, 1)),
    second_worker_id TEXT NOT NULL DEFAULT '',
    recorded_at      TEXT NOT NULL,
    worker_id        TEXT NOT NULL,
    CHECK ((against_will = 0 AND second_worker_id = '')
        OR (against_will = 1 AND second_worker_id <> '' AND second_worker_id <> worker_id))
) STRICT;

CREATE INDEX escalation_citizen ON escalation (citizen_id, on_date);
CREATE INDEX escalation_against_will ON escalation (against_will, on_date);
