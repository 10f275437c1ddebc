package vn.longbien.exemplar.web;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * One error format for the application's API ({@link ApiError}): bad input 400 with its fields, no right
 * 403, unknown 404, clash 409. Nothing internal — no stack trace, no SQL — reaches the caller.
 */
@RestControllerAdvice
class ApiExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ApiError> invalidBody(MethodArgumentNotValidException e) {
    List<ApiError.FieldError> fields = e.getBindingResult().getFieldErrors().stream()
        .map(error -> new ApiError.FieldError(error.getField(), error.getDefaultMessage()))
        .toList();
    return ResponseEntity.badRequest()
        .body(new ApiError("ValidationError", "Dữ liệu không hợp lệ, xin kiểm tra các trường được nêu", fields));
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<ApiError> invalidParameters(ConstraintViolationException e) {
    List<ApiError.FieldError> fields = e.getConstraintViolations().stream()
        .map(violation -> new ApiError.FieldError(violation.getPropertyPath().toString(), violation.getMessage()))
        .toList();
    return ResponseEntity.badRequest()
        .body(new ApiError("ValidationError", "Dữ liệu không hợp lệ, xin kiểm tra các trường được nêu", fields));
  }

  @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
      MissingServletRequestParameterException.class, MultipartException.class})
  ResponseEntity<ApiError> unreadable(Exception e) {
    return ResponseEntity.badRequest().body(ApiError.of("BadRequest",
        "Yêu cầu không đọc được: sai định dạng, sai kiểu dữ liệu hoặc thiếu tham số"));
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
        .body(ApiError.of("PayloadTooLarge", "Tệp quá lớn so với giới hạn cho phép"));
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ApiError> unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
    return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
        .body(ApiError.of("UnsupportedMediaType", "Định dạng dữ liệu gửi lên không được hỗ trợ"));
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ApiError> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
    return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
        .body(ApiError.of("MethodNotAllowed", "Phương thức không được hỗ trợ cho địa chỉ này"));
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<ApiError> forbidden(AuthorizationException e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN)
        .body(ApiError.of("Forbidden", "Bạn không có quyền thực hiện thao tác này"));
  }

  @ExceptionHandler(RecordNotFoundException.class)
  ResponseEntity<ApiError> notFound(RecordNotFoundException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of("NotFound", e.getMessage()));
  }

  @ExceptionHandler(ConflictException.class)
  ResponseEntity<ApiError> conflict(ConflictException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiError.of(e.type(), e.getMessage()));
  }

  @ExceptionHandler(OptimisticLockingException.class)
  ResponseEntity<ApiError> concurrentChange(OptimisticLockingException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiError.of("ConcurrentChange",
        "Hồ sơ vừa được người khác thay đổi; xin tải lại và thực hiện lại"));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ApiError> unexpected(Exception e) {
    // Spring MVC's own exceptions (unknown path, unacceptable media type, ...) carry their status.
    if (e instanceof ErrorResponse response && response.getStatusCode().is4xxClientError()) {
      return ResponseEntity.status(response.getStatusCode()).body(
          response.getStatusCode().value() == HttpStatus.NOT_FOUND.value()
              ? ApiError.of("NotFound", "Không tìm thấy địa chỉ này")
              : ApiError.of("BadRequest", "Yêu cầu không hợp lệ"));
    }
    log.error("Unexpected error in the application API", e);
    return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
        .body(ApiError.of("InternalError", "Lỗi hệ thống; xin thử lại sau hoặc báo quản trị viên"));
  }
}
