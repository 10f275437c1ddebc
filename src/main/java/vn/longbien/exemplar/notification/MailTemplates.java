package vn.longbien.exemplar.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * The mails' templates, which an administrator may edit: {@code mail/<kind>.html} (its {@code <title>} is the
 * subject) and {@code mail/<kind>.txt} (the plain-text part), first from the administrator's directory
 * ({@code exemplar.notifications.template-dir}), then those shipped from the project's {@code templates/mail/}.
 * Read at every mail, like the documents' templates (documents/DocumentTemplates): an edited template applies to
 * the next mail sent, also to mails already waiting in the outbox. Thymeleaf with Spring's expressions, which
 * refuse static calls and object creation, so an edited template cannot run code; {@code th:text} and
 * {@code [[...]]} write names as text.
 */
@Component
public class MailTemplates {

  private static final Pattern TITLE = Pattern.compile("<title[^>]*>(.*?)</title>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

  /** A mail ready to send: subject, plain text and HTML, in NFC. */
  public record RenderedMail(String subject, String text, String html) {}

  private final Path directory;
  private final TemplateEngine html = engine(TemplateMode.HTML);
  private final TemplateEngine text = engine(TemplateMode.TEXT);

  public MailTemplates(NotificationProperties properties) {
    String dir = properties.templateDir();
    this.directory = dir == null || dir.isBlank() ? null : Path.of(dir.trim());
  }

  /** An outbox mail rendered from its stored data with the templates as they are now. */
  public RenderedMail render(OutboxMail mail) {
    return render(mail.kind(), MailPayloads.read(mail.payload()));
  }

  public RenderedMail render(NotificationKind kind, MailPayload payload) {
    Context context = new Context();
    context.setVariable("mail", payload);
    context.setVariable("kind", kind);
    String body = html.process(read(kind.template() + ".html"), context);
    String plain = text.process(read(kind.template() + ".txt"), context);
    Matcher title = TITLE.matcher(body);
    if (!title.find()) {
      throw new IllegalStateException("The template mail/" + kind.template() + ".html has no <title> (the subject)");
    }
    String subject = HtmlUtils.htmlUnescape(title.group(1)).replaceAll("\\s+", " ").strip();
    return new RenderedMail(nfc(subject), nfc(plain), nfc(body));
  }

  private String read(String name) {
    try {
      if (directory != null && Files.isRegularFile(directory.resolve("mail").resolve(name))) {
        return Files.readString(directory.resolve("mail").resolve(name), StandardCharsets.UTF_8);
      }
      try (InputStream in = new ClassPathResource("templates/mail/" + name).getInputStream()) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the mail template " + name, e);
    }
  }

  private static String nfc(String value) {
    return Normalizer.normalize(value, Normalizer.Form.NFC);
  }

  private static TemplateEngine engine(TemplateMode mode) {
    StringTemplateResolver resolver = new StringTemplateResolver();
    resolver.setTemplateMode(mode);
    resolver.setCacheable(false);
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }
}
