-- 0015: bundles that leave the laptop only encrypted to a roster key (issue 7; DESIGN section 2
-- "Access follows the key"; R-000-43, R-000-45, R-002-20). The vault's own age identity and
-- Ed25519 signing key live only here, inside the encrypted database; a worker may add the
-- roster identity the agency made for them. Exports and imports are logged with ids and
-- counts only (the bundle itself is never kept). Signing keys of sender vaults are pinned at
-- their first bundle, so a later bundle signed with another key is refused.

CREATE TABLE vault_identity (
    kind        TEXT PRIMARY KEY CHECK (kind IN ('vault', 'roster')),
    age_secret  TEXT NOT NULL CHECK (age_secret LIKE 'AGE-SECRET-KEY-1%'),
    age_public  TEXT NOT NULL CHECK (age_public LIKE 'age1%'),
    sign_secret TEXT CHECK (sign_secret IS NULL OR length(sign_secret) = 64),  -- hex Ed25519
    sign_public TEXT CHECK (sign_public IS NULL OR length(sign_public) = 64),
    created_at  TEXT NOT NULL,
    CHECK ((kind = 'vault') = (sign_secret IS NOT NULL AND sign_public IS NOT NULL))
) STRICT;

CREATE TABLE bundle_export (
    id             TEXT PRIMARY KEY,
    citizen_id     TEXT NOT NULL REFERENCES citizen (id) ON DELETE CASCADE,
    kind           TEXT NOT NULL CHECK (kind IN ('zaaksysteem', 'overdracht', 'vervanging')),
    scope          TEXT NOT NULL DEFAULT ''
        CHECK (scope IN ('', 'selectie', 'besluit', 'regie', 'financieel')),
    recipient_kind TEXT NOT NULL CHECK (recipient_kind IN ('zaaksysteem', 'medewerker')),
    recipient_id   TEXT NOT NULL CHECK (length(trim(recipient_id)) > 0),
    items          INTEGER NOT NULL CHECK (items >= 0),
    rows           INTEGER NOT NULL CHECK (rows >= 0),
    valid_until    TEXT,
    disclosure_id  TEXT,
    sha256         TEXT NOT NULL CHECK (length(sha256) = 64),  -- of the encrypted file
    created_at     TEXT NOT NULL,
    worker_id      TEXT NOT NULL,
    CHECK ((kind = 'vervanging') = (valid_until IS NOT NULL))
) STRICT;

CREATE INDEX bundle_export_citizen ON bundle_export (citizen_id, created_at);

CREATE TABLE bundle_import (
    bundle_id        TEXT PRIMARY KEY,
    kind             TEXT NOT NULL CHECK (kind IN ('overdracht', 'vervanging')),
    citizen_id       TEXT NOT NULL,  -- no foreign key: the row outlives a purge
    sender_worker_id TEXT NOT NULL,
    sender_vault_id  TEXT NOT NULL,
    rows             INTEGER NOT NULL CHECK (rows >= 0),
    valid_until      TEXT,
    imported_at      TEXT NOT NULL,
    purged_at        TEXT,
    CHECK ((kind = 'vervanging') = (valid_until IS NOT NULL))
) STRICT;

-- Purge of substitutions past their end date.
CREATE INDEX bundle_import_due ON bundle_import (kind, purged_at, valid_until);

CREATE TABLE bundle_sender_key (
    vault_id    TEXT PRIMARY KEY,
    sign_public TEXT NOT NULL CHECK (length(sign_public) = 64),
    first_seen  TEXT NOT NULL
) STRICT;
