-- The history grants (resource type 19, HISTORIC_TASK) that the engine gave the candidate group and assignee
-- of every task, kept by the engine until history cleanup: those of tasks that have ended. From now on
-- security/HistoricTaskGrants removes them when a task ends; this removes the ones left from before.
-- Every command with authorization checks reads the whole table once (docs/SECURITY.md).
DELETE FROM ACT_RU_AUTHORIZATION
 WHERE RESOURCE_TYPE_ = 19
   AND NOT EXISTS (SELECT 1 FROM ACT_RU_TASK T WHERE T.ID_ = ACT_RU_AUTHORIZATION.RESOURCE_ID_);
