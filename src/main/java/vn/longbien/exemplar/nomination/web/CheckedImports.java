package vn.longbien.exemplar.nomination.web;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.longbien.exemplar.nomination.api.ImportReport;
import vn.longbien.exemplar.nomination.api.ImportReport.RowError;
import vn.longbien.exemplar.nomination.api.NominationImport.Check;
import vn.longbien.exemplar.nomination.api.NominationImport.RowResult;
import vn.longbien.exemplar.nomination.api.NominationImport.Verdict;

/**
 * The files officials have had checked on the import page, kept in the database until they choose (tables
 * {@code checked_import}, {@code checked_import_row}, {@code checked_import_error}), so that a file is uploaded
 * once and the choice may reach any node of the application. Each check is known by a random token and belongs to
 * the official who uploaded the file: anyone else, and anyone after {@link #KEPT_FOR}, finds nothing. A file's bytes
 * are kept only when they are at most {@link #MAX_KEPT_BYTES} (a larger file is chosen again with the choice, and
 * must be the same file, by its SHA-256), and are dropped as soon as the official has chosen; the report stays to be
 * read until the check expires.
 */
@Component
class CheckedImports {

  static final int MAX_KEPT_BYTES = 2 * 1024 * 1024;
  static final Duration KEPT_FOR = Duration.ofHours(24);

  private static final int TEXT = 2000;

  enum State {
    /** Checked, nothing started: the official has still to choose. */
    CHECKED,
    /** The official chose to start the valid rows, and they are being started (by this request or another). */
    STARTING,
    /** The official started the valid rows. */
    STARTED,
    /** The official chose to start none, to correct the file. */
    NOTHING_STARTED
  }

  /** A nomination started from a row of the file. */
  record StartedRow(int row, String nomineeName, String nominationId) {}

  /** One checked file and what became of it, as read from the database. */
  static final class Entry {

    private final String token;
    private final String fileName;
    private final String sha256;
    private final boolean contentKept;
    private final Check check;
    private final State state;
    private final String notice;
    private final boolean noticeIsError;
    private final List<StartedRow> started;
    private final String outcome;

    private Entry(String token, String fileName, String sha256, boolean contentKept, Check check, State state,
        String notice, boolean noticeIsError, List<StartedRow> started, String outcome) {
      this.token = token;
      this.fileName = fileName;
      this.sha256 = sha256;
      this.contentKept = contentKept;
      this.check = check;
      this.state = state;
      this.notice = notice;
      this.noticeIsError = noticeIsError;
      this.started = started;
      this.outcome = outcome;
    }

    public String getToken() {
      return token;
    }

    public String getFileName() {
      return fileName;
    }

    String sha256() {
      return sha256;
    }

    /** Whether the official must choose the file again to start its valid rows. */
    public boolean isFileToChooseAgain() {
      return state == State.CHECKED && !contentKept;
    }

    public Check getCheck() {
      return check;
    }

    public State getState() {
      return state;
    }

    public String getNotice() {
      return notice;
    }

    public boolean isNoticeError() {
      return noticeIsError;
    }

    public List<StartedRow> getStarted() {
      return started;
    }

    /** What starting did, as the import reported it. */
    public String getOutcome() {
      return outcome;
    }
  }

  private final JdbcClient jdbc;

