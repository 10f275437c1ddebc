package vn.longbien.exemplar.nomination.api;

import vn.longbien.exemplar.web.ConflictException;

/** No public posting of the nomination is waiting for objections: nothing was recorded. */
public class NotInPublicPostingException extends ConflictException {

  public NotInPublicPostingException(String nominationId) {
    super("NotInPublicPosting", "Hồ sơ đề cử " + nominationId
        + " hiện không trong thời gian công khai nên không tiếp nhận ý kiến phản ánh");
  }
}
