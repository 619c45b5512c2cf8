-- The receipts journal filters the receipts changed after a submission: a note of such a change
-- now names its receipt. No foreign key: the note of a deleted receipt stays. Notes written before
-- this column existed name none.
ALTER TABLE proof_late_change ADD COLUMN receipt_id BIGINT;
CREATE INDEX ix_proof_late_change_receipt ON proof_late_change (receipt_id);
