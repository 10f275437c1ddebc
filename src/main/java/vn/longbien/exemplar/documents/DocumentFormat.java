package vn.longbien.exemplar.documents;

import java.util.Locale;
import org.springframework.http.MediaType;
import vn.longbien.exemplar.web.InvalidInputException;

/** PDF to print and sign, DOCX where officials still edit the text; the template's extension per format. */
enum DocumentFormat {
  PDF(MediaType.APPLICATION_PDF, "pdf", "xhtml"),
  DOCX(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
      "docx", "docx");

  private final MediaType mediaType;
  private final String extension;
  private final String templateExtension;

  DocumentFormat(MediaType mediaType, String extension, String templateExtension) {
    this.mediaType = mediaType;
    this.extension = extension;
    this.templateExtension = templateExtension;
  }

  MediaType mediaType() {
    return mediaType;
  }

  String extension() {
    return extension;
  }

  String templateExtension() {
    return templateExtension;
  }

  /** {@code pdf} (also when absent) or {@code docx}; anything else is 400. */
  static DocumentFormat of(String format) {
    if (format == null || format.isBlank()) {
      return PDF;
    }
    for (DocumentFormat candidate : values()) {
      if (candidate.extension.equals(format.trim().toLowerCase(Locale.ROOT))) {
        return candidate;
      }
    }
    throw new InvalidInputException("BadFormat",
        "Định dạng văn bản không được hỗ trợ: “" + format + "” (chỉ nhận pdf hoặc docx)");
  }
}
