-- 0020: an index on every foreign key a cascade or SET NULL follows. Without them, deleting a
-- note scans every note for ``refers_to`` (erasing 1,000 of 10,000 dossiers took hours; with
-- the index it takes seconds, benchmarks/rights.py), and the same holds for the smaller tables.

CREATE INDEX IF NOT EXISTS note_refers_to ON note (refers_to);
CREATE INDEX IF NOT EXISTS medical_advice_intake ON medical_advice (intake_id);
CREATE INDEX IF NOT EXISTS incapacity_representative ON incapacity (representative_id);
CREATE INDEX IF NOT EXISTS incapacity_intake ON incapacity (intake_id);
CREATE INDEX IF NOT EXISTS escalation_intake ON escalation (intake_id);
CREATE INDEX IF NOT EXISTS consent_record_supersedes ON consent_record (supersedes);
CREATE INDEX IF NOT EXISTS consent_record_request ON consent_record (request_id);
CREATE INDEX IF NOT EXISTS case_meeting_intake ON case_meeting (intake_id);
CREATE INDEX IF NOT EXISTS case_meeting_limit_participant ON case_meeting_limit (participant_id);
CREATE INDEX IF NOT EXISTS case_meeting_agreement_participant
    ON case_meeting_agreement (participant_id);
