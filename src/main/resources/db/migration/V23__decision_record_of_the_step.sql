-- One record of what happened (issue 19): the decision row says, beside the outcome, everything the reports,
-- documents and the audit timeline read, so that none of them needs a BPMN element id or a form field name.
--   task_id / task_key     the engine's task (and its definition key) whose completion carried the decision
--   process_definition_id  the model version the step ran under
--   review_unit            the reviewing unit (its code) at that level
--   summary                the sentence the audit shows, written once by the review glue
--   recorded_values        what the official submitted for the step (JSON object of text values), shown as evidence
-- Rows recorded before this version keep these columns empty; the audit then shows their reason.
ALTER TABLE nomination_decision ADD COLUMN task_id VARCHAR(64);
ALTER TABLE nomination_decision ADD COLUMN task_key VARCHAR(255);
ALTER TABLE nomination_decision ADD COLUMN process_definition_id VARCHAR(255);
ALTER TABLE nomination_decision ADD COLUMN review_unit VARCHAR(64);
ALTER TABLE nomination_decision ADD COLUMN summary VARCHAR(4000);
ALTER TABLE nomination_decision ADD COLUMN recorded_values VARCHAR(10000);
