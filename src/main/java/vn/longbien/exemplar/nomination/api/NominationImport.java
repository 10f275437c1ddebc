package vn.longbien.exemplar.nomination.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.longbien.exemplar.nomination.CodeListConverter;
import vn.longbien.exemplar.nomination.SearchKey;
import vn.longbien.exemplar.nomination.api.ImportReport.RowError;
import vn.longbien.exemplar.security.CurrentOfficial;
import vn.longbien.exemplar.security.CurrentOfficial.Official;
import vn.longbien.exemplar.text.PlainText;
import vn.longbien.exemplar.web.InvalidInputException;

/**
 * Bulk import of nominations from an XLSX or CSV file in the template's columns ({@link ImportColumn}).
 * Every row is checked as a single submission would be (fields, the caller's unit, the round open today,
 * duplicates in the round and in the file). Nothing is half imported: either no row is started, or — when the official asks for it —
 * all valid rows are started, in one transaction. The import page checks first ({@link #check}, nothing stored) and
 * starts the valid rows only once the official has seen every bad row ({@link #startValidRows}).
 */
@Service
public class NominationImport {

  public static final int MAX_ROWS = 2000;

  private static final String TOO_LARGE_WHEN_UNPACKED =
      "Tệp Excel khi giải nén quá lớn hoặc nén bất thường (có thể là tệp độc hại); tệp không được đọc";

  /** A file that cannot be read as the template at all. */
  public static class UnreadableFileException extends InvalidInputException {
    UnreadableFileException(String vietnameseMessage) {
      super("UnreadableFile", vietnameseMessage);
    }
  }

  private record ParsedRow(int row, NominationRequest request, List<RowError> errors) {}

  private final NominationService nominations;
  private final CurrentOfficial currentOfficial;
  private final Validator validator;
  private final TransactionTemplate transaction;

  NominationImport(
      NominationService nominations, CurrentOfficial currentOfficial, Validator validator, TransactionTemplate transaction) {
    this.nominations = nominations;
    this.currentOfficial = currentOfficial;
    this.validator = validator;
    this.transaction = transaction;
  }

  /**
   * What a check found, as the official saw it: how many rows the file has and which are bad (numbered as the
   * spreadsheet shows them). Kept between the check and the official's choice.
   */
  public record Verdict(int totalRows, SortedSet<Integer> badRows) implements Serializable {

    public Verdict {
      badRows = Collections.unmodifiableSortedSet(new TreeSet<>(badRows));
    }

    static Verdict of(int totalRows, List<RowError> errors) {
      return new Verdict(totalRows, errors.stream().map(RowError::row).collect(Collectors.toCollection(TreeSet::new)));
    }
  }

  /**
   * The result of {@link #check}: the report (nothing started) and every row's outcome, in the file's order.
   *
   * @param rows one line per data row: its number, the nominee's name as written, and its errors (none: valid)
   */
  public record Check(ImportReport report, List<RowResult> rows, Verdict verdict) implements Serializable {}

  public record RowResult(int row, String nomineeName, List<RowError> errors) implements Serializable {

    public boolean valid() {
      return errors.isEmpty();
    }
  }

  private record CheckedRows(List<ParsedRow> rows) {

    List<RowError> errors() {
      return rows.stream().flatMap(p -> p.errors().stream()).toList();
    }

    List<NominationRequest> valid() {
      return rows.stream().filter(p -> p.errors().isEmpty()).map(ParsedRow::request).toList();
    }

    long badRowCount() {
      return rows.stream().filter(p -> !p.errors().isEmpty()).count();
    }

    Verdict verdict() {
      return Verdict.of(rows.size(), errors());
    }
  }

