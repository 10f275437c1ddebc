package vn.longbien.exemplar.web;

import java.beans.PropertyEditorSupport;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import vn.longbien.exemplar.text.PlainText;
import vn.longbien.exemplar.text.PlainText.Lines;

/**
 * Text in query parameters, form fields (an attachment's description) and path segments of the application's
 * controllers: NFC, and refused with 400 when {@link PlainText} refuses it (a NUL in a search would otherwise
 * reach PostgreSQL, which cannot take it). Line breaks are let through: the only such text that is stored, an
 * attachment's description, may have several lines. Empty or white space only is no value, as before.
 */
@ControllerAdvice
class ParameterText {

  @InitBinder
  void plainText(WebDataBinder binder) {
    binder.registerCustomEditor(String.class, new Editor());
  }

  /** A parameter {@link PlainText} refuses; the message is for the official. */
  static final class RefusedText extends IllegalArgumentException {
    RefusedText(String vietnameseMessage) {
      super(vietnameseMessage);
    }
  }

  private static final class Editor extends PropertyEditorSupport {
    @Override
    public void setAsText(String text) {
      String normalized = PlainText.normalized(text);
      PlainTextFields.Check.problem(normalized.strip(), Lines.MULTI).ifPresent(problem -> {
        throw new RefusedText(problem);
      });
      setValue(normalized);
    }
  }
}
