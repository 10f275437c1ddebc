package vn.longbien.exemplar.web;

import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of the pages' controllers ({@link PageController}) as the Vietnamese error page: unknown or not the
 * official's (404), not allowed (403). Bad input in a page's form is the page's own to show, with the form.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageExceptionHandler {

  @ExceptionHandler(RecordNotFoundException.class)
  ModelAndView notFound(RecordNotFoundException e, HttpServletResponse response) {
    return page(HttpStatus.NOT_FOUND, e.getMessage(), response);
  }

  @ExceptionHandler(AuthorizationException.class)
  ModelAndView forbidden(AuthorizationException e, HttpServletResponse response) {
    return page(HttpStatus.FORBIDDEN, null, response);
  }

  private static ModelAndView page(HttpStatus status, String message, HttpServletResponse response) {
    response.setStatus(status.value());
    ModelAndView page = new ModelAndView("error", status);
    page.addObject("status", status.value());
    page.addObject("detail", message);
    return page;
  }
}
