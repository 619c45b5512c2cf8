-- Issue 18: a project manager's cost-plan change is a proposal until finance approves it.
-- planned/eligible stay the approved amounts that every figure reads; the proposal sits beside
-- them. Every existing line has no proposal, so it counts as approved exactly as before and the
-- demo figures do not change.
ALTER TABLE cost_plan_line ADD COLUMN proposed_planned NUMERIC(15,2);
ALTER TABLE cost_plan_line ADD COLUMN proposed_eligible NUMERIC(15,2);
ALTER TABLE cost_plan_line ADD COLUMN proposed_removal BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE cost_plan_line ADD COLUMN proposed_on DATE;
ALTER TABLE cost_plan_line ADD COLUMN proposal_note VARCHAR(1000);
ALTER TABLE cost_plan_line ADD COLUMN decision_note VARCHAR(1000);
ALTER TABLE cost_plan_line ADD COLUMN approved BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE cost_plan_line SET approved = TRUE;
