-- Issue 18, point 5: key figures keep a history of measurements.
--
-- A key figure (project_kpi) gets a key that names it within its project and never changes (the
-- list's position does when a figure is removed), a unit, a baseline, a numeric target and a
-- direction (HIGHER or LOWER is better). Every measurement is a row of kpi_measurement with its
-- day; a new one never overwrites one.
--
-- The former text fields are migrated, for H2 and PostgreSQL alike (REGEXP_REPLACE with anchored
-- patterns and no back-references, which both read the same way; NEXTVAL('entity_seq'), which
-- both know):
-- * A text reads as a number when it is digits written the German way or plainly ("1.250",
--   "12,5", "1250", "12.5"; "1.250" is 1250 as the former page read it), optionally followed by
--   a unit without digits ("24 Sensoren", "40 %", "1.000 Nutzer/Monat"), with at most 15 digits
--   before and 4 after the decimal point.
-- * The unit comes from the target's text, else from the value's.
-- * A numeric target becomes target_value; a target that is no number stays readable as
--   target_note (the page shows it until a numeric target is entered).
-- * A measured value becomes the figure's first measurement. Its day: the day it was measured
--   where one was given, else the day of the project's last KPI change or its creation in the
--   audit trail, else the project's start, never after the day of the migration. A value that is
--   no number ("ja", "ca. 500") becomes a measurement without a value whose note is the text as
--   typed, so nothing is lost and no number is invented. Such rows are recorded by 'V21'.
-- * Every migrated figure gets the direction HIGHER: the old fields did not say, and more was
--   better for every figure the office had (sensors, users, visits).
ALTER TABLE project_kpi ADD COLUMN kpi_key INTEGER;
UPDATE project_kpi SET kpi_key = kpi_order + 1;
ALTER TABLE project_kpi ALTER COLUMN kpi_key SET NOT NULL;
ALTER TABLE project_kpi ADD COLUMN unit VARCHAR(40);
ALTER TABLE project_kpi ADD COLUMN baseline NUMERIC(19,4);
ALTER TABLE project_kpi ADD COLUMN target_value NUMERIC(19,4);
ALTER TABLE project_kpi ADD COLUMN direction VARCHAR(10) DEFAULT 'HIGHER' NOT NULL;
ALTER TABLE project_kpi RENAME COLUMN target TO target_note;

CREATE TABLE kpi_measurement (
    id              BIGINT         NOT NULL,
    version         BIGINT         NOT NULL,
    project_id      BIGINT         NOT NULL,
    kpi_key         INTEGER        NOT NULL,
    measured_on     DATE           NOT NULL,
    measured_value  NUMERIC(19,4),
    note            VARCHAR(500),
    recorded_at     TIMESTAMP      NOT NULL,
    recorded_by     VARCHAR(120)   NOT NULL,
    CONSTRAINT pk_kpi_measurement PRIMARY KEY (id),
    CONSTRAINT fk_kpi_measurement_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT ck_kpi_measurement_value_or_note CHECK (measured_value IS NOT NULL OR note IS NOT NULL)
);
CREATE INDEX ix_kpi_measurement_project ON kpi_measurement (project_id, kpi_key, measured_on);

-- The texts to read: T for a target, V for a value; digits is what comes before the first
-- character that is no digit, point or comma, rest what follows the digits.
CREATE TABLE v21_text (
    project_id  BIGINT        NOT NULL,
    kpi_key     INTEGER       NOT NULL,
    kind        CHAR(1)       NOT NULL,
    raw         VARCHAR(100)  NOT NULL,
    digits      VARCHAR(100),
    rest        VARCHAR(100),
    plain       VARCHAR(100)
);
INSERT INTO v21_text (project_id, kpi_key, kind, raw)
SELECT project_id, kpi_key, 'T', TRIM(target_note) FROM project_kpi
WHERE target_note IS NOT NULL AND TRIM(target_note) <> '';
INSERT INTO v21_text (project_id, kpi_key, kind, raw)
SELECT project_id, kpi_key, 'V', TRIM(measured_value) FROM project_kpi
WHERE measured_value IS NOT NULL AND TRIM(measured_value) <> '';

UPDATE v21_text SET digits = REGEXP_REPLACE(raw, '[^0-9.,].*$', ''),
                    rest = TRIM(REGEXP_REPLACE(raw, '^[0-9.,]*', ''));
-- plain: the number as SQL reads it, where the digits are a number and the rest a unit.
UPDATE v21_text SET plain = CASE
    WHEN REGEXP_REPLACE(digits, '^[0-9]{1,3}([.][0-9]{3}){1,4}$', 'Y') = 'Y'
        THEN REPLACE(digits, '.', '')
    WHEN REGEXP_REPLACE(digits, '^[0-9]{1,15}([.][0-9]{1,4})?$', 'Y') = 'Y'
        THEN digits
    WHEN REGEXP_REPLACE(digits, '^[0-9]{1,3}([.][0-9]{3}){0,4},[0-9]{1,4}$', 'Y') = 'Y'
        THEN REPLACE(REPLACE(digits, '.', ''), ',', '.')
    WHEN REGEXP_REPLACE(digits, '^[0-9]{1,15},[0-9]{1,4}$', 'Y') = 'Y'
        THEN REPLACE(digits, ',', '.')
    END
WHERE CHAR_LENGTH(rest) <= 40 AND REGEXP_REPLACE(rest, '[0-9]', '') = rest;

UPDATE project_kpi SET target_value = (
    SELECT CAST(t.plain AS NUMERIC(19,4)) FROM v21_text t
    WHERE t.project_id = project_kpi.project_id AND t.kpi_key = project_kpi.kpi_key
      AND t.kind = 'T' AND t.plain IS NOT NULL);
UPDATE project_kpi SET target_note = NULL WHERE target_value IS NOT NULL;
UPDATE project_kpi SET unit = COALESCE(
    (SELECT t.rest FROM v21_text t
     WHERE t.project_id = project_kpi.project_id AND t.kpi_key = project_kpi.kpi_key
       AND t.kind = 'T' AND t.plain IS NOT NULL AND t.rest <> ''),
    (SELECT v.rest FROM v21_text v
     WHERE v.project_id = project_kpi.project_id AND v.kpi_key = project_kpi.kpi_key
       AND v.kind = 'V' AND v.plain IS NOT NULL AND v.rest <> ''));

INSERT INTO kpi_measurement (id, version, project_id, kpi_key, measured_on, measured_value, note,
                             recorded_at, recorded_by)
SELECT NEXTVAL('entity_seq'), 1, k.project_id, k.kpi_key,
       LEAST(COALESCE(k.measured_on,
                      (SELECT CAST(MAX(a.occurred_at) AS DATE) FROM audit_entry a
                       WHERE a.record_type = 'Project' AND a.record_id = k.project_id
                         AND (a.field_name = 'kpis' OR a.action = 'CREATE')),
                      p.start_date,
                      CURRENT_DATE),
             CURRENT_DATE),
       CASE WHEN v.plain IS NOT NULL THEN CAST(v.plain AS NUMERIC(19,4)) END,
       CASE WHEN v.plain IS NULL THEN v.raw END,
       CURRENT_TIMESTAMP, 'V21'
FROM project_kpi k
JOIN project p ON p.id = k.project_id
JOIN v21_text v ON v.project_id = k.project_id AND v.kpi_key = k.kpi_key AND v.kind = 'V';

DROP TABLE v21_text;
ALTER TABLE project_kpi DROP COLUMN measured_value;
ALTER TABLE project_kpi DROP COLUMN measured_on;
