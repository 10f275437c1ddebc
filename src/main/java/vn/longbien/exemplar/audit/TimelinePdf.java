package vn.longbien.exemplar.audit;

import java.time.Instant;
import java.util.Map;

/** A nomination's timeline as PDF, printing the SHA-256 of its CSV export (the same content). */
final class TimelinePdf {

  private TimelinePdf() {}

  static HashedExport export(NominationTimeline.Timeline timeline, String exportedBy, Instant exportedAt) {
    HashedExport csv = TimelineCsv.export(timeline, exportedBy, exportedAt);
    NominationSummary n = timeline.nomination();
    AuditPdf pdf = new AuditPdf("Mã kiểm tra SHA-256 (bản CSV): " + csv.sha256());
    pdf.title("NHẬT KÝ KIỂM TRA HỒ SƠ ĐỀ CỬ");
    pdf.text("Hồ sơ: " + n.id() + " — " + n.nomineeName());
    pdf.text("Đơn vị đề cử: " + n.nominatingUnitName() + "; năm bình xét " + n.roundYear());
    pdf.text("Kết quả: " + n.statusLabel() + (n.statusReason() == null ? "" : ". " + n.statusReason()));
    hash(pdf, csv.sha256(), exportedBy, exportedAt);
    for (TimelineEntry entry : timeline.entries()) {
      pdf.keepTogether(40f);
      pdf.gap(5f);
      pdf.text(Values.local(entry.time()) + " — " + entry.kind().label() + " — "
          + (entry.actor() == null ? "Hệ thống" : entry.actor())
          + (entry.stepName() == null && entry.step() == null ? "" : " — " + (entry.stepName() == null ? entry.step() : entry.stepName())));
      pdf.small(entry.description(), 12f);
      for (Map.Entry<String, String> detail : entry.details().entrySet()) {
        pdf.small(detail.getKey() + ": " + detail.getValue(), 24f);
      }
    }
    return new HashedExport(pdf.finish(), csv.sha256(), "nhat-ky-" + n.id() + ".pdf", HashedExport.PDF);
  }

  static void hash(AuditPdf pdf, String sha256, String exportedBy, Instant exportedAt) {
    pdf.gap(4f);
    pdf.text("Mã kiểm tra SHA-256 của nội dung:");
    pdf.text(sha256);
    pdf.small("Xuất lúc " + Values.local(exportedAt) + " (giờ Hà Nội) bởi " + exportedBy + ". Đối chiếu một bản sao: tải"
        + " lại bản CSV của cùng nội dung; dòng cuối bản CSV in mã SHA-256 của mọi dòng phía trên nó"
        + " (kiểm tra bằng lệnh: head -n -1 tep.csv | sha256sum).", 0f);
    pdf.gap(6f);
  }
}
