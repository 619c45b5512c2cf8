-- The whole portfolio and funding model: fields of action, people, cost plans, receipts, grants,
-- calls for funds, milestones, status reports and the audit trail.
-- Written for H2 (2.x) and PostgreSQL alike: standard types, one change per ALTER statement.

-- All records now draw ids from one sequence, in blocks of 50 (EclipseLink pre-allocation).
-- Ids below 1000 stay free for master data that migrations insert.
DROP SEQUENCE strategic_theme_seq;
DROP SEQUENCE organisation_seq;
DROP SEQUENCE project_seq;
CREATE SEQUENCE entity_seq START WITH 1000 INCREMENT BY 50;

-- Master data -------------------------------------------------------------------------------------
ALTER TABLE organisation ADD COLUMN city_group BOOLEAN DEFAULT TRUE NOT NULL;

CREATE TABLE field_of_action (
    id          BIGINT       NOT NULL,
    version     BIGINT       NOT NULL,
    theme_id    BIGINT       NOT NULL,
    code        VARCHAR(20)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    sort_order  INTEGER      NOT NULL,
    CONSTRAINT pk_field_of_action PRIMARY KEY (id),
    CONSTRAINT uq_field_of_action_code UNIQUE (code),
    CONSTRAINT fk_field_of_action_theme FOREIGN KEY (theme_id) REFERENCES strategic_theme (id)
);
CREATE INDEX ix_field_of_action_theme ON field_of_action (theme_id);

CREATE TABLE cost_category (
    id          BIGINT       NOT NULL,
    version     BIGINT       NOT NULL,
    code        VARCHAR(20)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    sort_order  INTEGER      NOT NULL,
    CONSTRAINT pk_cost_category PRIMARY KEY (id),
    CONSTRAINT uq_cost_category_code UNIQUE (code)
);

