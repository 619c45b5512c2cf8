-- The dashboard counts open milestones past their due date and lists those due soon. With the
-- completion date first, "completed_on IS NULL AND due_date < ?" reads only the open milestones
-- in due-date order instead of every milestone ever due (most of which are done).
CREATE INDEX ix_milestone_open_due ON milestone (completed_on, due_date);
