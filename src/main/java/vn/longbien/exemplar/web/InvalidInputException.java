package vn.longbien.exemplar.web;

/** Input the API cannot take, beyond field validation (a file of the wrong kind, an unreadable import): 400. */
public class InvalidInputException extends ApiException {

  public InvalidInputException(String type, String vietnameseMessage) {
    super(type, vietnameseMessage);
  }
}