  CheckedImports(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Keeps a new check of the official's under a new token; expired checks of anyone go. */
  @Transactional
  Entry keep(String checkedBy, String fileName, String sha256, byte[] content, Check check, String errorNotice) {
    Instant now = Instant.now();
    jdbc.sql("DELETE FROM checked_import WHERE expires_at < :now").param("now", time(now)).update();
    String token = UUID.randomUUID().toString();
    jdbc.sql("INSERT INTO checked_import (token, checked_by, file_name, sha256, content, total_rows, valid_rows,"
            + " report_message, state, notice, notice_is_error, checked_at, expires_at) VALUES (:token, :checkedBy,"
            + " :fileName, :sha256, :content, :totalRows, :validRows, :message, 'CHECKED', :notice, :noticeIsError, :now,"
            + " :expires)")
        .param("token", token).param("checkedBy", checkedBy).param("fileName", fileName).param("sha256", sha256)
        .param("content", content.length <= MAX_KEPT_BYTES ? content : null)
        .param("totalRows", check.report().totalRows()).param("validRows", check.report().validRows())
        .param("message", cut(check.report().message())).param("notice", cut(errorNotice))
        .param("noticeIsError", errorNotice != null).param("now", time(now)).param("expires", time(now.plus(KEPT_FOR)))
        .update();
    writeRows(token, check);
    return find(token, checkedBy).orElseThrow();
  }

  /** The official's own check under the token, unless it has expired. */
  @Transactional(readOnly = true)
  Optional<Entry> find(String token, String checkedBy) {
    if (token == null || checkedBy == null) {
      return Optional.empty();
    }
    return jdbc.sql("SELECT token, file_name, sha256, content IS NOT NULL AS kept, total_rows, valid_rows, report_message,"
            + " state, notice, notice_is_error, outcome FROM checked_import"
            + " WHERE token = :token AND checked_by = :checkedBy AND expires_at >= :now")
        .param("token", token).param("checkedBy", checkedBy).param("now", time(Instant.now()))
        .query((rs, n) -> entry(rs)).optional();
  }

  /** The checked file's bytes, while they are kept. */
  Optional<byte[]> content(String token) {
    return jdbc.sql("SELECT content FROM checked_import WHERE token = :token AND content IS NOT NULL")
        .param("token", token).query((rs, n) -> rs.getBytes(1)).optional();
  }

  /**
   * Takes the choice to start the valid rows: true for the one request that finds the check still waiting (a double
   * click, or the same choice sent to two nodes, starts nothing more).
   */
  boolean claimStart(String token) {
    return jdbc.sql("UPDATE checked_import SET state = 'STARTING', notice = NULL WHERE token = :token AND state = 'CHECKED'")
        .param("token", token).update() == 1;
  }

  /** The choice to start none; false when the official had already chosen. */
  boolean nothingStarted(String token) {
    return jdbc.sql("UPDATE checked_import SET state = 'NOTHING_STARTED', notice = NULL, content = NULL"
            + " WHERE token = :token AND state = 'CHECKED'")
        .param("token", token).update() == 1;
  }

  /** The valid rows started: the nomination of each, the import's message; the file's bytes go. */
  @Transactional
  void started(String token, List<StartedRow> rows, String outcome) {
    jdbc.sql("UPDATE checked_import SET state = 'STARTED', outcome = :outcome, notice = NULL, content = NULL"
            + " WHERE token = :token")
        .param("token", token).param("outcome", cut(outcome)).update();
    for (StartedRow row : rows) {
      jdbc.sql("UPDATE checked_import_row SET nomination_id = :id WHERE token = :token AND row_number = :row")
          .param("id", row.nominationId()).param("token", token).param("row", row.row()).update();
    }
  }

  /** Checked again with another result: the official sees it and chooses again. */
  @Transactional
  void checkedAgain(String token, Check check, String why) {
    jdbc.sql("DELETE FROM checked_import_error WHERE token = :token").param("token", token).update();
    jdbc.sql("DELETE FROM checked_import_row WHERE token = :token").param("token", token).update();
    jdbc.sql("UPDATE checked_import SET state = 'CHECKED', total_rows = :totalRows, valid_rows = :validRows,"
            + " report_message = :message, notice = :notice, notice_is_error = TRUE WHERE token = :token")
        .param("totalRows", check.report().totalRows()).param("validRows", check.report().validRows())
        .param("message", cut(check.report().message())).param("notice", cut(why)).param("token", token).update();
    writeRows(token, check);
  }

  /** Nothing was started after all: the official sees why and may choose again. */
  void refused(String token, String why) {
    jdbc.sql("UPDATE checked_import SET state = 'CHECKED', notice = :notice, notice_is_error = TRUE WHERE token = :token")
        .param("notice", cut(why)).param("token", token).update();
  }

  private void writeRows(String token, Check check) {
    for (RowResult row : check.rows()) {
      jdbc.sql("INSERT INTO checked_import_row (token, row_number, nominee_name) VALUES (:token, :row, :name)")
          .param("token", token).param("row", row.row()).param("name", cut(row.nomineeName(), 1000)).update();
    }
    int position = 0;
    for (RowError error : check.report().errors()) {
      jdbc.sql("INSERT INTO checked_import_error (token, position, row_number, column_name, field, message)"
              + " VALUES (:token, :position, :row, :column, :field, :message)")
          .param("token", token).param("position", position++).param("row", error.row())
          .param("column", cut(error.column(), 255)).param("field", cut(error.field(), 255))
          .param("message", cut(error.message())).update();
    }
  }

  /** The entry with its check as the official saw it: the rows, their reasons, and the verdict they make. */
  private Entry entry(ResultSet rs) throws SQLException {
    String token = rs.getString("token");
    List<RowError> errors = jdbc.sql("SELECT row_number, column_name, field, message FROM checked_import_error"
            + " WHERE token = :token ORDER BY position")
        .param("token", token)
        .query((r, n) -> new RowError(r.getInt(1), r.getString(2), r.getString(3), r.getString(4))).list();
    Map<Integer, List<RowError>> byRow = new LinkedHashMap<>();
    errors.forEach(error -> byRow.computeIfAbsent(error.row(), row -> new ArrayList<>()).add(error));
    List<RowResult> rows = new ArrayList<>();
    List<StartedRow> started = new ArrayList<>();
    jdbc.sql("SELECT row_number, nominee_name, nomination_id FROM checked_import_row WHERE token = :token"
            + " ORDER BY row_number")
        .param("token", token)
        .query((r, n) -> {
          int row = r.getInt(1);
          rows.add(new RowResult(row, r.getString(2), List.copyOf(byRow.getOrDefault(row, List.of()))));
          if (r.getString(3) != null) {
            started.add(new StartedRow(row, r.getString(2), r.getString(3)));
          }
          return row;
        }).list();
    int totalRows = rs.getInt("total_rows");
    SortedSet<Integer> badRows = new TreeSet<>(byRow.keySet());
    ImportReport report = new ImportReport("Checked", rs.getString("report_message"), totalRows, rs.getInt("valid_rows"),
        0, List.of(), errors);
    return new Entry(token, rs.getString("file_name"), rs.getString("sha256"), rs.getBoolean("kept"),
        new Check(report, rows, new Verdict(totalRows, badRows)), State.valueOf(rs.getString("state")),
        rs.getString("notice"), rs.getBoolean("notice_is_error"), List.copyOf(started), rs.getString("outcome"));
  }

  private static OffsetDateTime time(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static String cut(String text) {
    return cut(text, TEXT);
  }

  private static String cut(String text, int length) {
    return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
  }
}
