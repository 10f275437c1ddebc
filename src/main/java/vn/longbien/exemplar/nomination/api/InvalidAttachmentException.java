package vn.longbien.exemplar.nomination.api;

/** An evidence file refused for its type, size or name: 400 with the reason in Vietnamese. */
public class InvalidAttachmentException extends RuntimeException {

  public InvalidAttachmentException(String vietnameseMessage) {
    super(vietnameseMessage);
  }
}
