package vn.longbien.exemplar.nomination.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.longbien.exemplar.nomination.api.FileNames;
import vn.longbien.exemplar.nomination.api.ImportReport;
import vn.longbien.exemplar.nomination.api.NominationImport;
import vn.longbien.exemplar.nomination.api.NominationImport.Check;
import vn.longbien.exemplar.nomination.api.NominationImport.RowResult;
import vn.longbien.exemplar.nomination.api.NominationService;
import vn.longbien.exemplar.security.PageAccess;
import vn.longbien.exemplar.web.ApiException;
import vn.longbien.exemplar.web.PageController;

/**
 * {@code /nominations/import}: bulk import in the browser. The official downloads the template, uploads the
 * filled file and sees every row's result, every bad row with its column and reason, before anything is
 * started ({@link NominationImport#check}); then starts the valid rows, or none to correct the file. The checked
 * file waits in the session for that choice ({@link CheckedImports}), so it is uploaded once; the rows started
 * are exactly those the official saw valid ({@link NominationImport#startValidRows}). Only officials who
 * nominate for a unit may import.
 */
@PageController
@RequestMapping("/nominations/import")
class ImportPages {

  static final String CHOICE_START = "start";
  static final String CHOICE_NONE = "none";

  private final NominationImport imports;
  private final NominationService nominations;
  private final PageAccess pageAccess;

  ImportPages(NominationImport imports, NominationService nominations, PageAccess pageAccess) {
    this.imports = imports;
    this.nominations = nominations;
    this.pageAccess = pageAccess;
  }

  @GetMapping
  String uploadPage(Model model) {
    requireNominatingRole();
    return page(model, null);
  }

  /** The first upload only checks: every row's result, nothing started. A file that cannot be read is 400. */
  @PostMapping
  String check(@RequestParam(name = "file", required = false) MultipartFile file, HttpSession session, Model model,
      HttpServletResponse response) throws IOException {
    requireNominatingRole();
    if (file == null || file.isEmpty()) {
      return refused(model, response, file == null || blank(file.getOriginalFilename())
          ? "Chưa chọn tệp để kiểm tra" : "Tệp rỗng, không có dữ liệu");
    }
    String fileName = fileName(file);
    byte[] content = file.getBytes();
    Check check;
    try {
      check = imports.check(fileName, new ByteArrayInputStream(content));
    } catch (ApiException unreadable) {
      return refused(model, response, unreadable.getMessage());
    }
    CheckedImports.Entry entry = CheckedImports.of(session).keep(fileName, sha256(content), content, check);
    return "redirect:/nominations/import/" + entry.getToken();
  }

  /** A checked file: its rows, and the choice while nothing has been started; after the choice, what became of it. */
  @GetMapping("/{token}")
  String checked(@PathVariable String token, HttpSession session, Model model, HttpServletResponse response) {
    requireNominatingRole();
    Optional<CheckedImports.Entry> entry = CheckedImports.of(session).find(token);
    if (entry.isEmpty()) {
      return gone(model, response);
    }
    synchronized (entry.get()) {
      return page(model, entry.get());
    }
  }

  /**
   * The official's choice for a checked file: start its valid rows, or none. Chosen once: a second submission
   * (a double click) finds the choice made and shows its outcome.
   */
  @PostMapping("/{token}")
  String choose(@PathVariable String token, @RequestParam(defaultValue = "") String choice,
      @RequestParam(name = "file", required = false) MultipartFile file, HttpSession session, Model model,
      HttpServletResponse response) throws IOException {
    requireNominatingRole();
    CheckedImports checked = CheckedImports.of(session);
    Optional<CheckedImports.Entry> found = checked.find(token);
    if (found.isEmpty()) {
      return gone(model, response);
    }
    CheckedImports.Entry entry = found.get();
    synchronized (entry) {
      if (entry.getState() != CheckedImports.State.CHECKED) {
        return "redirect:/nominations/import/" + token;
      }
      if (CHOICE_NONE.equals(choice)) {
        entry.nothingStarted();
        return "redirect:/nominations/import/" + token;
      }
      if (!CHOICE_START.equals(choice) || entry.getCheck().report().validRows() == 0) {
        return "redirect:/nominations/import/" + token;
      }
      byte[] content = entry.content().orElse(null);
      if (content == null) {
        if (file == null || file.isEmpty()) {
          response.setStatus(HttpStatus.BAD_REQUEST.value());
          model.addAttribute("fileError", "Chọn lại tệp “" + entry.getFileName() + "” để bắt đầu bình xét các dòng hợp lệ");
          return page(model, entry);
        }
        content = file.getBytes();
        if (!sha256(content).equals(entry.sha256())) {
          return checkedInstead(file, content, checked, model, response);
        }
      }
      start(entry, content);
      return "redirect:/nominations/import/" + token;
    }
  }

