-- A submitted proof of use can be superseded by a correction: a new version of the period's proof
-- with files of its own. The earlier version stays, marked with the version that replaced it,
-- when, by whom and why; so a period may now hold several submissions, one per version.
ALTER TABLE proof_submission ADD COLUMN proof_version INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE proof_submission ADD COLUMN superseded_at TIMESTAMP;
ALTER TABLE proof_submission ADD COLUMN superseded_by VARCHAR(120);
ALTER TABLE proof_submission ADD COLUMN superseded_by_version INTEGER;
ALTER TABLE proof_submission ADD COLUMN supersede_reason VARCHAR(1000);
ALTER TABLE proof_submission DROP CONSTRAINT uq_proof_submission_period;
ALTER TABLE proof_submission ADD CONSTRAINT uq_proof_submission_version UNIQUE (grant_id, period, proof_version);
