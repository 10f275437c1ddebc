package vn.longbien.exemplar.registry;

import vn.longbien.exemplar.organisation.ReviewLevel;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.longbien.exemplar.nomination.Nomination;
import vn.longbien.exemplar.organisation.FormerUnits;
import vn.longbien.exemplar.security.CurrentOfficial;
import vn.longbien.exemplar.security.CurrentOfficial.Official;
import vn.longbien.exemplar.web.RecordNotFoundException;

/** The registry as the API and the pages show it, for the signed-in official: only the units they may read. */
@Component
public class ExemplarViews {

  private final ExemplarRegistry registry;
  private final ExemplarRepository exemplars;
  private final RegistryChangeRepository changes;
  private final EarlierRecognitions recognitions;
  private final CurrentOfficial currentOfficial;
  private final FormerUnits units;

  ExemplarViews(ExemplarRegistry registry, ExemplarRepository exemplars, RegistryChangeRepository changes,
      EarlierRecognitions recognitions, CurrentOfficial currentOfficial, FormerUnits units) {
    this.registry = registry;
    this.exemplars = exemplars;
    this.changes = changes;
    this.recognitions = recognitions;
    this.currentOfficial = currentOfficial;
    this.units = units;
  }

  @Schema(name = "ExemplarSummary", description = "Một điển hình trong sổ theo dõi qua các năm")
  public record Summary(
      @Schema(description = "Số của điển hình trong sổ") long id,
      @Schema(description = "Tên (như hồ sơ đề cử đầu tiên)") String name,
      @Schema(description = "ca-nhan, tap-the hoặc ho-gia-dinh") String kind,
      @Schema(description = "Cá nhân, Tập thể, Hộ gia đình") String kindLabel,
      @Schema(description = "Năm sinh (cá nhân)") Integer birthYear,
      @Schema(description = "Mã đơn vị đề cử") String unitCode,
      @Schema(description = "Tên đơn vị đề cử") String unitName,
      @Schema(description = "Số hồ sơ đề cử") int nominations,
      @Schema(description = "Các lần được công nhận, ví dụ: công nhận cấp phường 2024, cấp quận 2025") String recognitions) {}

  @Schema(name = "ExemplarNomination", description = "Một lần đề cử của điển hình")
  public record NominationLine(
      String nominationId, int roundYear, String unitCode, String unitName, String movement, String movementName,
      @Schema(description = "Trạng thái của hồ sơ (mã)") String status,
      @Schema(description = "Kết quả: công nhận cấp …, hoặc trạng thái hồ sơ") String outcome,
      @Schema(description = "Cấp cao nhất đã công nhận: phuong, quan, thanh-pho; null nếu chưa") String recognitionLevel,
      @Schema(description = "Hội đồng xác nhận thành tích mới (cấp, người xác nhận, cảnh báo đã đọc)")
          List<String> newAchievementConfirmations) {}

  @Schema(name = "ExemplarChange", description = "Một lần gộp hoặc tách mục trong sổ (Phòng Nội vụ)")
  public record ChangeLine(
      @Schema(description = "MERGE (gộp) hoặc SPLIT (tách)") String kind, String kindLabel,
      @Schema(description = "Mục nguồn (mục bị gộp; mục bị tách hồ sơ ra)") long sourceId,
      @Schema(description = "Mục đích (mục được gộp vào; mục mới khi tách)") long targetId,
      List<String> nominationIds, String reason, String changedBy, Instant changedAt) {}

  @Schema(name = "ExemplarHistory", description = "Toàn bộ quá trình của một điển hình")
  public record History(Summary exemplar, List<NominationLine> nominations, List<ChangeLine> changes) {}

  /** The entries the caller may read whose name (without accents) contains the query. */
  public List<Summary> search(String query) {
    Official caller = currentOfficial.get();
    return registry.search(query == null ? "" : query, caller.readableUnits()).stream().map(this::summary).toList();
  }

  /** An entry's whole history; 404 for an entry of a unit the caller may not read, or none. */
  @Transactional(readOnly = true)
  public History history(long id) {
    Exemplar exemplar = readable(id);
    List<NominationLine> lines = registry.nominationsOf(exemplar.getId()).stream().map(this::line).toList();
    List<Long> ids = new ArrayList<>(List.of(exemplar.getId()));
    exemplars.findByMergedInto(exemplar.getId()).forEach(e -> ids.add(e.getId()));
    List<ChangeLine> changeLines = changes.findBySourceIdInOrTargetIdInOrderByChangedAtAscIdAsc(ids, ids).stream()
        .map(ExemplarViews::change).toList();
    return new History(summary(exemplar), lines, changeLines);
  }

  /** An entry the caller may read, the one in use after merges; 404 otherwise. */
  public Exemplar readable(long id) {
    Official caller = currentOfficial.get();
    return registry.find(id).filter(e -> caller.canRead(e.getUnitCode()))
        .orElseThrow(() -> new RecordNotFoundException("Không tìm thấy điển hình số " + id));
  }

  Summary summary(Exemplar e) {
    List<Nomination> nominations = registry.nominationsOf(e.getId());
    return new Summary(e.getId(), e.getName(), e.getNomineeKind(), e.getKind().label(), e.getBirthYear(),
        e.getUnitCode(), units.name(e.getUnitCode()), nominations.size(), Outcomes.summary(nominations));
  }

  NominationLine line(Nomination n) {
    return new NominationLine(n.getId(), n.getRoundYear(), n.getNominatingUnit(), units.name(n.getNominatingUnit()),
        n.getMovement(), recognitions.movementName(n.getMovement()), n.getStatus().name(), Outcomes.of(n),
        n.getRecognitionLevel(), recognitions.confirmationsOf(n.getId()).stream()
            .map(c -> ReviewLevel.of(c.getLevel()).map(ReviewLevel::levelName).orElse(c.getLevel())
                + (c.getConfirmedBy() == null ? "" : ", " + c.getConfirmedBy()) + ": " + c.getWarning())
            .toList());
  }

  static ChangeLine change(RegistryChange c) {
    return new ChangeLine(c.getKind().name(), c.getKind().label(), c.getSourceId(), c.getTargetId(),
        c.getNominationIds(), c.getReason(), c.getChangedBy(), c.getChangedAt());
  }

  /** The history lines of a nomination's exemplar, for the dossier and the meeting pages (empty when none). */
  public List<String> earlierNominations(String nominationId) {
    return recognitions.earlierNominations(nominationId);
  }

  Set<String> readableUnits() {
    return currentOfficial.get().readableUnits();
  }
}