  /** @param startValidRows start the valid rows even if others are bad (default: start nothing then) */
  public ImportReport importFile(String fileName, InputStream content, boolean startValidRows) {
    CheckedRows checked = checkRows(fileName, content);
    List<RowError> errors = checked.errors();
    if (checked.valid().isEmpty() || (!errors.isEmpty() && !startValidRows)) {
      String message = checked.valid().isEmpty()
          ? "Không có dòng hợp lệ nào; chưa hồ sơ nào được nhập"
          : "Tệp có " + checked.badRowCount()
              + " dòng không hợp lệ; chưa hồ sơ nào được nhập. Sửa các dòng được nêu rồi nhập lại, hoặc chọn chỉ nhập các dòng hợp lệ";
      return rejected(checked, message);
    }
    return start(checked);
  }

  /**
   * Checks every row as {@link #importFile} does and reports each row's outcome; nothing is stored or started.
   * The official then chooses: {@link #startValidRows} or nothing.
   */
  public Check check(String fileName, InputStream content) {
    CheckedRows checked = checkRows(fileName, content);
    int valid = checked.valid().size();
    String message = checked.badRowCount() == 0
        ? "Tệp có " + checked.rows().size() + " dòng, tất cả hợp lệ; chưa hồ sơ nào được nhập"
        : "Tệp có " + checked.rows().size() + " dòng: " + valid + " dòng hợp lệ, " + checked.badRowCount()
            + " dòng không hợp lệ; chưa hồ sơ nào được nhập";
    ImportReport report = new ImportReport("Checked", message, checked.rows().size(), valid, 0, List.of(), checked.errors());
    List<RowResult> rows = checked.rows().stream()
        .map(p -> new RowResult(p.row(), p.request().nomineeName(), p.errors())).toList();
    return new Check(report, rows, checked.verdict());
  }

  /**
   * Starts the valid rows of a file the official has seen checked, in one transaction, when checking it again
   * finds exactly the rows bad that the official saw ({@code seen}): what was shown is what starts. Otherwise
   * (another official nominated the same person meanwhile, the round closed, the official's unit changed) nothing
   * is started, and the answer ({@code CheckChanged}) has the new check for the official to choose again.
   */
  public ImportReport startValidRows(String fileName, InputStream content, Verdict seen) {
    CheckedRows checked = checkRows(fileName, content);
    if (!checked.verdict().equals(seen)) {
      return new ImportReport("CheckChanged",
          "Kiểm tra lại tệp cho kết quả khác lần trước (" + checked.badRowCount() + " dòng không hợp lệ thay vì "
              + seen.badRows().size() + "); chưa hồ sơ nào được nhập. Xem lại kết quả rồi chọn lại",
          checked.rows().size(), checked.valid().size(), 0, List.of(), checked.errors());
    }
    if (checked.valid().isEmpty()) {
      return rejected(checked, "Không có dòng hợp lệ nào; chưa hồ sơ nào được nhập");
    }
    return start(checked);
  }

  private static ImportReport rejected(CheckedRows checked, String message) {
    return new ImportReport("ImportRejected", message, checked.rows().size(), checked.valid().size(), 0, List.of(),
        checked.errors());
  }

  private ImportReport start(CheckedRows checked) {
    List<RowError> errors = checked.errors();
    List<NominationRequest> valid = checked.valid();
    List<String> started = transaction.execute(status -> valid.stream().map(r -> nominations.start(r).getId()).toList());
    return new ImportReport(
        "Imported",
        "Đã nhập và bắt đầu bình xét " + started.size() + " hồ sơ"
            + (errors.isEmpty() ? "" : "; bỏ qua " + checked.badRowCount() + " dòng không hợp lệ"),
        checked.rows().size(), valid.size(), started.size(), started, errors);
  }

