package vn.longbien.exemplar.nomination.web;

import jakarta.servlet.http.HttpServletResponse;
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
import vn.longbien.exemplar.security.CurrentOfficial;
import vn.longbien.exemplar.security.PageAccess;
import vn.longbien.exemplar.web.ApiException;
import vn.longbien.exemplar.web.PageController;

/**
 * {@code /nominations/import}: bulk import in the browser. The official downloads the template, uploads the
 * filled file and sees every row's result, every bad row with its column and reason, before anything is
 * started ({@link NominationImport#check}); then starts the valid rows, or none to correct the file. The checked
 * file waits in the database for that choice ({@link CheckedImports}), whichever node the choice reaches, so it is uploaded once; the rows started
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
  private final CheckedImports checkedImports;
  private final CurrentOfficial currentOfficial;

  ImportPages(NominationImport imports, NominationService nominations, PageAccess pageAccess,
      CheckedImports checkedImports, CurrentOfficial currentOfficial) {
    this.imports = imports;
    this.nominations = nominations;
    this.pageAccess = pageAccess;
    this.checkedImports = checkedImports;
    this.currentOfficial = currentOfficial;
  }

  @GetMapping
  String uploadPage(Model model) {
    requireNominatingRole();
    return page(model, null);
  }

  /** The first upload only checks: every row's result, nothing started. A file that cannot be read is 400. */
  @PostMapping
  String check(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
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
    CheckedImports.Entry entry = checkedImports.keep(official(), fileName, sha256(content), content, check, null);
    return "redirect:/nominations/import/" + entry.getToken();
  }

  /** A checked file: its rows, and the choice while nothing has been started; after the choice, what became of it. */
  @GetMapping("/{token}")
  String checked(@PathVariable String token, Model model, HttpServletResponse response) {
    requireNominatingRole();
    Optional<CheckedImports.Entry> entry = checkedImports.find(token, official());
    return entry.isEmpty() ? gone(model, response) : page(model, entry.get());
  }

  /**
   * The official's choice for a checked file: start its valid rows, or none. Chosen once: a second submission
   * (a double click, or the same choice reaching another node) finds the choice made and shows its outcome.
   */
  @PostMapping("/{token}")
  String choose(@PathVariable String token, @RequestParam(defaultValue = "") String choice,
      @RequestParam(name = "file", required = false) MultipartFile file, Model model,
      HttpServletResponse response) throws IOException {
    requireNominatingRole();
    Optional<CheckedImports.Entry> found = checkedImports.find(token, official());
    if (found.isEmpty()) {
      return gone(model, response);
    }
    CheckedImports.Entry entry = found.get();
    if (entry.getState() != CheckedImports.State.CHECKED) {
      return "redirect:/nominations/import/" + token;
    }
    if (CHOICE_NONE.equals(choice)) {
      checkedImports.nothingStarted(token);
      return "redirect:/nominations/import/" + token;
    }
    if (!CHOICE_START.equals(choice) || entry.getCheck().report().validRows() == 0) {
      return "redirect:/nominations/import/" + token;
    }
    byte[] content = checkedImports.content(token).orElse(null);
    if (content == null) {
      if (file == null || file.isEmpty()) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("fileError", "Chọn lại tệp “" + entry.getFileName() + "” để bắt đầu bình xét các dòng hợp lệ");
        return page(model, entry);
      }
      content = file.getBytes();
      if (!sha256(content).equals(entry.sha256())) {
        return checkedInstead(file, content, model, response);
      }
    }
    if (checkedImports.claimStart(token)) {
      start(entry, content);
    }
    return "redirect:/nominations/import/" + token;
  }

  private void start(CheckedImports.Entry entry, byte[] content) {
    try {
      ImportReport report = imports.startValidRows(
          entry.getFileName(), new ByteArrayInputStream(content), entry.getCheck().verdict());
      if ("Imported".equals(report.type())) {
        checkedImports.started(entry.getToken(), startedRows(entry.getCheck(), report), report.message());
      } else {
        checkedImports.checkedAgain(entry.getToken(), imports.check(entry.getFileName(), new ByteArrayInputStream(content)),
            report.message());
      }
    } catch (ApiException refused) {
      // Refused in the transaction that starts them (the same nominee submitted at this moment, the round just
      // closed): nothing was started.
      checkedImports.refused(entry.getToken(), refused.getMessage() + ". Chưa hồ sơ nào được nhập.");
    } catch (RuntimeException failed) {
      checkedImports.refused(entry.getToken(), "Chưa bắt đầu được các dòng hợp lệ; chưa hồ sơ nào được nhập. Xin chọn lại.");
      throw failed;
    }
  }

  /** The file chosen again with the choice is another file: it is checked, and nothing is started. */
  private String checkedInstead(MultipartFile file, byte[] content, Model model, HttpServletResponse response) {
    String fileName = fileName(file);
    Check check;
    try {
      check = imports.check(fileName, new ByteArrayInputStream(content));
    } catch (ApiException unreadable) {
      return refused(model, response, unreadable.getMessage());
    }
    CheckedImports.Entry other = checkedImports.keep(official(), fileName, sha256(content), content, check,
        "Tệp vừa chọn khác tệp đã kiểm tra trước đó; đây là kết quả kiểm tra tệp vừa chọn. Chưa hồ sơ nào được nhập.");
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
    model.addAttribute("uploadError", "Kết quả kiểm tra này không còn được giữ (quá " + CheckedImports.KEPT_FOR.toHours()
        + " giờ sau khi kiểm tra) hoặc không phải của bạn; chưa hồ sơ nào được nhập từ tệp ấy. Xin tải tệp lên để kiểm tra lại.");
    return page(model, null);
  }

  private String official() {
    return currentOfficial.get().userId();
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
