-- 0016: the citizen's rights requests (issue 8; AVG art. 15-18 and 21, Wmo 2015 art. 5.3.5,
-- Jeugdwet art. 7.3.9). One row per request: what was asked, when, by whom (a name only when
-- someone else asks for the citizen), the due date, an extension with its reasons and notice,
-- and the decision with the reason and remedy text of a refusal. The request goes with the
-- citizen's dossier (ON DELETE CASCADE); a deletion on request leaves only its audit line.

CREATE TABLE rights_request (
    id                  TEXT PRIMARY KEY,
    citizen_id          TEXT NOT NULL REFERENCES citizen (id) ON DELETE CASCADE,
    kind                TEXT NOT NULL
        CHECK (kind IN ('inzage', 'correctie', 'verwijdering', 'beperking', 'bezwaar_verwerking')),
    received_on         TEXT NOT NULL,
    capacity            TEXT NOT NULL
        CHECK (capacity IN ('zelf', 'wettelijk_vertegenwoordiger', 'gemachtigde', 'ouder_met_gezag')),
    requester_name      TEXT,
    minor_consent       INTEGER NOT NULL DEFAULT 0 CHECK (minor_consent IN (0, 1)),
    destruction_law     TEXT CHECK (destruction_law IS NULL OR destruction_law IN ('wmo', 'jeugdwet')),
    due_on              TEXT NOT NULL,
    scope               TEXT NOT NULL DEFAULT '' CHECK (length(scope) <= 500),
    extended_to         TEXT,
    extension_reason    TEXT NOT NULL DEFAULT '',
    extension_notice_on TEXT,
    decision            TEXT
        CHECK (decision IS NULL OR decision IN ('toegewezen', 'deels_toegewezen', 'afgewezen')),
    decided_on          TEXT,
    refusal_reason      TEXT NOT NULL DEFAULT '',
    remedy_text         TEXT NOT NULL DEFAULT '',
    lifted_on           TEXT,
    created_at          TEXT NOT NULL,
    worker_id           TEXT NOT NULL,
    -- a name only when someone else asks for the citizen
    CHECK ((capacity = 'zelf') = (requester_name IS NULL)),
    CHECK (requester_name IS NULL OR length(trim(requester_name)) > 0),
    -- a young person's own agreement belongs to a parent's request
    CHECK (minor_consent = 0 OR capacity = 'ouder_met_gezag'),
    CHECK (destruction_law IS NULL OR kind = 'verwijdering'),
    CHECK (due_on > received_on),
    -- an extension: later than the first date, with reasons, announced within the first month
    CHECK (extended_to IS NULL OR (extended_to > due_on AND length(trim(extension_reason)) > 0
                                   AND destruction_law IS NULL)),
    CHECK (extended_to IS NOT NULL OR extension_reason = ''),
    CHECK (extension_notice_on IS NULL
           OR (extended_to IS NOT NULL AND extension_notice_on <= due_on
               AND extension_notice_on >= received_on)),
    CHECK ((decision IS NULL) = (decided_on IS NULL)),
    -- a (partial) refusal names its reason and the remedy
    CHECK (decision IS NULL OR decision = 'toegewezen'
           OR (length(trim(refusal_reason)) > 0 AND length(trim(remedy_text)) > 0)),
    CHECK (lifted_on IS NULL OR (kind = 'beperking' AND decision IN ('toegewezen', 'deels_toegewezen')))
) STRICT;

-- "Open requests due": the task list and the dialog ask for undecided requests by date.
CREATE INDEX rights_request_open ON rights_request (due_on) WHERE decision IS NULL;
CREATE INDEX rights_request_citizen ON rights_request (citizen_id, received_on);
-- Sharing asks "is a restriction active for this citizen?" before every disclosure and bundle.
CREATE INDEX rights_request_restriction ON rights_request (citizen_id)
    WHERE kind = 'beperking' AND lifted_on IS NULL;
