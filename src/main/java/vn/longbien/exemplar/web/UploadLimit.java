package vn.longbien.exemplar.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.MappingJackson2JsonView;

/**
 * An upload over {@code spring.servlet.multipart.max-file-size}, refused before any controller is chosen (413):
 * the API's JSON error under {@code /api}, the Vietnamese error page for a page's form. Answered here, not
 * through the container's error page, which Tomcat leaves empty once it has stopped reading the oversized body.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimit {

  private final ObjectMapper json;

  UploadLimit(ObjectMapper json) {
    this.json = json;
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response) {
    response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/")) {
      MappingJackson2JsonView body = new MappingJackson2JsonView(json);
      body.setExtractValueFromSingleKeyModel(true);
      return new ModelAndView(body, "error", ApiError.of("PayloadTooLarge", "Tệp quá lớn so với giới hạn cho phép"));
    }
    ModelAndView page = new ModelAndView("error", HttpStatus.PAYLOAD_TOO_LARGE);
    page.addObject("status", HttpStatus.PAYLOAD_TOO_LARGE.value());
    return page;
  }
}
