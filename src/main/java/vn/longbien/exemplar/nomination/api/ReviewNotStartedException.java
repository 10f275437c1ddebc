package vn.longbien.exemplar.nomination.api;

import vn.longbien.exemplar.web.ConflictException;

/** The engine refused to start the nomination's review; nothing was stored. */
public class ReviewNotStartedException extends ConflictException {

  public ReviewNotStartedException(String reason) {
    super("ReviewNotStarted", "Không bắt đầu được quy trình bình xét, hồ sơ chưa được lưu: " + reason);
  }
}
