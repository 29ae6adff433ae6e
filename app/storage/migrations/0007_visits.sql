-- 0007: the worker's agenda (issue 5). Visits are entered by hand: a date, a time, a place and
-- the citizen(s) or a new contact's name. The agenda is not the dossier: past visits are purged
-- after a short period (app/services/visits.py), the intake holds what was said.

CREATE TABLE visit (
    id           TEXT PRIMARY KEY,
    on_date      TEXT NOT NULL,                -- ISO date
    at_time      TEXT NOT NULL DEFAULT '',     -- HH:MM, empty when not agreed yet
    place        TEXT NOT NULL DEFAULT '',
    contact_name TEXT NOT NULL DEFAULT '',     -- a new contact without a dossier yet
    created_at   TEXT NOT NULL,
    worker_id    TEXT NOT NULL
) STRICT;

CREATE INDEX visit_date ON visit (on_date, at_time);

-- The citizens a visit concerns; two household members may share one visit, each with their own
-- intake (the intake rows stay apart; this table only says who is visited).
CREATE TABLE visit_citizen (
    visit_id   TEXT NOT NULL REFERENCES visit (id) ON DELETE CASCADE,
    citizen_id TEXT NOT NULL REFERENCES citizen (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    PRIMARY KEY (visit_id, citizen_id)
) STRICT;

CREATE INDEX visit_citizen_citizen ON visit_citizen (citizen_id);

-- A visit left with neither a citizen nor a contact name means nothing: remove it with its last
-- citizen.
CREATE TRIGGER visit_without_anyone AFTER DELETE ON visit_citizen
WHEN NOT EXISTS (SELECT 1 FROM visit_citizen WHERE visit_id = OLD.visit_id)
BEGIN
    DELETE FROM visit WHERE id = OLD.visit_id AND contact_name = '';
END;
