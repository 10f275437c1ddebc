package vn.longbien.exemplar.web;

/** The request clashes with what is already stored (a duplicate, a step already done): 409. */
public class ConflictException extends RuntimeException {

  private final String type;

  public ConflictException(String type, String vietnameseMessage) {
    super(vietnameseMessage);
    this.type = type;
  }

  public String type() {
    return type;
  }
}
