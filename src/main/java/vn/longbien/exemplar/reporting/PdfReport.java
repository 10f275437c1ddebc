package vn.longbien.exemplar.reporting;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;
import vn.longbien.exemplar.reporting.ReportViews.Status;

/**
 * A report as a PDF (OpenPDF) on landscape A4, in the embedded DejaVu Sans so that every Vietnamese
 * letter prints: title, date, a table with the status cells green or red.
 */
final class PdfReport {

  private static final Color GREEN = new Color(0xC6, 0xEF, 0xCE);
  private static final Color RED = new Color(0xFF, 0xC7, 0xCE);
  private static final Color GREY = new Color(0xE7, 0xE6, 0xE6);

  private static volatile BaseFont regular;
  private static volatile BaseFont bold;

  private PdfReport() {}

  static byte[] write(ReportTable table) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
    PdfWriter.getInstance(document, out);
    document.open();
    Font title = new Font(bold(), 14);
    Font text = new Font(regular(), 9);

    Paragraph titleLine = new Paragraph(table.title(), title);
    titleLine.setAlignment(Element.ALIGN_CENTER);
    document.add(titleLine);
    Paragraph basis = new Paragraph(table.basis(), text);
    basis.setAlignment(Element.ALIGN_CENTER);
    document.add(basis);
    Paragraph generated = new Paragraph(table.generated(), text);
    generated.setAlignment(Element.ALIGN_RIGHT);
    generated.setSpacingAfter(8);
    document.add(generated);

    document.add(grid(table));
    document.close();
    return out.toByteArray();
  }

  /** The table: grey headings repeated on each page, numbers to the right, the status cell green, red or grey. */
  static PdfPTable grid(ReportTable table) {
    Font heading = new Font(bold(), 8);
    Font cellFont = new Font(regular(), 8);
    PdfPTable grid = new PdfPTable(widths(table));
    grid.setWidthPercentage(100);
    grid.setHeaderRows(1);
    for (String name : table.headings()) {
      PdfPCell cell = new PdfPCell(new Phrase(name, heading));
      cell.setBackgroundColor(GREY);
      cell.setHorizontalAlignment(Element.ALIGN_CENTER);
      grid.addCell(cell);
    }
    for (ReportTable.Row row : table.rows()) {
      for (int c = 0; c < row.cells().size(); c++) {
        Object value = row.cells().get(c);
        PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value.toString(), cellFont));
        if (value instanceof Number) {
          cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        if (c == row.cells().size() - 1 && row.status() != null) {
          cell.setBackgroundColor(row.status() == Status.MET ? GREEN : row.status() == Status.NOT_MET ? RED : GREY);
        }
        grid.addCell(cell);
      }
    }
    return grid;
  }

  private static float[] widths(ReportTable table) {
    float[] widths = new float[table.headings().size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = switch (table.headings().get(c)) {
        case "STT", "Năm" -> 3f;
        case "Đơn vị", "Tên điển hình" -> 14f;
        case "Chỉ tiêu" -> table.headings().size() > 6 ? 26f : 48f;
        default -> 7f;
      };
    }
    return widths;
  }

  static BaseFont regular() {
    if (regular == null) {
      regular = font("DejaVuSans.ttf");
    }
    return regular;
  }

  static BaseFont bold() {
    if (bold == null) {
      bold = font("DejaVuSans-Bold.ttf");
    }
    return bold;
  }

  private static BaseFont font(String file) {
    try (InputStream in = new ClassPathResource("fonts/" + file).getInputStream()) {
      return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the font " + file, e);
    }
  }
}
