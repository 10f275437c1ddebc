package vn.longbien.exemplar.reporting;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.longbien.exemplar.web.ApiError;

/**
 * The reports' refusals in the API's error format, always as JSON: the caller may have asked for a
 * spreadsheet or a PDF, and an error must still reach them readable.
 */
@RestControllerAdvice(assignableTypes = ReportController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReportErrors {

  @ExceptionHandler(ReportRequestException.class)
  ResponseEntity<ApiError> refused(ReportRequestException e) {
    return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON)
        .body(ApiError.of(e.type(), e.getMessage()));
  }
}
