package vn.longbien.exemplar.nomination.web;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.web.util.WebUtils;
import vn.longbien.exemplar.nomination.api.NominationImport.Check;

/**
 * The files an official has had checked on the import page, kept in their HTTP session until they choose, so
 * that a file is uploaded once. Each check is known by a random token that only this session holds. Bounded:
 * the session keeps its last {@link #MAX_CHECKS} checks, and a file's bytes only when they are at most
 * {@link #MAX_KEPT_BYTES} (a larger file is chosen again with the choice, and must be the same file, by its
 * SHA-256); the bytes are dropped as soon as the official has chosen, the report stays to be read.
 */
final class CheckedImports implements Serializable {

  static final int MAX_CHECKS = 3;
  static final int MAX_KEPT_BYTES = 2 * 1024 * 1024;

  private static final String ATTRIBUTE = CheckedImports.class.getName();

  enum State {
    /** Checked, nothing started: the official has still to choose. */
    CHECKED,
    /** The official started the valid rows. */
    STARTED,
    /** The official chose to start none, to correct the file. */
    NOTHING_STARTED
  }

  /** A nomination started from a row of the file. */
  record StartedRow(int row, String nomineeName, String nominationId) implements Serializable {}

  /** One checked file and what became of it. Read and changed under its own lock ({@code synchronized (entry)}). */
  static final class Entry implements Serializable {

    private final String token;
    private final String fileName;
    private final String sha256;
    private byte[] content;
    private Check check;
    private State state = State.CHECKED;
    private String notice;
    private boolean noticeIsError;
    private List<StartedRow> started = List.of();
    private String outcome;

    private Entry(String token, String fileName, String sha256, byte[] content, Check check) {
      this.token = token;
      this.fileName = fileName;
      this.sha256 = sha256;
      this.content = content.length <= MAX_KEPT_BYTES ? content : null;
      this.check = check;
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

    /** The checked file's bytes, or empty when the file was too large to keep or the official has chosen. */
    Optional<byte[]> content() {
      return Optional.ofNullable(content);
    }

    /** Whether the official must choose the file again to start its valid rows. */
    public boolean isFileToChooseAgain() {
      return state == State.CHECKED && content == null;
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

    /** Checked again with another result: the official sees it and chooses again. */
    void checkedAgain(Check newCheck, String why) {
      this.check = newCheck;
      showNotice(why, true);
    }

    void showNotice(String message, boolean error) {
      this.notice = message;
      this.noticeIsError = error;
    }

    void started(List<StartedRow> rows, String message) {
      this.state = State.STARTED;
      this.started = List.copyOf(rows);
      this.outcome = message;
      this.notice = null;
      this.content = null;
    }

    void nothingStarted() {
      this.state = State.NOTHING_STARTED;
      this.notice = null;
      this.content = null;
    }
  }

  private final Map<String, Entry> entries = new LinkedHashMap<>();

  /** This session's checks (created with the first). */
  static CheckedImports of(HttpSession session) {
    synchronized (WebUtils.getSessionMutex(session)) {
      CheckedImports checked = (CheckedImports) session.getAttribute(ATTRIBUTE);
      if (checked == null) {
        checked = new CheckedImports();
        session.setAttribute(ATTRIBUTE, checked);
      }
      return checked;
    }
  }

  /** Keeps a new check under a new token; the session's oldest check goes when there are more than the bound. */
  synchronized Entry keep(String fileName, String sha256, byte[] content, Check check) {
    Entry entry = new Entry(UUID.randomUUID().toString(), fileName, sha256, content, check);
    entries.put(entry.token, entry);
    while (entries.size() > MAX_CHECKS) {
      entries.remove(entries.keySet().iterator().next());
    }
    return entry;
  }

  synchronized Optional<Entry> find(String token) {
    return Optional.ofNullable(token == null ? null : entries.get(token));
  }
}
