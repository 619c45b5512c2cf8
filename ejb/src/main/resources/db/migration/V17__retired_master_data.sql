-- Master data that projects, receipts or users still name is retired, never deleted: a retired
-- record leaves every choice (forms, filters) but keeps its name in history, reports and proofs.
ALTER TABLE strategic_theme ADD COLUMN retired BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE field_of_action ADD COLUMN retired BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE cost_category ADD COLUMN retired BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE organisation ADD COLUMN retired BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE person ADD COLUMN retired BOOLEAN DEFAULT FALSE NOT NULL;
