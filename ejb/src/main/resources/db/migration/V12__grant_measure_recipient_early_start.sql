-- What a notice states beyond its figures: the measure's title (the proof of use prints it as
-- "Maßnahme"), the recipient, and the day from which costs may already count when the funder
-- allowed an early start (vorzeitiger Maßnahmebeginn). All three are optional for grants recorded
-- before they were kept.
ALTER TABLE funding_grant ADD COLUMN measure_title VARCHAR(300);
ALTER TABLE funding_grant ADD COLUMN recipient VARCHAR(200);
ALTER TABLE funding_grant ADD COLUMN early_start DATE;