CREATE TABLE person (
    id               BIGINT       NOT NULL,
    version          BIGINT       NOT NULL,
    name             VARCHAR(120) NOT NULL,
    email            VARCHAR(200) NOT NULL,
    organisation_id  BIGINT       NOT NULL,
    CONSTRAINT pk_person PRIMARY KEY (id),
    CONSTRAINT uq_person_email UNIQUE (email),
    CONSTRAINT fk_person_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_person_organisation ON person (organisation_id);

-- Funding -----------------------------------------------------------------------------------------
CREATE TABLE funding_grant (
    id                       BIGINT        NOT NULL,
    version                  BIGINT        NOT NULL,
    programme                VARCHAR(200)  NOT NULL,
    programme_number         VARCHAR(20),
    component                VARCHAR(1)    NOT NULL,
    reference                VARCHAR(60)   NOT NULL,
    commitment_date          DATE          NOT NULL,
    approved_eligible_costs  NUMERIC(15,2) NOT NULL,
    funding_rate             NUMERIC(5,2)  NOT NULL,
    approved_grant           NUMERIC(15,2) NOT NULL,
    funding_start            DATE          NOT NULL,
    funding_end              DATE          NOT NULL,
    extended_until           DATE,
    proof_of_use_due         DATE,
    call_window_days         INTEGER       NOT NULL,
    CONSTRAINT pk_funding_grant PRIMARY KEY (id),
    CONSTRAINT uq_funding_grant_reference UNIQUE (reference),
    CONSTRAINT ck_funding_grant_rate CHECK (funding_rate > 0 AND funding_rate <= 100),
    CONSTRAINT ck_funding_grant_amount CHECK (approved_grant <= approved_eligible_costs)
);

CREATE TABLE grant_notice (
    grant_id     BIGINT        NOT NULL,
    notice_date  DATE          NOT NULL,
    reference    VARCHAR(60)   NOT NULL,
    amount       NUMERIC(15,2) NOT NULL,
    description  VARCHAR(500),
    CONSTRAINT fk_grant_notice_grant FOREIGN KEY (grant_id) REFERENCES funding_grant (id)
);
CREATE INDEX ix_grant_notice_grant ON grant_notice (grant_id);

CREATE TABLE grant_income_line (
    grant_id         BIGINT        NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    planned          NUMERIC(15,2) NOT NULL,
    actual_received  NUMERIC(15,2),
    CONSTRAINT pk_grant_income_line PRIMARY KEY (grant_id, kind),
    CONSTRAINT fk_grant_income_line_grant FOREIGN KEY (grant_id) REFERENCES funding_grant (id)
);

CREATE TABLE grant_call_plan (
    grant_id   BIGINT        NOT NULL,
    plan_year  INTEGER       NOT NULL,
    amount     NUMERIC(15,2) NOT NULL,
    CONSTRAINT pk_grant_call_plan PRIMARY KEY (grant_id, plan_year),
    CONSTRAINT fk_grant_call_plan_grant FOREIGN KEY (grant_id) REFERENCES funding_grant (id)
);

CREATE TABLE funds_call (
    id           BIGINT        NOT NULL,
    version      BIGINT        NOT NULL,
    grant_id     BIGINT        NOT NULL,
    call_date    DATE          NOT NULL,
    requested    NUMERIC(15,2) NOT NULL,
    received     NUMERIC(15,2),
    received_on  DATE,
    CONSTRAINT pk_funds_call PRIMARY KEY (id),
    CONSTRAINT fk_funds_call_grant FOREIGN KEY (grant_id) REFERENCES funding_grant (id),
    CONSTRAINT ck_funds_call_requested CHECK (requested > 0)
);
CREATE INDEX ix_funds_call_grant ON funds_call (grant_id, call_date);

-- Projects ----------------------------------------------------------------------------------------
ALTER TABLE project ADD COLUMN summary VARCHAR(4000);
ALTER TABLE project ADD COLUMN field_of_action_id BIGINT;
ALTER TABLE project ADD COLUMN project_manager_id BIGINT;
ALTER TABLE project ADD COLUMN health VARCHAR(10) DEFAULT 'GREEN' NOT NULL;
ALTER TABLE project ADD COLUMN health_reason VARCHAR(1000);
ALTER TABLE project ADD COLUMN start_date DATE;
ALTER TABLE project ADD COLUMN end_date DATE;
ALTER TABLE project ADD COLUMN grant_id BIGINT;
ALTER TABLE project ADD CONSTRAINT fk_project_field_of_action
    FOREIGN KEY (field_of_action_id) REFERENCES field_of_action (id);
ALTER TABLE project ADD CONSTRAINT fk_project_manager
    FOREIGN KEY (project_manager_id) REFERENCES person (id);
ALTER TABLE project ADD CONSTRAINT fk_project_grant
    FOREIGN KEY (grant_id) REFERENCES funding_grant (id);
ALTER TABLE project ADD CONSTRAINT ck_project_dates
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date);
CREATE INDEX ix_project_field_of_action ON project (field_of_action_id);
CREATE INDEX ix_project_manager ON project (project_manager_id);
CREATE INDEX ix_project_grant ON project (grant_id);
CREATE INDEX ix_project_status ON project (status);

