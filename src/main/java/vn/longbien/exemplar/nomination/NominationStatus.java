package vn.longbien.exemplar.nomination;

/** Where a nomination stands in the review chain; the label is what officials read. */
public enum NominationStatus {
  SUBMITTED("Đã đề cử"),
  ON_HOLD("Tạm dừng: đang có kỷ luật, thanh tra hoặc khiếu nại chưa giải quyết"),
  RETURNED("Trả lại đơn vị đề cử để bổ sung, hoàn thiện hồ sơ"),
  POSTED("Đang công khai danh sách"),
  IN_REVIEW("Đang xét"),
  WITHDRAWN("Đơn vị đề cử rút hồ sơ"),
  INELIGIBLE("Không đủ điều kiện, tiêu chuẩn"),
  NOT_PASSED_WARD("Không được Hội đồng Thi đua - Khen thưởng phường thông qua"),
  NOT_PASSED_DISTRICT("Không được Hội đồng Thi đua - Khen thưởng quận thông qua"),
  NOT_RECOGNISED("Không được công nhận"),
  RECOGNISED_WARD("Được công nhận điển hình tiên tiến cấp phường"),
  RECOGNISED_DISTRICT("Được công nhận điển hình tiên tiến cấp quận"),
  RECOGNISED_CITY("Được Thành phố khen thưởng, tôn vinh");

  private final String label;

  NominationStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
