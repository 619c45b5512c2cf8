-- A user's language is a choice they make on a page; until then pages follow the browser's language.
ALTER TABLE app_user ALTER COLUMN preferred_language DROP NOT NULL;
UPDATE app_user SET preferred_language = NULL;
