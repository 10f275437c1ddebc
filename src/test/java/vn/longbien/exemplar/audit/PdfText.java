package vn.longbien.exemplar.audit;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;

/**
 * The text a PDF of the audit shows, read back with OpenPDF page after page, each line stripped of the spaces
 * the extractor puts around it (for tests).
 */
final class PdfText {

  private PdfText() {}

  static String of(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    try {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        extractor.getTextFromPage(page).lines().forEach(line -> text.append(line.strip()).append('\n'));
      }
      return text.toString();
    } finally {
      reader.close();
    }
  }
}