  /** Every row of the file read and checked; a file that cannot be read as the template is refused whole. */
  private CheckedRows checkRows(String fileName, InputStream content) {
    if (!isCsv(fileName) && !isXlsx(fileName)) {
      throw new UnreadableFileException("Chỉ nhận tệp Excel (.xlsx) hoặc CSV (.csv)");
    }
    List<Map<ImportColumn, String>> rows = isCsv(fileName) ? readCsv(content) : readXlsx(content);
    if (rows.isEmpty()) {
      throw new UnreadableFileException("Tệp không có dòng dữ liệu nào");
    }
    if (rows.size() > MAX_ROWS) {
      throw new UnreadableFileException("Tệp có " + rows.size() + " dòng, vượt quá giới hạn " + MAX_ROWS + " dòng mỗi lần nhập");
    }
    Official caller = currentOfficial.get();
    List<ParsedRow> parsed = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    Map<Integer, Optional<String>> roundRefusals = new HashMap<>();
    int currentRound = nominations.currentRoundYear();
    for (int i = 0; i < rows.size(); i++) {
      parsed.add(check(i + 2, rows.get(i), caller, seen, roundRefusals, currentRound));
    }
    return new CheckedRows(parsed);
  }

  private ParsedRow check(
      int rowNo, Map<ImportColumn, String> cells, Official caller, Map<String, Integer> seen,
      Map<Integer, Optional<String>> roundRefusals, int currentRound) {
    List<RowError> errors = new ArrayList<>();
    NominationRequest request = new NominationRequest(
        // As the template says: a year left empty is the round open today.
        text(cells, ImportColumn.ROUND_YEAR) == null ? currentRound : integer(rowNo, cells, ImportColumn.ROUND_YEAR, errors),
        text(cells, ImportColumn.NOMINATING_UNIT),
        text(cells, ImportColumn.NOMINEE_KIND),
        text(cells, ImportColumn.NOMINEE_NAME),
        integer(rowNo, cells, ImportColumn.BIRTH_YEAR, errors),
        text(cells, ImportColumn.GENDER),
        text(cells, ImportColumn.POSITION_TITLE),
        text(cells, ImportColumn.WORKPLACE),
        text(cells, ImportColumn.WARD_OR_UNIT),
        text(cells, ImportColumn.MOVEMENT),
        text(cells, ImportColumn.ACHIEVEMENTS),
        CodeListConverter.parse(text(cells, ImportColumn.GENERAL_CRITERIA)),
        CodeListConverter.parse(text(cells, ImportColumn.SPECIFIC_CRITERIA)),
        yesNo(rowNo, cells, ImportColumn.DISCIPLINE_PENDING, errors),
        yesNo(rowNo, cells, ImportColumn.COMPLAINT_PENDING, errors));
    for (ConstraintViolation<NominationRequest> violation : validator.validate(request)) {
      String field = violation.getPropertyPath().toString();
      if (errors.stream().noneMatch(e -> field.startsWith(e.field()))) {
        errors.add(new RowError(rowNo, ImportColumn.headingOfField(field), field, violation.getMessage()));
      }
    }
    if (errors.isEmpty() && !nominations.mayNominateFor(caller, request.nominatingUnit())) {
      errors.add(error(rowNo, ImportColumn.NOMINATING_UNIT,
          "Bạn không thuộc đơn vị đề cử “" + request.nominatingUnit() + "”; chỉ nhập hồ sơ của đơn vị mình"));
    }
    if (errors.isEmpty()) {
      roundRefusals.computeIfAbsent(request.roundYear(), nominations::roundRefusal)
          .ifPresent(reason -> errors.add(error(rowNo, ImportColumn.ROUND_YEAR, reason)));
    }
    if (errors.isEmpty()) {
      String key = request.roundYear() + "|" + request.nominatingUnit().trim() + "|" + SearchKey.of(request.nomineeName())
          + "|" + request.birthYear();
      Integer earlier = seen.putIfAbsent(key, rowNo);
      if (earlier != null) {
        errors.add(error(rowNo, ImportColumn.NOMINEE_NAME,
            "Trùng đối tượng với dòng " + earlier + " (cùng họ tên, năm sinh, đơn vị trong đợt)"));
      } else {
        nominations.existing(request).ifPresent(n -> errors.add(error(rowNo, ImportColumn.NOMINEE_NAME,
            "Đối tượng đã được đề cử trong đợt bình xét năm " + n.getRoundYear() + " (hồ sơ " + n.getId()
                + "); một thành tích không được khen thưởng hai lần")));
      }
    }
    return new ParsedRow(rowNo, request, errors);
  }

