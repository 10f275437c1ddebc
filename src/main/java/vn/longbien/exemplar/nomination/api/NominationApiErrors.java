package vn.longbien.exemplar.nomination.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.longbien.exemplar.nomination.DuplicateNominationException;
import vn.longbien.exemplar.web.ApiError;

/**
 * The duplicate answer carries the existing nomination's id beside the common error fields; every other
 * error goes to the application's common handler.
 */
@RestControllerAdvice(basePackageClasses = NominationApiErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class NominationApiErrors {

  @Schema(description = "Trùng hồ sơ: đối tượng đã được đề cử trong đợt")
  record DuplicateError(String type, String message, List<ApiError.FieldError> fieldErrors, String existingNominationId) {}

  @ExceptionHandler(DuplicateNominationException.class)
  ResponseEntity<DuplicateError> duplicate(DuplicateNominationException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT)
        .body(new DuplicateError(e.type(), e.getMessage(), List.of(), e.existingNominationId()));
  }
}
