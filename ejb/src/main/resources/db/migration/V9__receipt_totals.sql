-- Running totals of the receipts, kept in the same transaction as every receipt that is recorded,
-- corrected or deleted (JpaBudgetRepository). The dashboard, the portfolio report and the grant
-- figures read these few thousand rows instead of summing a million receipts on every request.
-- Each table holds the count of receipts behind a row, so a row whose receipts are all gone is
-- removed again. Sums of NUMERIC(15,2) amounts get four more digits.

-- per project: the totals by theme, by lead organisation and per project
CREATE TABLE receipt_total_project (
    project_id       BIGINT        NOT NULL,
    receipts         BIGINT        NOT NULL,
    amount           NUMERIC(19,2) NOT NULL,
    eligible_amount  NUMERIC(19,2) NOT NULL,
    CONSTRAINT pk_receipt_total_project PRIMARY KEY (project_id),
    CONSTRAINT fk_receipt_total_project FOREIGN KEY (project_id) REFERENCES project (id)
);

-- per payment year and cost category: the programme's budget matrix
CREATE TABLE receipt_total_year (
    payment_year     INTEGER       NOT NULL,
    cost_category_id BIGINT        NOT NULL,
    receipts         BIGINT        NOT NULL,
    amount           NUMERIC(19,2) NOT NULL,
    eligible_amount  NUMERIC(19,2) NOT NULL,
    CONSTRAINT pk_receipt_total_year PRIMARY KEY (payment_year, cost_category_id),
    CONSTRAINT fk_receipt_total_year_category FOREIGN KEY (cost_category_id) REFERENCES cost_category (id)
);

-- per grant, payment day and cost category: a grant's figures, its calls and its budget matrix
CREATE TABLE receipt_total_grant_day (
    grant_id         BIGINT        NOT NULL,
    payment_date     DATE          NOT NULL,
    cost_category_id BIGINT        NOT NULL,
    receipts         BIGINT        NOT NULL,
    amount           NUMERIC(19,2) NOT NULL,
    eligible_amount  NUMERIC(19,2) NOT NULL,
    CONSTRAINT pk_receipt_total_grant_day PRIMARY KEY (grant_id, payment_date, cost_category_id),
    CONSTRAINT fk_receipt_total_grant FOREIGN KEY (grant_id) REFERENCES funding_grant (id),
    CONSTRAINT fk_receipt_total_grant_category FOREIGN KEY (cost_category_id) REFERENCES cost_category (id)
);

INSERT INTO receipt_total_project (project_id, receipts, amount, eligible_amount)
    SELECT project_id, COUNT(*), SUM(amount), SUM(eligible_amount) FROM receipt GROUP BY project_id;

INSERT INTO receipt_total_year (payment_year, cost_category_id, receipts, amount, eligible_amount)
    SELECT EXTRACT(YEAR FROM payment_date), cost_category_id, COUNT(*), SUM(amount), SUM(eligible_amount)
    FROM receipt GROUP BY EXTRACT(YEAR FROM payment_date), cost_category_id;

INSERT INTO receipt_total_grant_day (grant_id, payment_date, cost_category_id, receipts, amount, eligible_amount)
    SELECT grant_id, payment_date, cost_category_id, COUNT(*), SUM(amount), SUM(eligible_amount)
    FROM receipt WHERE grant_id IS NOT NULL GROUP BY grant_id, payment_date, cost_category_id;
