-- Every query run with authorization checks (Tasklist's task list, the audit timeline's history reads)
-- joins the caller's grants: ACT_RU_AUTHORIZATION rows WHERE USER_ID_ IN (user, '*') OR GROUP_ID_ IN
-- (groups). Camunda indexes GROUP_ID_ but not USER_ID_, so PostgreSQL cannot combine two index scans and
-- reads the whole table, which holds one grant per open task and candidate group (20,000+ rows in a city
-- round). Measured in docs/BENCHMARKS.md. Camunda's own table: run after the engine created its schema.
CREATE INDEX IF NOT EXISTS ACT_IDX_AUTH_USER_ID ON ACT_RU_AUTHORIZATION (USER_ID_);
