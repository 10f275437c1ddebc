package vn.longbien.exemplar.nomination;

import vn.longbien.exemplar.web.ConflictException;

/** The nomination's round is closed, or not yet open: its message names the round that is open. */
public class RoundNotOpenException extends ConflictException {

  public RoundNotOpenException(String vietnameseMessage) {
    super("RoundNotOpen", vietnameseMessage);
  }
}
