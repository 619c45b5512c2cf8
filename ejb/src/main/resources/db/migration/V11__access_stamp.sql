-- Every change that narrows a user's access or replaces their password moves the stamp; each signed-in
-- session remembers the stamp it signed in with and ends at its next request once they differ. The
-- stamp lives in the database, so a change made on one server ends the sessions held by any other.
ALTER TABLE app_user ADD COLUMN access_stamp BIGINT DEFAULT 0 NOT NULL;
