-- Core of the portfolio: strategic themes, organisations and projects.
-- Written for H2 (2.x) and PostgreSQL alike: standard types only, sequences for ids.
-- EclipseLink pre-allocates ids in blocks of 50 ending at the value it fetches; starting at 100
-- keeps the first block (51..100) clear of the ids below 51 that seeded master data uses.

CREATE SEQUENCE strategic_theme_seq START WITH 100 INCREMENT BY 50;
CREATE TABLE strategic_theme (
    id          BIGINT       NOT NULL,
    version     BIGINT       NOT NULL,
    code        VARCHAR(20)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    sort_order  INTEGER      NOT NULL,
    CONSTRAINT pk_strategic_theme PRIMARY KEY (id),
    CONSTRAINT uq_strategic_theme_code UNIQUE (code)
);

CREATE SEQUENCE organisation_seq START WITH 100 INCREMENT BY 50;
CREATE TABLE organisation (
    id          BIGINT       NOT NULL,
    version     BIGINT       NOT NULL,
    short_name  VARCHAR(40)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    CONSTRAINT pk_organisation PRIMARY KEY (id),
    CONSTRAINT uq_organisation_short_name UNIQUE (short_name)
);

CREATE SEQUENCE project_seq START WITH 100 INCREMENT BY 50;
CREATE TABLE project (
    id                      BIGINT       NOT NULL,
    version                 BIGINT       NOT NULL,
    code                    VARCHAR(20)  NOT NULL,
    title                   VARCHAR(200) NOT NULL,
    theme_id                BIGINT       NOT NULL,
    lead_organisation_id    BIGINT       NOT NULL,
    status                  VARCHAR(20)  NOT NULL,
    CONSTRAINT pk_project PRIMARY KEY (id),
    CONSTRAINT uq_project_code UNIQUE (code),
    CONSTRAINT fk_project_theme FOREIGN KEY (theme_id) REFERENCES strategic_theme (id),
    CONSTRAINT fk_project_lead_organisation FOREIGN KEY (lead_organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_project_theme ON project (theme_id);
CREATE INDEX ix_project_lead_organisation ON project (lead_organisation_id);
