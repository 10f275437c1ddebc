package vn.longbien.exemplar.benchmark;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PostgreSQL's own count of sequential scans per table (pg_stat_user_tables) over a stretch of work:
 * which tables a workload reads without an index, and how many rows that costs.
 */
final class TableScans {

  record SeqScan(String table, long scans, long rowsRead) {}

  /** PostgreSQL 16 backends publish their table statistics at the latest 10 s after going idle. */
  private static final long STATISTICS_DELAY_MILLIS = 11_000;

  private final JdbcTemplate jdbc;

  TableScans(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Waits until the work before is published, so that none of it is counted after the reset. */
  void reset() {
    awaitStatistics();
    jdbc.execute("SELECT pg_stat_reset()");
  }

  /** The tables scanned sequentially since the reset, most rows read first. */
  List<SeqScan> sinceReset() {
    awaitStatistics();
    return jdbc.query(
        "SELECT relname, seq_scan, seq_tup_read FROM pg_stat_user_tables WHERE seq_tup_read > 0"
            + " ORDER BY seq_tup_read DESC LIMIT 10",
        (row, i) -> new SeqScan(row.getString(1), row.getLong(2), row.getLong(3)));
  }

  private static void awaitStatistics() {
    try {
      Thread.sleep(STATISTICS_DELAY_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
