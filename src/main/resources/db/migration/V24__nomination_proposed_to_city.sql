-- Whether a nomination's review reached the city (issue 19): written by the review glue when the city's task is
-- created, read by the round's report, instead of the report matching the models' element ids against the
-- nomination's current step. Backfilled from the steps the report matched until now.
ALTER TABLE nomination ADD COLUMN proposed_to_city BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE nomination SET proposed_to_city = TRUE
 WHERE status = 'RECOGNISED_CITY'
    OR current_step IN ('Task_CityOutcome', 'Task_ComputeCityOutcome', 'EndEvent_RecognisedCity',
                        'EndEvent_NotRecognisedCity');
