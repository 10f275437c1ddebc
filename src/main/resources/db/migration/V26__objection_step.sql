-- One record of what happened (issue 19): the objection row names the step of the level's review that took it
-- in (the engine's activity instance, written by the review glue when the message ObjectionReceived arrives),
-- so the audit places it in the timeline without knowing the step's id. Rows recorded before this version keep
-- it empty; the audit then places them at the time they were received.
ALTER TABLE objection ADD COLUMN activity_instance_id VARCHAR(64);
