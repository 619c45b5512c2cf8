-- One import of the programme office's project list (an .xlsx workbook): which file (name and
-- SHA-256), who, when, how many projects it registered and refused and how many cost-plan lines
-- it planned. The projects it registered name it in their history (audit trail).
CREATE TABLE project_import (
    id               BIGINT        NOT NULL,
    version          BIGINT        NOT NULL,
    file_name        VARCHAR(255)  NOT NULL,
    file_sha256      VARCHAR(64)   NOT NULL,
    imported_by      VARCHAR(120)  NOT NULL,
    imported_at      TIMESTAMP     NOT NULL,
    added_count      INTEGER       NOT NULL,
    error_count      INTEGER       NOT NULL,
    cost_line_count  INTEGER       NOT NULL,
    CONSTRAINT pk_project_import PRIMARY KEY (id)
);
