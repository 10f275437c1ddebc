package vn.longbien.exemplar.reporting;

import java.util.List;
import java.util.Locale;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import vn.longbien.exemplar.web.InvalidInputException;

/** The formats a report is given in: chosen by {@code format=}, else by the Accept header, else JSON. */
enum ReportFormat {
  JSON(MediaType.APPLICATION_JSON, "json"),
  XLSX(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "xlsx"),
  PDF(MediaType.APPLICATION_PDF, "pdf");

  private final MediaType mediaType;
  private final String extension;

  ReportFormat(MediaType mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  MediaType mediaType() {
    return mediaType;
  }

  String extension() {
    return extension;
  }

  static ReportFormat choose(String format, String accept) {
    if (format != null && !format.isBlank()) {
      for (ReportFormat candidate : values()) {
        if (candidate.extension.equals(format.trim().toLowerCase(Locale.ROOT))) {
          return candidate;
        }
      }
      throw new InvalidInputException("BadFormat",
          "Định dạng báo cáo không được hỗ trợ: “" + format + "” (chỉ nhận json, xlsx hoặc pdf)");
    }
    if (accept == null || accept.isBlank()) {
      return JSON;
    }
    List<MediaType> accepted;
    try {
      accepted = MediaType.parseMediaTypes(accept);
    } catch (InvalidMediaTypeException e) {
      return JSON;
    }
    MediaType.sortBySpecificityAndQuality(accepted);
    for (MediaType type : accepted) {
      for (ReportFormat candidate : values()) {
        if (type.equalsTypeAndSubtype(candidate.mediaType)) {
          return candidate;
        }
      }
    }
    return JSON;
  }
}
