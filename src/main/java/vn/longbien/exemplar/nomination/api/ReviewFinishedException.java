package vn.longbien.exemplar.nomination.api;

import vn.longbien.exemplar.web.ConflictException;

/** The nomination's review has ended: its dossier no longer takes evidence files. */
public class ReviewFinishedException extends ConflictException {

  public ReviewFinishedException(String nominationId) {
    super("ReviewFinished", "Hồ sơ đề cử " + nominationId + " đã kết thúc bình xét, không thể bổ sung tệp minh chứng");
  }
}
