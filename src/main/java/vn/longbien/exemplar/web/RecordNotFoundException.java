package vn.longbien.exemplar.web;

/** The record asked for does not exist, or the caller may not see it: both answer 404. */
public class RecordNotFoundException extends RuntimeException {

  public RecordNotFoundException(String vietnameseMessage) {
    super(vietnameseMessage);
  }
}
