package vn.longbien.exemplar.nomination.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The bulk import template officials download: the heading row of {@link ImportColumn} (XLSX with a
 * second sheet explaining each column; CSV in UTF-8 with a byte order mark so that Excel shows the accents).
 * The year defaults to the round open today: a row that leaves it empty is for that round, and the help sheet
 * names it.
 */
@Component
class ImportTemplate {

  static final String SHEET = "Hồ sơ đề cử";

  private final NominationService nominations;

  ImportTemplate(NominationService nominations) {
    this.nominations = nominations;
  }

  byte[] xlsx() {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      Sheet sheet = workbook.createSheet(SHEET);
      Row heading = sheet.createRow(0);
      for (ImportColumn column : ImportColumn.values()) {
        heading.createCell(column.ordinal()).setCellValue(column.heading());
        heading.getCell(column.ordinal()).setCellStyle(bold);
        sheet.setColumnWidth(column.ordinal(), 24 * 256);
      }
      sheet.createFreezePane(0, 1);
      Sheet help = workbook.createSheet("Hướng dẫn");
      Row helpHeading = help.createRow(0);
      helpHeading.createCell(0).setCellValue("Cột");
      helpHeading.createCell(1).setCellValue("Cách ghi");
      String roundYearHint = roundYearHint();
      for (ImportColumn column : ImportColumn.values()) {
        Row row = help.createRow(column.ordinal() + 1);
        row.createCell(0).setCellValue(column.heading());
        row.createCell(1).setCellValue(column == ImportColumn.ROUND_YEAR ? roundYearHint : column.hint());
      }
      help.setColumnWidth(0, 36 * 256);
      help.setColumnWidth(1, 60 * 256);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** "Để trống: đợt bình xét đang mở, năm 2027 …", or between rounds the next one, which does not take nominations yet. */
  private String roundYearHint() {
    int current = nominations.currentRoundYear();
    Optional<String> refusal = nominations.roundRefusal(current);
    return refusal.isEmpty()
        ? "Để trống: đợt bình xét đang mở, năm " + current + " (hoặc ghi " + current + ")"
        : "Để trống: đợt bình xét năm " + current + ", chưa nhận hồ sơ: " + refusal.get();
  }

  byte[] csv() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
      writer.write('\uFEFF');
      printer.printRecord(Arrays.stream(ImportColumn.values()).map(ImportColumn::heading).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
