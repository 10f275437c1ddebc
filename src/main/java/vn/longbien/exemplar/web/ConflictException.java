package vn.longbien.exemplar.web;

/** The request clashes with what is already stored (a duplicate, a step already done): 409. */
public class ConflictException extends ApiException {

  public ConflictException(String type, String vietnameseMessage) {
    super(type, vietnameseMessage);
  }
}