  private void start(CheckedImports.Entry entry, byte[] content) {
    try {
      ImportReport report = imports.startValidRows(
          entry.getFileName(), new ByteArrayInputStream(content), entry.getCheck().verdict());
      if ("Imported".equals(report.type())) {
        entry.started(startedRows(entry.getCheck(), report), report.message());
      } else {
        entry.checkedAgain(imports.check(entry.getFileName(), new ByteArrayInputStream(content)), report.message());
      }
    } catch (ApiException refused) {
      // Refused in the transaction that starts them (the same nominee submitted at this moment, the round just
      // closed): nothing was started.
      entry.showNotice(refused.getMessage() + ". Chưa hồ sơ nào được nhập.", true);
    }
  }

  /** The file chosen again with the choice is another file: it is checked, and nothing is started. */
  private String checkedInstead(MultipartFile file, byte[] content, CheckedImports checked, Model model,
      HttpServletResponse response) {
    String fileName = fileName(file);
    Check check;
    try {
      check = imports.check(fileName, new ByteArrayInputStream(content));
    } catch (ApiException unreadable) {
      return refused(model, response, unreadable.getMessage());
    }
    CheckedImports.Entry other = checked.keep(fileName, sha256(content), content, check);
    other.showNotice("Tệp vừa chọn khác tệp đã kiểm tra trước đó; đây là kết quả kiểm tra tệp vừa chọn. "
        + "Chưa hồ sơ nào được nhập.", true);
    return "redirect:/nominations/import/" + other.getToken();
  }

  /** The valid rows in the file's order, with the nominations started from them (the import keeps that order). */
  private static List<CheckedImports.StartedRow> startedRows(Check check, ImportReport report) {
    List<CheckedImports.StartedRow> rows = new ArrayList<>();
    Iterator<String> ids = report.startedNominationIds().iterator();
    for (RowResult row : check.rows()) {
      if (row.valid() && ids.hasNext()) {
        rows.add(new CheckedImports.StartedRow(row.row(), row.nomineeName(), ids.next()));
      }
    }
    return rows;
  }

  private String page(Model model, CheckedImports.Entry entry) {
    model.addAttribute("entry", entry);
    model.addAttribute("maxRows", NominationImport.MAX_ROWS);
    model.addAttribute("keptBytes", CheckedImports.MAX_KEPT_BYTES / (1024 * 1024));
    int round = nominations.currentRoundYear();
    model.addAttribute("openRound", round);
    model.addAttribute("roundRefusal", nominations.roundRefusal(round).orElse(null));
    return "nominations/import";
  }

  private String refused(Model model, HttpServletResponse response, String message) {
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    model.addAttribute("uploadError", message);
    return page(model, null);
  }

  private String gone(Model model, HttpServletResponse response) {
    response.setStatus(HttpStatus.NOT_FOUND.value());
    model.addAttribute("uploadError", "Kết quả kiểm tra này không còn được giữ (phiên đăng nhập mới, hoặc đã kiểm tra "
        + CheckedImports.MAX_CHECKS + " tệp khác sau đó); chưa hồ sơ nào được nhập từ tệp ấy. Xin tải tệp lên để kiểm tra lại.");
    return page(model, null);
  }

  private void requireNominatingRole() {
    if (!pageAccess.nominates()) {
      throw new AuthorizationException("Only officials of a nominating unit may import nominations");
    }
  }

  private static String fileName(MultipartFile file) {
    String name = FileNames.sanitise(file.getOriginalFilename(), 200);
    return name.isEmpty() ? "tep-khong-ten" : name;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
