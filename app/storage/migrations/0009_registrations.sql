-- 0009: other registrations the worker knows of (R-002-28) and where a case-meeting report is
-- kept (R-003-12), printed on "Wat wij van u vastleggen" (issue 6; DESIGN section 7).
-- Minimal by design: which organisation, what kind of record in a few words, and where (or by
-- whom) it is kept. Never the content of that other record, never a BSN (the service refuses
-- a 9-digit number that passes the elfproef).
CREATE TABLE other_registration (
    id           TEXT PRIMARY KEY,
    intake_id    TEXT NOT NULL REFERENCES intake (id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('registratie', 'casusoverleg_verslag')),
    organisation TEXT NOT NULL CHECK (length(trim(organisation)) BETWEEN 1 AND 200),
    description  TEXT NOT NULL CHECK (length(trim(description)) BETWEEN 1 AND 300),
    kept_by      TEXT NOT NULL CHECK (length(trim(kept_by)) BETWEEN 1 AND 200),
    recorded_at  TEXT NOT NULL,
    worker_id    TEXT NOT NULL CHECK (length(worker_id) > 0)
) STRICT;

CREATE INDEX other_registration_intake ON other_registration (intake_id, recorded_at);
