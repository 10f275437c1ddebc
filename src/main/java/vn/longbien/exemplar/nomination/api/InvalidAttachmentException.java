package vn.longbien.exemplar.nomination.api;

import vn.longbien.exemplar.web.InvalidInputException;

/** An evidence file refused for its type, size or name: 400 with the reason in Vietnamese. */
public class InvalidAttachmentException extends InvalidInputException {

  public InvalidAttachmentException(String vietnameseMessage) {
    super("InvalidAttachment", vietnameseMessage);
  }
}