  private static RowError error(int rowNo, ImportColumn column, String message) {
    return new RowError(rowNo, column.heading(), column.field(), message);
  }

  /**
   * The cell as the API reads a JSON string: NFC, without white space around it; empty is no value. Which
   * characters a field refuses is the request's own rule ({@link vn.longbien.exemplar.web.PlainTextFields}).
   */
  private static String text(Map<ImportColumn, String> cells, ImportColumn column) {
    String value = cells.get(column) == null ? "" : PlainText.normalized(cells.get(column)).strip();
    return value.isEmpty() ? null : value;
  }

  private static Integer integer(int rowNo, Map<ImportColumn, String> cells, ImportColumn column, List<RowError> errors) {
    String value = text(cells, column);
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(value.endsWith(".0") ? value.substring(0, value.length() - 2) : value);
    } catch (NumberFormatException e) {
      errors.add(error(rowNo, column, column.heading() + " phải là một số nguyên: “" + value + "”"));
      return null;
    }
  }

  private static boolean yesNo(int rowNo, Map<ImportColumn, String> cells, ImportColumn column, List<RowError> errors) {
    String value = SearchKey.of(text(cells, column));
    return switch (value) {
      case "", "khong", "false", "0", "k" -> false;
      case "co", "true", "1", "c", "x" -> true;
      default -> {
        errors.add(error(rowNo, column, column.heading() + " phải là “Có” hoặc “Không”"));
        yield false;
      }
    };
  }

  static boolean isCsv(String fileName) {
    return fileName != null && fileName.toLowerCase().endsWith(".csv");
  }

  static boolean isXlsx(String fileName) {
    return fileName != null && fileName.toLowerCase().endsWith(".xlsx");
  }

  private static List<Map<ImportColumn, String>> readXlsx(InputStream content) {
    try (Workbook workbook = new XSSFWorkbook(content)) {
      if (workbook.getNumberOfSheets() == 0) {
        throw new UnreadableFileException("Tệp Excel không có trang tính nào");
      }
      Sheet sheet = workbook.getSheetAt(0);
      DataFormatter format = new DataFormatter();
      Row heading = sheet.getRow(sheet.getFirstRowNum());
      if (heading == null) {
        throw new UnreadableFileException("Tệp không có dòng tiêu đề");
      }
      Map<Integer, ImportColumn> columns = new LinkedHashMap<>();
      for (Cell cell : heading) {
        ImportColumn.ofHeading(format.formatCellValue(cell)).ifPresent(c -> putOnce(columns, cell.getColumnIndex(), c));
      }
      requireAllColumns(columns.values());
      List<Map<ImportColumn, String>> rows = new ArrayList<>();
      for (int r = heading.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        Map<ImportColumn, String> cells = new EnumMap<>(ImportColumn.class);
        if (row != null) {
          columns.forEach((index, column) -> cells.put(column, format.formatCellValue(row.getCell(index))));
        }
        rows.add(cells);
      }
      while (!rows.isEmpty() && rows.get(rows.size() - 1).values().stream().allMatch(String::isBlank)) {
        rows.remove(rows.size() - 1);
      }
      return rows;
    } catch (UnreadableFileException e) {
      throw e;
    } catch (OLE2NotOfficeXmlFileException e) {
      throw new UnreadableFileException(
          "Tệp là bảng tính Excel 97–2003 (.xls), không phải .xlsx; mở bằng Excel, lưu lại dưới dạng .xlsx rồi nhập lại");
    } catch (NotOfficeXmlFileException | EmptyFileException e) {
      throw new UnreadableFileException("Tệp không phải là tệp Excel (.xlsx) hợp lệ");
    } catch (RecordFormatException e) {
      // A part of the package over the size POI reads into memory (100 MB).
      throw new UnreadableFileException(TOO_LARGE_WHEN_UNPACKED);
    } catch (IOException | RuntimeException e) {
      // IOException: also POI's zip bomb guard (a part inflating over 100 times its packed size).
      throw new UnreadableFileException(e.getMessage() != null && e.getMessage().contains("Zip bomb")
          ? TOO_LARGE_WHEN_UNPACKED : "Tệp Excel (.xlsx) bị hỏng hoặc không đúng cấu trúc bảng tính, không đọc được");
    }
  }

  private static List<Map<ImportColumn, String>> readCsv(InputStream content) {
    // Strictly UTF-8: a file in another code page is refused, not read with its Vietnamese letters replaced.
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    CSVParser parser;
    try {
      Reader reader = new InputStreamReader(BOMInputStream.builder().setInputStream(content).get(), utf8);
      // Columns without a heading (Excel keeps some after the last one) are ignored, as are unknown headings.
      parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true)
          .setIgnoreEmptyLines(true).setTrim(true).get().parse(reader);
    } catch (IOException | UncheckedIOException e) {
      throw csvError(e, 1);
    } catch (IllegalArgumentException e) {
      throw new UnreadableFileException("Dòng tiêu đề của tệp CSV không đọc được");
    }
    if (parser.getHeaderNames().isEmpty()) {
      return List.of();
    }
    Map<String, ImportColumn> columns = new LinkedHashMap<>();
    for (String name : parser.getHeaderNames()) {
      ImportColumn.ofHeading(name).ifPresent(c -> putOnce(columns, name, c));
    }
    requireAllColumns(columns.values());
    List<Map<ImportColumn, String>> rows = new ArrayList<>();
    Iterator<CSVRecord> records = parser.iterator();
    while (true) {
      CSVRecord record;
      try {
        if (!records.hasNext()) {
          break;
        }
        record = records.next();
      } catch (UncheckedIOException e) {
        // Numbered as the report numbers rows: the heading is row 1.
        throw csvError(e, rows.size() + 2);
      }
      Map<ImportColumn, String> cells = new EnumMap<>(ImportColumn.class);
      columns.forEach((name, column) -> cells.put(column, record.isSet(name) ? record.get(name) : ""));
      rows.add(cells);
    }
    return rows;
  }

  /** Why the CSV parser stopped at the given row: not UTF-8, or quotes that do not pair. */
  private static UnreadableFileException csvError(Exception e, int row) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof CharacterCodingException) {
        return new UnreadableFileException("Tệp CSV không phải mã UTF-8 (lỗi ở dòng " + row
            + "); trong Excel, lưu lại với kiểu “CSV UTF-8 (Comma delimited)” rồi nhập lại");
      }
      if (cause instanceof CSVException) {
        return new UnreadableFileException("Tệp CSV sai cú pháp ở dòng " + row + ": dấu ngoặc kép (\") không khớp — một ô "
            + "mở ngoặc kép mà không đóng, hoặc có ký tự ngay sau dấu ngoặc kép đóng. Sửa dòng này rồi nhập lại");
      }
    }
    return new UnreadableFileException("Tệp CSV không đọc được từ dòng " + row);
  }

  /** A heading of the template found twice: which of the two columns holds the value is anybody's guess. */
  private static <K> void putOnce(Map<K, ImportColumn> columns, K key, ImportColumn column) {
    if (columns.containsValue(column)) {
      throw new UnreadableFileException(
          "Tệp có hai cột cùng tiêu đề “" + column.heading() + "”; mỗi cột của mẫu chỉ được có một lần");
    }
    columns.put(key, column);
  }

  private static void requireAllColumns(java.util.Collection<ImportColumn> found) {
    List<String> missing = java.util.Arrays.stream(ImportColumn.values())
        .filter(c -> !found.contains(c)).map(ImportColumn::heading).toList();
    if (!missing.isEmpty()) {
      throw new UnreadableFileException("Tệp thiếu cột theo mẫu: " + String.join(", ", missing));
    }
  }
}
