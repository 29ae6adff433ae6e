-- 0017: retention (issue 8; DESIGN section 1 "Retention"; R-000-40, R-001-24, R-002-27,
-- R-004-14). The laptop is not the archive: the case system's confirmed receipt of a dossier
-- starts the local copy's short period; closing a case records a retention decision per data
-- block; werkdossier items that contributed to the decision are marked for the archive export.
-- Statutory dates are computed from the dossier's own dates, never stored twice. Nothing here
-- holds content; everything goes with its citizen.

-- The case system confirmed receipt of the dossier (or a colleague took it over).
CREATE TABLE dossier_handover (
    dossier_id   TEXT PRIMARY KEY REFERENCES dossier (id) ON DELETE CASCADE,
    citizen_id   TEXT NOT NULL REFERENCES citizen (id) ON DELETE CASCADE,
    confirmed_on TEXT NOT NULL CHECK (date(confirmed_on) IS NOT NULL),
    local_until  TEXT NOT NULL CHECK (local_until >= confirmed_on),
    recorded_at  TEXT NOT NULL,
    worker_id    TEXT NOT NULL
) STRICT;

-- "What is due on day X": the local copies whose period ends by then.
CREATE INDEX dossier_handover_due ON dossier_handover (local_until);
CREATE INDEX dossier_handover_citizen ON dossier_handover (citizen_id);

-- One decision per data block when a case is closed (R-001-24).
CREATE TABLE retention_block (
    intake_id  TEXT NOT NULL REFERENCES intake (id) ON DELETE CASCADE,
    block      TEXT NOT NULL CHECK (block IN ('dossier', 'werkdossier', 'regie', 'persoonlijk')),
    decision   TEXT NOT NULL CHECK (decision IN
        ('zaaksysteem', 'lokaal', 'bijgedragen', 'vernietigen', 'bewaren', 'vervalt')),
    years      INTEGER CHECK (years IS NULL OR years BETWEEN 1 AND 5),
    keep_until TEXT,  -- regie kept: closing date + years
    decided_at TEXT NOT NULL,
    worker_id  TEXT NOT NULL,
    PRIMARY KEY (intake_id, block),
    CHECK ((decision = 'bewaren') = (years IS NOT NULL AND keep_until IS NOT NULL))
) STRICT;

CREATE INDEX retention_block_until ON retention_block (keep_until) WHERE keep_until IS NOT NULL;

-- Werkdossier items that contributed to the decision go with the archive export (R-004-14).
-- Existing notes start unmarked: nothing leaves unless the worker marks it.
ALTER TABLE note ADD COLUMN contributed_to_decision INTEGER NOT NULL DEFAULT 0
    CHECK (contributed_to_decision IN (0, 1));
