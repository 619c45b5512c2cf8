-- Calls for funds and payouts (issue 17, points 4 and 5).
--
-- Four eyes (Vier-Augen-Prinzip): a call for funds, a proof submission and a receipt above the
-- grant's threshold count only once a second finance user has confirmed them. Receipts at or
-- below the threshold need no confirmation; the threshold is a grant setting (10,000.00 EUR
-- unless the notice or the city's rules say otherwise).
ALTER TABLE funding_grant ADD COLUMN confirmation_threshold NUMERIC(15,2) DEFAULT 10000.00 NOT NULL;

-- A call records its reference, the amount the page proposed, the reason for calling a different
-- amount, who entered it and who confirmed it, and its document as it was when the call was
-- recorded (both files and their SHA-256), so that later receipts never change it.
ALTER TABLE funds_call ADD COLUMN reference VARCHAR(60);
ALTER TABLE funds_call ADD COLUMN proposed NUMERIC(15,2);
ALTER TABLE funds_call ADD COLUMN deviation_reason VARCHAR(500);
ALTER TABLE funds_call ADD COLUMN entered_by VARCHAR(120);
ALTER TABLE funds_call ADD COLUMN confirmed_by VARCHAR(120);
ALTER TABLE funds_call ADD COLUMN confirmed_at TIMESTAMP;
ALTER TABLE funds_call ADD COLUMN xlsx_name VARCHAR(200);
ALTER TABLE funds_call ADD COLUMN xlsx_content BYTEA;
ALTER TABLE funds_call ADD COLUMN xlsx_sha256 VARCHAR(64);
ALTER TABLE funds_call ADD COLUMN pdf_name VARCHAR(200);
ALTER TABLE funds_call ADD COLUMN pdf_content BYTEA;
ALTER TABLE funds_call ADD COLUMN pdf_sha256 VARCHAR(64);

-- Calls and submissions made before the rule count as confirmed, so that no figure changes.
UPDATE funds_call SET confirmed_by = 'V16', confirmed_at = CURRENT_TIMESTAMP;

ALTER TABLE proof_submission ADD COLUMN confirmed_by VARCHAR(120);
ALTER TABLE proof_submission ADD COLUMN confirmed_at TIMESTAMP;
UPDATE proof_submission SET confirmed_by = 'V16', confirmed_at = CURRENT_TIMESTAMP;

-- A receipt above its grant's threshold waits for confirmation: until then the grant's running
-- totals (receipt_total_grant_day) leave it out, and so do the grant's figures and documents.
ALTER TABLE receipt ADD COLUMN entered_by VARCHAR(120);
ALTER TABLE receipt ADD COLUMN awaiting_confirmation BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE receipt ADD COLUMN confirmed_by VARCHAR(120);
ALTER TABLE receipt ADD COLUMN confirmed_at TIMESTAMP;
CREATE INDEX ix_receipt_awaiting ON receipt (awaiting_confirmation, grant_id);
