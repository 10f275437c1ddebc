package vn.longbien.exemplar.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * Fills an XHTML template with Thymeleaf ({@code th:text} prints values as text: a name such as
 * {@code <script>} or {@code A & B} stays text) and lays it out as PDF with openhtmltopdf, with DejaVu Sans
 * embedded as the family {@code DejaVu Sans} (and DejaVu Serif as {@code DejaVu Serif}) so that every Vietnamese
 * letter prints.
 */
final class PdfDocuments {

  static final String FONT_FAMILY = "DejaVu Sans";
  /** The serif face certificates are printed in (regular, bold, italic, bold italic). */
  static final String SERIF_FAMILY = "DejaVu Serif";

  private static final TemplateEngine ENGINE = engine();

  private PdfDocuments() {}

  static byte[] write(byte[] template, DocumentContent content) {
    Context context = new Context();
    content.fields().forEach(context::setVariable);
    context.setVariable("rows", content.rows());
    String xhtml = ENGINE.process(new String(template, StandardCharsets.UTF_8), context);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
      builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
      builder.useFont(() -> font("DejaVuSerif.ttf"), SERIF_FAMILY, 400, FontStyle.NORMAL, true);
      builder.useFont(() -> font("DejaVuSerif-Bold.ttf"), SERIF_FAMILY, 700, FontStyle.NORMAL, true);
      builder.useFont(() -> font("DejaVuSerif-Italic.ttf"), SERIF_FAMILY, 400, FontStyle.ITALIC, true);
      builder.useFont(() -> font("DejaVuSerif-BoldItalic.ttf"), SERIF_FAMILY, 700, FontStyle.ITALIC, true);
      builder.withHtmlContent(xhtml, null);
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot lay out the " + content.kind().fileName() + " PDF", e);
    }
    return out.toByteArray();
  }

  private static java.io.InputStream font(String file) {
    try {
      return new ClassPathResource("fonts/" + file).getInputStream();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the font " + file, e);
    }
  }

  // Templates are files read at every request: nothing is cached, and the XML mode keeps the output
  // well-formed XHTML, which openhtmltopdf requires. Expressions are Spring's (SpEL), as in the pages; Thymeleaf
  // refuses static calls and object creation in them, so an edited template cannot run code.
  private static TemplateEngine engine() {
    StringTemplateResolver resolver = new StringTemplateResolver();
    resolver.setTemplateMode(TemplateMode.XML);
    resolver.setCacheable(false);
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }
}
