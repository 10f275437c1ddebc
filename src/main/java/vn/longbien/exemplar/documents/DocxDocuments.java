package vn.longbien.exemplar.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;

/**
 * Fills a DOCX template (edited in Word or LibreOffice) with Apache POI: every {@code {{field}}} is replaced by
 * its value, and a table row holding {@code {{row.…}}} placeholders is repeated once per nominee. Values are
 * written as run text, which POI escapes. Unknown placeholders stay as they are, so a misspelt one shows.
 */
final class DocxDocuments {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.]+)\\s*}}");
  private static final String ROW_PREFIX = "row.";

  private DocxDocuments() {}

  static byte[] write(byte[] template, DocumentContent content) {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(template));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      fill(document, content);
      for (XWPFHeader header : document.getHeaderList()) {
        fill(header, content);
      }
      for (XWPFFooter footer : document.getFooterList()) {
        fill(footer, content);
      }
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot fill the " + content.kind().fileName() + " DOCX template", e);
    }
  }

  private static void fill(IBody body, DocumentContent content) {
    for (XWPFParagraph paragraph : body.getParagraphs()) {
      replace(paragraph, content.fields());
    }
    for (XWPFTable table : body.getTables()) {
      repeatRows(table, content.rows());
      for (XWPFTableRow row : table.getRows()) {
        for (XWPFTableCell cell : row.getTableCells()) {
          fill(cell, content);
        }
      }
    }
  }

  /** The template row (the first one naming {@code row.} fields) becomes one row per nominee. */
  private static void repeatRows(XWPFTable table, List<Map<String, String>> rows) {
    for (int r = 0; r < table.getRows().size(); r++) {
      XWPFTableRow template = table.getRow(r);
      if (!template.getCtRow().xmlText().contains("{{" + ROW_PREFIX)) {
        continue;
      }
      for (int i = 0; i < rows.size(); i++) {
        XWPFTableRow copy = copyOf(template, table);
        for (XWPFTableCell cell : copy.getTableCells()) {
          for (XWPFParagraph paragraph : cell.getParagraphs()) {
            replace(paragraph, prefixed(rows.get(i)));
          }
        }
        table.addRow(copy, r + 1 + i);
      }
      table.removeRow(r);
      return;
    }
  }

  private static XWPFTableRow copyOf(XWPFTableRow row, XWPFTable table) {
    return new XWPFTableRow((CTRow) row.getCtRow().copy(), table);
  }

  private static Map<String, String> prefixed(Map<String, String> row) {
    return row.entrySet().stream().collect(Collectors.toMap(e -> ROW_PREFIX + e.getKey(), Map.Entry::getValue));
  }

  /**
   * Word splits text into runs wherever formatting or editing history changes, often inside a placeholder: a
   * paragraph holding one is rewritten as a single run with the first run's formatting.
   */
  private static void replace(XWPFParagraph paragraph, Map<String, String> values) {
    String text = paragraph.getText();
    if (!text.contains("{{")) {
      return;
    }
    Matcher matcher = PLACEHOLDER.matcher(text);
    StringBuilder filled = new StringBuilder();
    while (matcher.find()) {
      String value = values.get(matcher.group(1));
      matcher.appendReplacement(filled, Matcher.quoteReplacement(value == null ? matcher.group() : value));
    }
    matcher.appendTail(filled);
    if (filled.toString().equals(text)) {
      return;
    }
    List<XWPFRun> runs = paragraph.getRuns();
    for (int i = runs.size() - 1; i > 0; i--) {
      paragraph.removeRun(i);
    }
    XWPFRun run = runs.isEmpty() ? paragraph.createRun() : paragraph.getRuns().get(0);
    String[] lines = filled.toString().split("\\R", -1);
    run.setText(lines[0], 0);
    for (int i = 1; i < lines.length; i++) {
      run.addBreak();
      run.setText(lines[i]);
    }
  }
}