CREATE TABLE project_partner (
    project_id       BIGINT NOT NULL,
    organisation_id  BIGINT NOT NULL,
    CONSTRAINT pk_project_partner PRIMARY KEY (project_id, organisation_id),
    CONSTRAINT fk_project_partner_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_project_partner_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_project_partner_organisation ON project_partner (organisation_id);

CREATE TABLE project_deputy (
    project_id  BIGINT NOT NULL,
    person_id   BIGINT NOT NULL,
    CONSTRAINT pk_project_deputy PRIMARY KEY (project_id, person_id),
    CONSTRAINT fk_project_deputy_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_project_deputy_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_project_deputy_person ON project_deputy (person_id);

CREATE TABLE project_kpi (
    project_id      BIGINT        NOT NULL,
    kpi_order       INTEGER       NOT NULL,
    measure         VARCHAR(200)  NOT NULL,
    rationale       VARCHAR(1000),
    target          VARCHAR(100),
    measured_value  VARCHAR(100),
    measured_on     DATE,
    CONSTRAINT pk_project_kpi PRIMARY KEY (project_id, kpi_order),
    CONSTRAINT fk_project_kpi_project FOREIGN KEY (project_id) REFERENCES project (id)
);

CREATE TABLE milestone (
    id            BIGINT       NOT NULL,
    version       BIGINT       NOT NULL,
    project_id    BIGINT       NOT NULL,
    title         VARCHAR(200) NOT NULL,
    due_date      DATE         NOT NULL,
    completed_on  DATE,
    CONSTRAINT pk_milestone PRIMARY KEY (id),
    CONSTRAINT fk_milestone_project FOREIGN KEY (project_id) REFERENCES project (id)
);
CREATE INDEX ix_milestone_project ON milestone (project_id);
CREATE INDEX ix_milestone_due ON milestone (due_date);

CREATE TABLE status_report (
    id           BIGINT        NOT NULL,
    version      BIGINT        NOT NULL,
    project_id   BIGINT        NOT NULL,
    report_date  DATE          NOT NULL,
    author_id    BIGINT,
    health       VARCHAR(10)   NOT NULL,
    progress     VARCHAR(4000),
    next_steps   VARCHAR(4000),
    risks        VARCHAR(4000),
    CONSTRAINT pk_status_report PRIMARY KEY (id),
    CONSTRAINT fk_status_report_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_status_report_author FOREIGN KEY (author_id) REFERENCES person (id)
);
CREATE INDEX ix_status_report_project ON status_report (project_id, report_date);

-- Budget ------------------------------------------------------------------------------------------
CREATE TABLE cost_plan_line (
    id                BIGINT        NOT NULL,
    version           BIGINT        NOT NULL,
    project_id        BIGINT        NOT NULL,
    plan_year         INTEGER       NOT NULL,
    cost_category_id  BIGINT        NOT NULL,
    planned           NUMERIC(15,2) NOT NULL,
    eligible          NUMERIC(15,2) NOT NULL,
    CONSTRAINT pk_cost_plan_line PRIMARY KEY (id),
    CONSTRAINT uq_cost_plan_line UNIQUE (project_id, plan_year, cost_category_id),
    CONSTRAINT fk_cost_plan_line_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_cost_plan_line_category FOREIGN KEY (cost_category_id) REFERENCES cost_category (id),
    CONSTRAINT ck_cost_plan_line_eligible CHECK (eligible >= 0 AND eligible <= planned)
);

CREATE TABLE receipt (
    id                BIGINT        NOT NULL,
    version           BIGINT        NOT NULL,
    project_id        BIGINT        NOT NULL,
    grant_id          BIGINT,
    payment_date      DATE          NOT NULL,
    payee             VARCHAR(200)  NOT NULL,
    purpose           VARCHAR(500)  NOT NULL,
    reference_number  VARCHAR(60),
    cost_category_id  BIGINT        NOT NULL,
    amount            NUMERIC(15,2) NOT NULL,
    eligible_amount   NUMERIC(15,2) NOT NULL,
    CONSTRAINT pk_receipt PRIMARY KEY (id),
    CONSTRAINT fk_receipt_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_receipt_grant FOREIGN KEY (grant_id) REFERENCES funding_grant (id),
    CONSTRAINT fk_receipt_category FOREIGN KEY (cost_category_id) REFERENCES cost_category (id),
    CONSTRAINT ck_receipt_amounts CHECK (amount > 0 AND eligible_amount >= 0 AND eligible_amount <= amount)
);
CREATE INDEX ix_receipt_project ON receipt (project_id, payment_date);
CREATE INDEX ix_receipt_grant ON receipt (grant_id, payment_date);
CREATE INDEX ix_receipt_category ON receipt (cost_category_id);

-- Audit trail -------------------------------------------------------------------------------------
CREATE TABLE audit_entry (
    id            BIGINT GENERATED BY DEFAULT AS IDENTITY,
    occurred_at   TIMESTAMP     NOT NULL,
    username      VARCHAR(100)  NOT NULL,
    action        VARCHAR(10)   NOT NULL,
    record_type   VARCHAR(60)   NOT NULL,
    record_id     BIGINT        NOT NULL,
    record_label  VARCHAR(200),
    project_id    BIGINT,
    field_name    VARCHAR(60),
    old_value     VARCHAR(4000),
    new_value     VARCHAR(4000),
    CONSTRAINT pk_audit_entry PRIMARY KEY (id)
);
CREATE INDEX ix_audit_entry_project ON audit_entry (project_id, id);
CREATE INDEX ix_audit_entry_record ON audit_entry (record_type, record_id, id);
