package vn.longbien.exemplar.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** A round's audit as CSV and PDF, with the content hash as for a timeline. */
final class RoundAuditExports {

  static final String DECISIONS_PART = "Quyết định";
  static final String OVERDUE_PART = "Công việc quá hạn";

  private RoundAuditExports() {}

  static HashedExport csv(RoundAudit.RoundView round, String exportedBy, Instant exportedAt) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setCommentMarker('#').get())) {
      writer.write('\uFEFF');
      csv.printComment("Rà soát đợt bình xét năm " + round.year() + ": " + round.nominations() + " hồ sơ đề cử");
      csv.printRecord("Phần", "Đơn vị", "Mã hồ sơ", "Người, tập thể được đề cử", "Thời điểm (UTC)", "Giờ Hà Nội",
          "Người thực hiện", "Loại", "Mã bước", "Nội dung", "Hạn xử lý (UTC)");
      for (RoundAudit.UnitDecisions unit : round.units()) {
        for (RoundAudit.DecisionLine line : unit.decisions()) {
          csv.printRecord(DECISIONS_PART, unit.unitName(), line.nominationId(), line.nomineeName(), line.time(),
              Values.local(line.time()), blank(line.actor()), line.kind().label(), blank(line.step()), line.description(), "");
        }
      }
      for (RoundAudit.OverdueTask task : round.overdueTasks()) {
        csv.printRecord(OVERDUE_PART, task.unitCode(), task.nominationId(), task.nomineeName(),
            task.completedAt() == null ? "" : task.completedAt(), Values.local(task.completedAt()),
            blank(task.completedBy()), task.completedAt() == null ? "Chưa hoàn thành" : "Hoàn thành sau hạn",
            task.step(), task.taskName(), task.dueDate());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return HashedExport.csv(bytes.toByteArray(), "ra-soat-dot-" + round.year() + ".csv", exportedBy, exportedAt);
  }

  static HashedExport pdf(RoundAudit.RoundView round, String exportedBy, Instant exportedAt) {
    HashedExport csv = csv(round, exportedBy, exportedAt);
    AuditPdf pdf = new AuditPdf("Mã kiểm tra SHA-256 (bản CSV): " + csv.sha256());
    pdf.title("RÀ SOÁT ĐỢT BÌNH XÉT NĂM " + round.year());
    pdf.text(round.nominations() + " hồ sơ đề cử trong đợt.");
    TimelinePdf.hash(pdf, csv.sha256(), exportedBy, exportedAt);
    pdf.title("Ai đã quyết định gì, khi nào");
    for (RoundAudit.UnitDecisions unit : round.units()) {
      pdf.keepTogether(60f);
      pdf.gap(6f);
      pdf.text(unit.unitName());
      for (RoundAudit.DecisionLine line : unit.decisions()) {
        pdf.small(Values.local(line.time()) + " — " + blank(line.actor()) + " — " + line.kind().label() + " — "
            + line.nomineeName() + " (" + line.nominationId() + "): " + line.description(), 12f);
      }
    }
    pdf.gap(8f);
    pdf.title("Công việc quá hạn xử lý");
    if (round.overdueTasks().isEmpty()) {
      pdf.text("Không có công việc nào quá hạn.");
    }
    for (RoundAudit.OverdueTask task : round.overdueTasks()) {
      pdf.small(task.nomineeName() + " (" + task.nominationId() + ") — " + task.taskName() + " — nhóm "
          + task.candidateGroups() + " — hạn " + Values.local(task.dueDate()) + " — "
          + (task.completedAt() == null ? "chưa hoàn thành"
              : "hoàn thành " + Values.local(task.completedAt()) + " bởi " + blank(task.completedBy())), 0f);
    }
    return new HashedExport(pdf.finish(), csv.sha256(), "ra-soat-dot-" + round.year() + ".pdf", HashedExport.PDF);
  }

  private static String blank(String value) {
    return value == null ? "" : value;
  }
}
