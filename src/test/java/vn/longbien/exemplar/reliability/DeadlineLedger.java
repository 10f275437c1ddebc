package vn.longbien.exemplar.reliability;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the shared database says about the nominations' public-posting deadlines (the timer
 * {@code Event_PostingPeriodOver} of {@code level-review}) and the council tasks they open: read straight
 * from Camunda's tables, so the count does not depend on which node asks.
 */
final class DeadlineLedger {

  static final String POSTING_TIMER = "Event_PostingPeriodOver";
  static final String COUNCIL_TASK = "Task_CouncilReview";

  private final JdbcTemplate jdbc;

  DeadlineLedger(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The posting timers' jobs: a timer job's handler configuration names its activity (the review tasks'
   * reminder timers are jobs of the same process too).
   */
  private static final String POSTING_TIMER_JOBS =
      " WHERE process_def_key_ = 'level-review' AND type_ = 'timer' AND handler_cfg_ LIKE '" + POSTING_TIMER + "%'";

  /** Posting timers not yet fired (still a job). */
  int waitingTimers() {
    return count("SELECT count(*) FROM act_ru_job" + POSTING_TIMER_JOBS);
  }

  /** The deadline arrives: every waiting posting timer becomes due now, as the calendar would make it. */
  int makeTimersDue() {
    return jdbc.update("UPDATE act_ru_job SET duedate_ = now() - interval '1 minute'" + POSTING_TIMER_JOBS);
  }

  /** Makes due only the posting timers of these nominations (business keys). */
  int makeTimersDue(List<String> nominationIds) {
    return nominationIds.stream().mapToInt(id -> jdbc.update(
        "UPDATE act_ru_job SET duedate_ = now() - interval '1 minute'" + POSTING_TIMER_JOBS
            + " AND process_instance_id_ IN (SELECT id_ FROM act_ru_execution"
            + " WHERE business_key_ = ? AND proc_def_id_ LIKE 'level-review:%')", id)).sum();
  }

  /** Level instances whose posting timer fired, however often. */
  int levelsWithTimerFired() {
    return count("SELECT count(DISTINCT proc_inst_id_) FROM act_hi_actinst WHERE act_id_ = ? AND end_time_ IS NOT NULL",
        POSTING_TIMER);
  }

  /** Level instances whose posting timer fired more than once: must stay 0. */
  int timersFiredTwice() {
    return count("SELECT count(*) FROM (SELECT proc_inst_id_ FROM act_hi_actinst WHERE act_id_ = ?"
        + " AND end_time_ IS NOT NULL GROUP BY proc_inst_id_ HAVING count(*) > 1) twice", POSTING_TIMER);
  }

  /** Council tasks ever created (open or done). */
  int councilTasksCreated() {
    return count("SELECT count(*) FROM act_hi_taskinst WHERE task_def_key_ = ?", COUNCIL_TASK);
  }

  /** Level instances with more than one council task: must stay 0. */
  int duplicateCouncilTasks() {
    return count("SELECT count(*) FROM (SELECT proc_inst_id_ FROM act_hi_taskinst WHERE task_def_key_ = ?"
        + " GROUP BY proc_inst_id_ HAVING count(*) > 1) twice", COUNCIL_TASK);
  }

  int openTasks(String taskDefinitionKey) {
    return count("SELECT count(*) FROM act_ru_task WHERE task_def_key_ = ?", taskDefinitionKey);
  }

  List<String> openTaskIds(String taskDefinitionKey) {
    return jdbc.queryForList("SELECT id_ FROM act_ru_task WHERE task_def_key_ = ? ORDER BY id_", String.class,
        taskDefinitionKey);
  }

  int incidents() {
    return count("SELECT count(*) FROM act_ru_incident");
  }

  /** Jobs that failed at least once and wait for a retry, or have none left. */
  int failedJobs() {
    return count("SELECT count(*) FROM act_ru_job WHERE exception_msg_ IS NOT NULL OR retries_ < 3");
  }

  /** Successful posting-timer executions per node (the engine's host name ends with "$" + engine name). */
  Map<String, Integer> firingsPerNode() {
    return jdbc.query("SELECT hostname_, count(*) FROM act_hi_job_log WHERE act_id_ = ? AND job_state_ = 2"
            + " GROUP BY hostname_ ORDER BY hostname_",
        rs -> {
          Map<String, Integer> perNode = new java.util.TreeMap<>();
          while (rs.next()) {
            perNode.put(rs.getString(1), rs.getInt(2));
          }
          return perNode;
        },
        POSTING_TIMER);
  }

  /** Failed job executions of posting timers (e.g. a node losing a race), each retried by the engine. */
  int failedFirings() {
    return count("SELECT count(*) FROM act_hi_job_log WHERE act_id_ = ? AND job_state_ = 1", POSTING_TIMER);
  }

  private int count(String sql, Object... arguments) {
    return jdbc.queryForObject(sql, Integer.class, arguments);
  }
}
