package vn.longbien.exemplar.reporting;

import org.springframework.http.HttpStatus;

/** A report that cannot be given: a bad year or format (400), or no report for the year (404). */
class ReportRequestException extends RuntimeException {

  private final HttpStatus status;
  private final String type;

  ReportRequestException(HttpStatus status, String type, String message) {
    super(message);
    this.status = status;
    this.type = type;
  }

  HttpStatus status() {
    return status;
  }

  String type() {
    return type;
  }
}
