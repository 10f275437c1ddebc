package vn.longbien.exemplar.reporting;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.Map;

/**
 * The period report as a PDF (OpenPDF, landscape A4, DejaVu Sans as the other reports): its title, the chart of
 * each year's attainment drawn as vector shapes from the same {@link PeriodChart} the page draws as SVG, then
 * each of its tables under its heading.
 */
final class PeriodPdf {

  private static final Map<String, Color> FILLS = Map.of(
      "bar-ok", new Color(0x1e, 0x6b, 0x3a), "bar-bad", new Color(0xb3, 0x26, 0x1e),
      "bar-none", new Color(0x9a, 0xa5, 0xb4));
  private static final Color TRACK = new Color(0xee, 0xf2, 0xf7);
  private static final Color INK = new Color(0x1d, 0x24, 0x30);
  private static final Color MUTED = new Color(0x56, 0x61, 0x71);

  private PeriodPdf() {}

  static byte[] write(PeriodTables tables, PeriodChart chart) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    document.open();
    Font title = new Font(PdfReport.bold(), 14);
    Font section = new Font(PdfReport.bold(), 11);
    Font text = new Font(PdfReport.regular(), 9);

    Paragraph titleLine = new Paragraph(tables.title(), title);
    titleLine.setAlignment(Element.ALIGN_CENTER);
    document.add(titleLine);
    Paragraph basis = new Paragraph(tables.basis(), text);
    basis.setAlignment(Element.ALIGN_CENTER);
    document.add(basis);
    Paragraph generated = new Paragraph(tables.generated(), text);
    generated.setAlignment(Element.ALIGN_RIGHT);
    generated.setSpacingAfter(6);
    document.add(generated);

    Paragraph chartHeading = new Paragraph("Mức đạt chỉ tiêu từng năm", section);
    chartHeading.setSpacingAfter(4);
    document.add(chartHeading);
    document.add(chart(writer, chart));
    document.add(new Paragraph("Xanh: chỉ tiêu đạt; đỏ: chưa đạt; xám: chưa đủ số liệu. Mỗi thanh là tất cả "
        + "các chỉ tiêu của năm (100%).", text));

    for (PeriodTables.Section part : tables.sections()) {
      Paragraph heading = new Paragraph(part.table().title(), section);
      heading.setSpacingBefore(10);
      heading.setSpacingAfter(4);
      document.add(heading);
      if (part.table().rows().isEmpty()) {
        document.add(new Paragraph("Không có dòng nào.", text));
      } else {
        document.add(PdfReport.grid(part.table()));
      }
    }
    document.close();
    return out.toByteArray();
  }

  /** The chart's shapes, one unit a point, in an image that flows with the text. */
  private static Image chart(PdfWriter writer, PeriodChart chart) {
    float width = chart.width();
    float height = chart.height();
    PdfTemplate canvas = writer.getDirectContent().createTemplate(width, height);
    for (PeriodChart.Tick tick : chart.ticks()) {
      text(canvas, tick.text(), (float) tick.x(), 11, height, 8, MUTED, switch (tick.anchor()) {
        case "middle" -> PdfContentByte.ALIGN_CENTER;
        case "end" -> PdfContentByte.ALIGN_RIGHT;
        default -> PdfContentByte.ALIGN_LEFT;
      });
    }
    for (PeriodChart.Bar bar : chart.bars()) {
      text(canvas, bar.label(), 0, (float) bar.labelY(), height, 10, INK, PdfContentByte.ALIGN_LEFT);
      rectangle(canvas, 0, (float) bar.y(), width, chart.barHeight(), height, TRACK);
      for (PeriodChart.Segment segment : bar.segments()) {
        rectangle(canvas, (float) segment.x(), (float) bar.y(), (float) segment.width(), chart.barHeight(), height,
            FILLS.get(segment.css()));
      }
      text(canvas, bar.value(), 0, (float) bar.valueY(), height, 9, INK, PdfContentByte.ALIGN_LEFT);
    }
    Image image = Image.getInstance(canvas);
    image.scalePercent(130);
    return image;
  }

  /** A filled rectangle, {@code y} its top as the SVG counts (down from the top). */
  private static void rectangle(PdfTemplate canvas, float x, float y, float w, float h, float height, Color fill) {
    canvas.saveState();
    canvas.setColorFill(fill);
    canvas.rectangle(x, height - y - h, w, h);
    canvas.fill();
    canvas.restoreState();
  }

  /** Text on its baseline {@code y}, as the SVG counts. */
  private static void text(PdfTemplate canvas, String text, float x, float y, float height, float size, Color colour,
      int align) {
    canvas.saveState();
    canvas.beginText();
    canvas.setFontAndSize(PdfReport.regular(), size);
    canvas.setColorFill(colour);
    canvas.showTextAligned(align, text, x, height - y, 0);
    canvas.endText();
    canvas.restoreState();
  }
}
