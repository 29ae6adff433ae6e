-- Papers handed to citizens (issue 6; DESIGN sections 6 and 7; R-000-32, R-002-14).
-- One row per paper that reached (or is on its way to) a citizen: which text version and
-- language, how it was delivered. The PDF itself is never stored: a queued paper is rendered
-- again at the office under the same number. No content, only ids and the delivery facts.
CREATE TABLE paper_issue (
    id                TEXT PRIMARY KEY,
    number            TEXT NOT NULL UNIQUE,       -- printed in the footer of every page
    document          TEXT NOT NULL,              -- document id, e.g. informatieblad-privacy
    version           TEXT NOT NULL,              -- text (template) version
    language          TEXT NOT NULL CHECK (language IN ('nl', 'nl-easy', 'en')),
    large_print       INTEGER NOT NULL DEFAULT 0 CHECK (large_print IN (0, 1)),
    citizen_id        TEXT REFERENCES citizen (id) ON DELETE CASCADE,
    intake_id         TEXT REFERENCES intake (id) ON DELETE CASCADE,
    subject_id        TEXT NOT NULL DEFAULT '',   -- what the paper is about (network person, …)
    delivery          TEXT NOT NULL
        CHECK (delivery IN ('geprint', 'opgeslagen', 'voorgedrukt', 'wachtrij', 'per_post')),
    preprinted_number TEXT NOT NULL DEFAULT '',   -- the number on a pre-printed sheet
    posted_on         TEXT,                       -- ISO date, for per_post
    recorded_at       TEXT NOT NULL,
    printed_at        TEXT,                       -- a queued paper printed at the office
    worker_id         TEXT NOT NULL,
    CHECK (delivery <> 'voorgedrukt' OR length(trim(preprinted_number)) > 0),
    CHECK (delivery <> 'per_post' OR posted_on IS NOT NULL)
) STRICT;

CREATE INDEX paper_issue_citizen ON paper_issue (citizen_id, recorded_at);
CREATE INDEX paper_issue_intake ON paper_issue (intake_id);
CREATE INDEX paper_issue_queue ON paper_issue (delivery, printed_at);
