-- Part I of a proof of use (Sachbericht), entered by finance per grant and period. The period is
-- 'FINAL' for the final proof or the budget year ('2024') of an interim proof.
CREATE TABLE proof_narrative (
    id                   BIGINT         NOT NULL,
    version              BIGINT         NOT NULL,
    grant_id             BIGINT         NOT NULL,
    period               VARCHAR(10)    NOT NULL,
    start_text           VARCHAR(500)   NOT NULL,
    duration_text        VARCHAR(500)   NOT NULL,
    completion_text      VARCHAR(500),
    funded_staff         VARCHAR(2000),
    results              VARCHAR(4000)  NOT NULL,
    deviations_plan      VARCHAR(4000),
    deviations_finance   VARCHAR(4000),
    CONSTRAINT pk_proof_narrative PRIMARY KEY (id),
    CONSTRAINT uq_proof_narrative_period UNIQUE (grant_id, period),
    CONSTRAINT fk_proof_narrative_grant FOREIGN KEY (grant_id) REFERENCES funding_grant (id)
);

-- A proof as it was handed to the funder: its figures, both files and their SHA-256 checksums.
-- BYTEA is PostgreSQL's binary type and an alias of VARBINARY in H2.
CREATE TABLE proof_submission (
    id                BIGINT         NOT NULL,
    version           BIGINT         NOT NULL,
    grant_id          BIGINT         NOT NULL,
    period            VARCHAR(10)    NOT NULL,
    submitted_at      TIMESTAMP      NOT NULL,
    submitted_by      VARCHAR(120)   NOT NULL,
    actual_costs      NUMERIC(15,2)  NOT NULL,
    eligible_costs    NUMERIC(15,2)  NOT NULL,
    grant_share       NUMERIC(15,2)  NOT NULL,
    received          NUMERIC(15,2)  NOT NULL,
    receipt_count     INTEGER        NOT NULL,
    xlsx_name         VARCHAR(200)   NOT NULL,
    xlsx_content      BYTEA          NOT NULL,
    xlsx_sha256       VARCHAR(64)    NOT NULL,
    pdf_name          VARCHAR(200)   NOT NULL,
    pdf_content       BYTEA          NOT NULL,
    pdf_sha256        VARCHAR(64)    NOT NULL,
    CONSTRAINT pk_proof_submission PRIMARY KEY (id),
    CONSTRAINT uq_proof_submission_period UNIQUE (grant_id, period),
    CONSTRAINT fk_proof_submission_grant FOREIGN KEY (grant_id) REFERENCES funding_grant (id)
);

-- A receipt of a submitted period entered, corrected or deleted after the submission.
CREATE TABLE proof_late_change (
    id              BIGINT        NOT NULL,
    version         BIGINT        NOT NULL,
    submission_id   BIGINT        NOT NULL,
    changed_at      TIMESTAMP     NOT NULL,
    changed_by      VARCHAR(120)  NOT NULL,
    action          VARCHAR(10)   NOT NULL,
    receipt_label   VARCHAR(300)  NOT NULL,
    payment_date    DATE          NOT NULL,
    CONSTRAINT pk_proof_late_change PRIMARY KEY (id),
    CONSTRAINT fk_proof_late_change_submission FOREIGN KEY (submission_id) REFERENCES proof_submission (id)
);
CREATE INDEX ix_proof_late_change_submission ON proof_late_change (submission_id);
