package vn.longbien.exemplar.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
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
import org.springframework.web.multipart.MultipartException;

/**
 * One error format for the application's API ({@link ApiError}): bad input 400 (with its fields), no right
 * 403, unknown 404, clash 409. Nothing internal — no stack trace, no SQL — reaches the caller. Outside
 * {@code /api}, a path that no controller serves gets the Vietnamese error page ({@link ErrorAnswers}), and the
 * pages' own controllers have {@link PageExceptionHandler}. An upload over the size limit: {@link UploadLimit}.
 */
@RestControllerAdvice
class ApiExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ApiError> invalidBody(MethodArgumentNotValidException e) {
    return validationError(e.getBindingResult().getFieldErrors().stream()
        .map(error -> new ApiError.FieldError(error.getField(), error.getDefaultMessage()))
        .toList());
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<ApiError> invalidParameters(ConstraintViolationException e) {
    return validationError(e.getConstraintViolations().stream()
        .map(violation -> new ApiError.FieldError(violation.getPropertyPath().toString(), violation.getMessage()))
        .toList());
  }

  private static ResponseEntity<ApiError> validationError(List<ApiError.FieldError> fields) {
    return error(HttpStatus.BAD_REQUEST,
        new ApiError("ValidationError", "Dữ liệu không hợp lệ, xin kiểm tra các trường được nêu", fields));
  }

  /**
   * Always JSON, whatever the request asked for: a caller who asked for a spreadsheet or a PDF must still
   * be able to read why there is none.
   */
  private static ResponseEntity<ApiError> error(HttpStatusCode status, ApiError body) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
  }

  private static ResponseEntity<ApiError> error(HttpStatusCode status, String type, String message) {
    return error(status, ApiError.of(type, message));
  }

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<ApiError> invalidInput(InvalidInputException e) {
    return error(HttpStatus.BAD_REQUEST, e.type(), e.getMessage());
  }

  /** A parameter of the wrong type, or text {@link ParameterText} refuses: then the parameter is named. */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ApiError> parameterMismatch(MethodArgumentTypeMismatchException e) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof ParameterText.RefusedText refused) {
        return validationError(List.of(new ApiError.FieldError(e.getName(), refused.getMessage())));
      }
    }
    return unreadable(e);
  }

  /**
   * A JSON value of the wrong kind for its field (a fraction or a word where an integer is expected, an object
   * for a name): the field is named like a validation error. Bodies that are not JSON stay a plain 400.
   */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ApiError> unreadableBody(HttpMessageNotReadableException e) {
    if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      return validationError(List.of(new ApiError.FieldError(field(mismatch.getPath()), expected(mismatch.getTargetType()))));
    }
    return unreadable(e);
  }

  /** "generalCriteria[1]", as bean validation names a field. */
  private static String field(List<JsonMappingException.Reference> path) {
    StringBuilder field = new StringBuilder();
    for (JsonMappingException.Reference step : path) {
      if (step.getFieldName() != null) {
        field.append(field.isEmpty() ? "" : ".").append(step.getFieldName());
      } else if (step.getIndex() >= 0) {
        field.append('[').append(step.getIndex()).append(']');
      }
    }
    return field.toString();
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "Sai kiểu dữ liệu";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class
        || type == Short.class || type == short.class || type == BigInteger.class) {
      return "Phải là một số nguyên";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "Phải là true hoặc false";
    }
    if (type == String.class) {
      return "Phải là một chuỗi ký tự";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "Phải là một danh sách";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "Phải là một số";
    }
    return "Sai kiểu dữ liệu";
  }

  @ExceptionHandler({MissingServletRequestParameterException.class, MultipartException.class})
  ResponseEntity<ApiError> unreadable(Exception e) {
    return error(HttpStatus.BAD_REQUEST, "BadRequest",
        "Yêu cầu không đọc được: sai định dạng, sai kiểu dữ liệu hoặc thiếu tham số");
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ApiError> unsupportedMediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request)
      throws HttpMediaTypeNotSupportedException {
    apiOnly(e, request);
    return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UnsupportedMediaType", "Định dạng dữ liệu gửi lên không được hỗ trợ");
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ApiError> methodNotAllowed(HttpRequestMethodNotSupportedException e, HttpServletRequest request)
      throws HttpRequestMethodNotSupportedException {
    apiOnly(e, request);
    return error(HttpStatus.METHOD_NOT_ALLOWED, "MethodNotAllowed", "Phương thức không được hỗ trợ cho địa chỉ này");
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<ApiError> forbidden(AuthorizationException e) {
    return error(HttpStatus.FORBIDDEN, "Forbidden", "Bạn không có quyền thực hiện thao tác này");
  }

  @ExceptionHandler(RecordNotFoundException.class)
  ResponseEntity<ApiError> notFound(RecordNotFoundException e) {
    return error(HttpStatus.NOT_FOUND, "NotFound", e.getMessage());
  }

  @ExceptionHandler(ConflictException.class)
  ResponseEntity<ApiError> conflict(ConflictException e) {
    return error(HttpStatus.CONFLICT, e.type(), e.getMessage());
  }

  /** The engine's optimistic lock, or the database's row locks (a wait timed out, a deadlock was broken). */
  @ExceptionHandler({OptimisticLockingException.class, ConcurrencyFailureException.class,
      PessimisticLockException.class, LockTimeoutException.class})
  ResponseEntity<ApiError> concurrentChange(RuntimeException e) {
    return error(HttpStatus.CONFLICT, "ConcurrentChange",
        "Hồ sơ vừa được người khác thay đổi; xin tải lại và thực hiện lại");
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ApiError> unexpected(Exception e, HttpServletRequest request) throws Exception {
    // Spring MVC's own exceptions (unknown path, unacceptable media type, ...) carry their status.
    if (e instanceof ErrorResponse response && response.getStatusCode().is4xxClientError()) {
      apiOnly(e, request);
      return response.getStatusCode().value() == HttpStatus.NOT_FOUND.value()
          ? error(response.getStatusCode(), "NotFound", "Không tìm thấy địa chỉ này")
          : error(response.getStatusCode(), "BadRequest", "Yêu cầu không hợp lệ");
    }
    log.error("Unexpected error in the application API", e);
    return error(HttpStatus.INTERNAL_SERVER_ERROR, "InternalError", "Lỗi hệ thống; xin thử lại sau hoặc báo quản trị viên");
  }

  /**
   * An error no controller of the API raised (no handler: an unknown path, a method the path does not take) is
   * the API's only under {@code /api}; elsewhere it goes on, unhandled here, to the error page.
   */
  private static <E extends Exception> void apiOnly(E e, HttpServletRequest request) throws E {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith("/api/") && !path.equals("/api")) {
      throw e;
    }
  }
}
