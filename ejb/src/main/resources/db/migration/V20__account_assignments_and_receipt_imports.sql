-- Where the city's finance system books a project's payments: a cost centre (Kostenstelle), an
-- internal order (Innenauftrag) or a WBS element (PSP-Element). A code belongs to one project only,
-- so that an imported line finds its project; each names the cost category its lines count in
-- unless the line says otherwise.
CREATE TABLE account_assignment (
    id                BIGINT        NOT NULL,
    version           BIGINT        NOT NULL,
    project_id        BIGINT        NOT NULL,
    kind              VARCHAR(20)   NOT NULL,
    code              VARCHAR(40)   NOT NULL,
    cost_category_id  BIGINT        NOT NULL,
    CONSTRAINT pk_account_assignment PRIMARY KEY (id),
    CONSTRAINT uq_account_assignment_code UNIQUE (code),
    CONSTRAINT fk_account_assignment_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_account_assignment_category FOREIGN KEY (cost_category_id) REFERENCES cost_category (id)
);
CREATE INDEX ix_account_assignment_project ON account_assignment (project_id);

-- One import of the bookkeeping's export: which file (name and SHA-256), who, when, what it added,
-- skipped and refused, and the payment days it spans (an undo is refused once a proof covers them).
CREATE TABLE receipt_import (
    id               BIGINT        NOT NULL,
    version          BIGINT        NOT NULL,
    file_name        VARCHAR(255)  NOT NULL,
    file_sha256      VARCHAR(64)   NOT NULL,
    imported_by      VARCHAR(120)  NOT NULL,
    imported_at      TIMESTAMP     NOT NULL,
    added_count      INTEGER       NOT NULL,
    duplicate_count  INTEGER       NOT NULL,
    error_count      INTEGER       NOT NULL,
    first_payment    DATE,
    last_payment     DATE,
    undone_at        TIMESTAMP,
    undone_by        VARCHAR(120),
    CONSTRAINT pk_receipt_import PRIMARY KEY (id)
);

-- A receipt from the bookkeeping keeps its document number (Belegnummer) and account assignment,
-- which with day and amount say whether a line was imported before, and names its import.
ALTER TABLE receipt ADD COLUMN document_number VARCHAR(60);
ALTER TABLE receipt ADD COLUMN account_assignment VARCHAR(40);
ALTER TABLE receipt ADD COLUMN receipt_import_id BIGINT;
ALTER TABLE receipt ADD CONSTRAINT fk_receipt_import FOREIGN KEY (receipt_import_id) REFERENCES receipt_import (id);
CREATE INDEX ix_receipt_document ON receipt (account_assignment, document_number);
CREATE INDEX ix_receipt_import ON receipt (receipt_import_id);
