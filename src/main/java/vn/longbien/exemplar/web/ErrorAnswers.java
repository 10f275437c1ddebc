package vn.longbien.exemplar.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * What reaches Spring Boot's error page (a path no controller serves, an error outside any controller): under
 * {@code /api} the API's own JSON error ({@link ApiError}'s fields), elsewhere the Vietnamese error page
 * ({@code pages/error.html}) with the status. Never a stack trace.
 */
@Component
class ErrorAnswers extends DefaultErrorAttributes {

  @Override
  public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
    Map<String, Object> attributes = super.getErrorAttributes(request, ErrorAttributeOptions.defaults());
    Object path = request.getAttribute("jakarta.servlet.error.request_uri", RequestAttributes.SCOPE_REQUEST);
    if (path == null || !path.toString().startsWith("/api")) {
      return attributes;
    }
    int status = attributes.get("status") instanceof Integer code ? code : 500;
    Map<String, Object> api = new LinkedHashMap<>();
    if (status == HttpStatus.NOT_FOUND.value()) {
      api.put("type", "NotFound");
      api.put("message", "Không tìm thấy địa chỉ này");
    } else if (status == HttpStatus.METHOD_NOT_ALLOWED.value()) {
      api.put("type", "MethodNotAllowed");
      api.put("message", "Phương thức không được hỗ trợ cho địa chỉ này");
    } else if (status == HttpStatus.PAYLOAD_TOO_LARGE.value()) {
      api.put("type", "PayloadTooLarge");
      api.put("message", "Tệp quá lớn so với giới hạn cho phép");
    } else if (status == HttpStatus.UNSUPPORTED_MEDIA_TYPE.value()) {
      api.put("type", "UnsupportedMediaType");
      api.put("message", "Định dạng dữ liệu gửi lên không được hỗ trợ");
    } else if (status >= 400 && status < 500) {
      api.put("type", "BadRequest");
      api.put("message", "Yêu cầu không hợp lệ");
    } else {
      api.put("type", "InternalError");
      api.put("message", "Lỗi hệ thống; xin thử lại sau hoặc báo quản trị viên");
    }
    api.put("fieldErrors", List.of());
    api.put("status", status);
    return api;
  }
}
