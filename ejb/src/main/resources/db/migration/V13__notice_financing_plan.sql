-- Each notice (the first one, the commitment, and every change notice) carries the financing plan it
-- approves: expenditure per cost category (total and eligible part) and income per source. A line
-- belongs to its notice by the notice's date, which is unique per grant (a change notice must be
-- dated after every earlier one).
CREATE TABLE grant_plan_line (
    grant_id          BIGINT        NOT NULL,
    notice_date       DATE          NOT NULL,
    cost_category_id  BIGINT,
    income_kind       VARCHAR(20),
    amount            NUMERIC(15,2) NOT NULL,
    eligible_amount   NUMERIC(15,2),
    CONSTRAINT fk_grant_plan_line_grant FOREIGN KEY (grant_id) REFERENCES funding_grant (id),
    CONSTRAINT fk_grant_plan_line_category FOREIGN KEY (cost_category_id) REFERENCES cost_category (id),
    CONSTRAINT ck_grant_plan_line_side CHECK (
        (cost_category_id IS NOT NULL AND income_kind IS NULL)
        OR (cost_category_id IS NULL AND income_kind IS NOT NULL))
);
CREATE INDEX ix_grant_plan_line_grant ON grant_plan_line (grant_id, notice_date);

-- Grants recorded before: the commitment becomes the first notice where no notice is dated on or
-- before it.
INSERT INTO grant_notice (grant_id, notice_date, reference, amount, description)
SELECT g.id, g.commitment_date, g.reference, g.approved_grant, NULL
FROM funding_grant g
WHERE NOT EXISTS (
    SELECT 1 FROM grant_notice n WHERE n.grant_id = g.id AND n.notice_date <= g.commitment_date);

-- The first notice's plan is taken from what was planned before: expenditure from the projects'
-- cost plans, third-party and other public income from the income plan, the grant line from the
-- notice, and the own share as what is left. Where the projects planned less than the grant and
-- the others carry, no plan is invented: the grant keeps its old figures until a change notice.
CREATE TABLE v13_first_plan (
    grant_id     BIGINT        NOT NULL,
    notice_date  DATE          NOT NULL,
    grant_amount NUMERIC(15,2) NOT NULL,
    others       NUMERIC(15,2) NOT NULL,
    planned      NUMERIC(15,2) NOT NULL
);
INSERT INTO v13_first_plan (grant_id, notice_date, grant_amount, others, planned)
SELECT g.id, n.notice_date, n.amount,
       COALESCE((SELECT SUM(i.planned) FROM grant_income_line i
                 WHERE i.grant_id = g.id AND i.kind IN ('THIRD_PARTY', 'OTHER_PUBLIC')), 0),
       COALESCE((SELECT SUM(c.planned) FROM cost_plan_line c JOIN project p ON p.id = c.project_id
                 WHERE p.grant_id = g.id), 0)
FROM funding_grant g JOIN grant_notice n ON n.grant_id = g.id
WHERE n.notice_date = (SELECT MIN(m.notice_date) FROM grant_notice m WHERE m.grant_id = g.id);
DELETE FROM v13_first_plan
WHERE planned < grant_amount + others
   OR grant_id IN (SELECT f.grant_id FROM v13_first_plan f GROUP BY f.grant_id HAVING COUNT(*) > 1);

INSERT INTO grant_plan_line (grant_id, notice_date, cost_category_id, income_kind, amount, eligible_amount)
SELECT f.grant_id, f.notice_date, c.cost_category_id, NULL, SUM(c.planned), SUM(c.eligible)
FROM v13_first_plan f
JOIN project p ON p.grant_id = f.grant_id
JOIN cost_plan_line c ON c.project_id = p.id
GROUP BY f.grant_id, f.notice_date, c.cost_category_id;

INSERT INTO grant_plan_line (grant_id, notice_date, cost_category_id, income_kind, amount, eligible_amount)
SELECT f.grant_id, f.notice_date, NULL, 'THIS_GRANT', f.grant_amount, NULL FROM v13_first_plan f;

INSERT INTO grant_plan_line (grant_id, notice_date, cost_category_id, income_kind, amount, eligible_amount)
SELECT f.grant_id, f.notice_date, NULL, i.kind, i.planned, NULL
FROM v13_first_plan f JOIN grant_income_line i ON i.grant_id = f.grant_id
WHERE i.kind IN ('THIRD_PARTY', 'OTHER_PUBLIC');

INSERT INTO grant_plan_line (grant_id, notice_date, cost_category_id, income_kind, amount, eligible_amount)
SELECT f.grant_id, f.notice_date, NULL, 'OWN_SHARE', f.planned - f.grant_amount - f.others, NULL
FROM v13_first_plan f;

DROP TABLE v13_first_plan;
