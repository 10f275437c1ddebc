package vn.longbien.exemplar.audit;

/** What a timeline entry records; the label is what inspectors read. */
public enum EntryKind {
  MODEL_DEPLOYED("Triển khai phiên bản mô hình"),
  PROCESS_STARTED("Bắt đầu quy trình"),
  STEP("Bước xử lý của hệ thống"),
  TASK_CREATED("Giao công việc"),
  TASK_ASSIGNED("Nhận, giao lại công việc"),
  TASK_COMPLETED("Hoàn thành công việc"),
  VOTE("Biểu quyết của Hội đồng"),
  DECISION("Quyết định"),
  RETURN_FOR_EVIDENCE("Trả hồ sơ để bổ sung"),
  MEETING("Phiên họp Hội đồng (xét theo danh sách)"),
  SIGNED_DECISION("Quyết định theo danh sách"),
  OBJECTION("Ý kiến phản ánh trong thời gian công khai"),
  DECISION_EVALUATED("Đánh giá bảng quyết định"),
  USER_OPERATION("Thao tác của người dùng trên dữ liệu quy trình"),
  REGISTRY_CHANGE("Sổ theo dõi điển hình: gộp, tách mục"),
  PROCESS_ENDED("Kết thúc quy trình");

  private final String label;

  EntryKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The entry of a recorded decision of that kind. */
  static EntryKind of(vn.longbien.exemplar.nomination.NominationDecision.Kind kind) {
    return switch (kind) {
      case COUNCIL_VOTE -> VOTE;
      case RETURN_FOR_EVIDENCE -> RETURN_FOR_EVIDENCE;
      case CHAIRMAN_DECISION, CITY_OUTCOME, PENDING_MATTER -> DECISION;
    };
  }
}
