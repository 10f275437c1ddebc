package vn.longbien.exemplar.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.longbien.exemplar.reporting.ReportViews.Status;

/** A report as an Excel workbook (Apache POI): title, date, headings, one row per line, green/red status. */
final class XlsxReport {

  private XlsxReport() {}

  static byte[] write(ReportTable table) {
    return write(List.of(new Sheet("Báo cáo", table)));
  }

  /** A sheet of a workbook: its name (at most 31 characters) and its table. */
  record Sheet(String name, ReportTable table) {}

  /** A workbook of one sheet per table, in order. */
  static byte[] write(List<Sheet> sheets) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Styles styles = new Styles(workbook);
      for (Sheet sheet : sheets) {
        sheet(workbook.createSheet(sheet.name()), sheet.table(), styles);
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The cell styles of a workbook, made once. */
  private static final class Styles {
    final CellStyle title;
    final CellStyle heading;
    final CellStyle plain;
    final Map<Status, CellStyle> status;

    Styles(XSSFWorkbook workbook) {
      title = workbook.createCellStyle();
      Font titleFont = workbook.createFont();
      titleFont.setBold(true);
      titleFont.setFontHeightInPoints((short) 14);
      title.setFont(titleFont);
      heading = bordered(workbook);
      Font bold = workbook.createFont();
      bold.setBold(true);
      heading.setFont(bold);
      heading.setWrapText(true);
      heading.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      plain = bordered(workbook);
      plain.setWrapText(true);
      status = Map.of(
          Status.MET, filled(workbook, IndexedColors.LIGHT_GREEN),
          Status.NOT_MET, filled(workbook, IndexedColors.CORAL),
          Status.NO_DATA, filled(workbook, IndexedColors.GREY_25_PERCENT));
    }
  }

  private static void sheet(org.apache.poi.ss.usermodel.Sheet sheet, ReportTable table, Styles styles) {
      int r = 0;
      sheet.createRow(r++).createCell(0).setCellValue(table.title());
      sheet.getRow(0).getCell(0).setCellStyle(styles.title);
      sheet.createRow(r++).createCell(0).setCellValue(table.basis());
      sheet.createRow(r++).createCell(0).setCellValue(table.generated());
      r++;
      Row headings = sheet.createRow(r++);
      for (int c = 0; c < table.headings().size(); c++) {
        Cell cell = headings.createCell(c);
        cell.setCellValue(table.headings().get(c));
        cell.setCellStyle(styles.heading);
      }
      for (ReportTable.Row line : table.rows()) {
        Row row = sheet.createRow(r++);
        for (int c = 0; c < line.cells().size(); c++) {
          Cell cell = row.createCell(c);
          Object value = line.cells().get(c);
          if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
          } else if (value != null) {
            cell.setCellValue(value.toString());
          }
          cell.setCellStyle(c == line.cells().size() - 1 && line.status() != null
              ? styles.status.get(line.status()) : styles.plain);
        }
      }
      for (int c = 0; c < table.headings().size(); c++) {
        String heading0 = table.headings().get(c);
        sheet.setColumnWidth(c, switch (heading0) {
          case "STT" -> 6 * 256;
          case "Năm" -> 8 * 256;
          case "Đơn vị", "Tên điển hình" -> 34 * 256;
          case "Chỉ tiêu" -> 70 * 256;
          default -> 16 * 256;
        });
      }
      sheet.createFreezePane(0, 5);
  }

  private static CellStyle bordered(XSSFWorkbook workbook) {
    CellStyle style = workbook.createCellStyle();
    style.setBorderTop(BorderStyle.THIN);
    style.setBorderBottom(BorderStyle.THIN);
    style.setBorderLeft(BorderStyle.THIN);
    style.setBorderRight(BorderStyle.THIN);
    return style;
  }

  private static CellStyle filled(XSSFWorkbook workbook, IndexedColors colour) {
    CellStyle style = bordered(workbook);
    style.setFillForegroundColor(colour.getIndex());
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    return style;
  }
}
