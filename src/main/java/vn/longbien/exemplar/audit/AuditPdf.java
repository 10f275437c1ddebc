package vn.longbien.exemplar.audit;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;

/**
 * The audit's exports as PDF (OpenPDF): A4 pages of wrapped text in the embedded DejaVu Sans, so that every
 * Vietnamese letter prints and copies correctly, with a footer (the content hash) and the page number on
 * every page.
 */
final class AuditPdf {

  private static final BaseFont FONT = font();

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final Document document = new Document(PageSize.A4, 40, 40, 40, 48);
  private final PdfWriter writer;

  /** {@code footer} is printed at the foot of every page, followed by the page number. */
  AuditPdf(String footer) {
    writer = PdfWriter.getInstance(document, out);
    Font footerFont = new Font(FONT, 6.5f);
    writer.setPageEvent(new PdfPageEventHelper() {
      @Override
      public void onEndPage(PdfWriter pdf, Document page) {
        ColumnText.showTextAligned(pdf.getDirectContent(), Element.ALIGN_LEFT,
            new Phrase(footer + " — Trang " + pdf.getPageNumber(), footerFont), page.left(), 22f, 0);
      }
    });
    document.open();
  }

  void title(String text) {
    Paragraph paragraph = paragraph(text, 14f, 0f);
    paragraph.setSpacingAfter(4f);
    document.add(paragraph);
  }

  void text(String text) {
    document.add(paragraph(text, 9f, 0f));
  }

  void small(String text, float indent) {
    document.add(paragraph(text, 7.5f, indent));
  }

  void gap(float points) {
    Paragraph gap = new Paragraph(" ", new Font(FONT, 1f));
    gap.setLeading(points);
    document.add(gap);
  }

  /** Starts a block of {@code points} height on a new page when less than that much room is left. */
  void keepTogether(float points) {
    if (writer.getVerticalPosition(true) - points < document.bottom()) {
      document.newPage();
    }
  }

  byte[] finish() {
    document.close();
    return out.toByteArray();
  }

  private static Paragraph paragraph(String text, float size, float indent) {
    Paragraph paragraph = new Paragraph(size * 1.3f, text == null ? "" : text, new Font(FONT, size));
    paragraph.setIndentationLeft(indent);
    return paragraph;
  }

  private static BaseFont font() {
    try (InputStream in = new ClassPathResource("fonts/DejaVuSans.ttf").getInputStream()) {
      return BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the font DejaVuSans.ttf", e);
    }
  }
}
