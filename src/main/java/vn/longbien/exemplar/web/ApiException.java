package vn.longbien.exemplar.web;

/** A refusal the API answers in its error format: a stable English type and a Vietnamese message. */
public abstract class ApiException extends RuntimeException {

  private final String type;

  protected ApiException(String type, String vietnameseMessage) {
    super(vietnameseMessage);
    this.type = type;
  }

  public String type() {
    return type;
  }
}
