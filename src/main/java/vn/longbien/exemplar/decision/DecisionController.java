package vn.longbien.exemplar.decision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.longbien.exemplar.decision.DecisionViews.DecisionView;
import vn.longbien.exemplar.documents.MeetingPapers;
import vn.longbien.exemplar.review.ListState;
import vn.longbien.exemplar.web.ConflictException;

/**
 * Chairmen's decisions (quyết định của Chủ tịch UBND) over a list of nominees the council passed: one number, one
 * date, one signer; submitting completes each nominee's chairman task. Only the chairman's own group
 * ({@code …-chutich}) sees its decisions; for anyone else they do not exist (404).
 */
@RestController
@RequestMapping("/api/decisions")
@Validated
@Tag(name = "Quyết định của Chủ tịch UBND", description = "Một quyết định (số, ngày, người ký) cho danh sách người, "
    + "tập thể được Hội đồng thông qua; gửi quyết định hoàn thành công việc của từng hồ sơ")
class DecisionController {

  private final ChairmanDecisions decisions;
  private final DecisionSubmission submission;
  private final DecisionViews views;
  private final MeetingPapers papers;

  DecisionController(ChairmanDecisions decisions, DecisionSubmission submission, DecisionViews views,
      MeetingPapers papers) {
    this.decisions = decisions;
    this.submission = submission;
    this.views = views;
    this.papers = papers;
  }

  @GetMapping
  @Operation(summary = "Các quyết định của Chủ tịch UBND đơn vị mình", description = "Mới nhất trước.")
  List<DecisionView> list() {
    return decisions.mine().stream().map(views::view).toList();
  }

  @GetMapping("/candidates")
  @Operation(summary = "Người, tập thể đang chờ Chủ tịch quyết định",
      description = "Được Hội đồng thông qua, công việc quyết định đang mở; upperLevel cho biết đề xuất lên đâu (quan, "
          + "thanh-pho). Đơn vị không phải của mình: 404.")
  List<ChairmanDecisions.Candidate> candidates(
      @Parameter(description = "Mã đơn vị; bỏ trống nếu chỉ thuộc một đơn vị") @RequestParam(required = false) String unit) {
    return decisions.candidates(decisions.chair(unit));
  }

  @PostMapping
  @Operation(summary = "Ghi một quyết định (dự thảo)", description = "Số, ngày, người ký và danh sách. Hồ sơ không "
      + "chờ Chủ tịch này quyết định, đề xuất không áp dụng với cấp trên, thiếu lý do không công nhận: 400.")
  ResponseEntity<DecisionView> open(@Valid @RequestBody DecisionRequest request) {
    SignedDecision decision = decisions.open(request);
    return ResponseEntity.created(URI.create("/api/decisions/" + decision.getId()))
        .body(views.view(decisions.read(decision.getId())));
  }

  @GetMapping("/{id}")
  @Operation(summary = "Xem một quyết định và kết quả từng hồ sơ", description = "404 nếu không phải của đơn vị mình.")
  DecisionView read(@PathVariable Long id) {
    return views.view(decisions.read(id));
  }

  @PutMapping("/{id}")
  @Operation(summary = "Sửa dự thảo quyết định", description = "Chỉ khi chưa gửi; đã gửi: 409.")
  DecisionView correct(@PathVariable Long id, @Valid @RequestBody DecisionRequest request) {
    decisions.correct(id, request);
    return views.view(decisions.read(id));
  }

  @PostMapping("/{id}/submit")
  @Operation(summary = "Gửi quyết định (một lần)", description = "Hoàn thành công việc quyết định của từng hồ sơ "
      + "dưới tên người gửi; hồ sơ không hoàn thành được được báo trong kết quả. Gửi lần thứ hai: 409.")
  DecisionView submit(@PathVariable Long id) {
    return views.view(submission.submit(id));
  }

  @PostMapping("/{id}/resume")
  @Operation(summary = "Gửi tiếp một quyết định bị gián đoạn khi gửi",
      description = "Hoàn thành công việc của những người, tập thể chưa có kết quả ghi nhận (máy chủ dừng giữa lúc "
          + "gửi), như khi gửi; dòng đã có kết quả giữ nguyên. Quyết định chưa gửi, hoặc mọi dòng đã có kết quả: 409.")
  DecisionView resume(@PathVariable Long id) {
    return views.view(submission.resume(id));
  }


  @GetMapping("/{id}/list")
  @Operation(summary = "Danh sách kèm theo quyết định", description = "Những người, tập thể được công nhận theo "
      + "quyết định. Không ai được công nhận: 404; chưa gửi: 409.")
  ResponseEntity<byte[]> list(@PathVariable Long id,
      @Parameter(description = "pdf (mặc định) hoặc docx") @RequestParam(required = false) String format) {
    SignedDecision decision = decisions.read(id);
    if (decision.getState() != ListState.SUBMITTED) {
      throw new ConflictException("DecisionNotSubmitted", "Quyết định chưa gửi: danh sách được lập sau khi gửi");
    }
    MeetingPapers.File file = papers.decisionList(DecisionViews.papers(decision), format,
        decision.getUnitCode() + "-" + decision.getDecisionDate() + "-qd-" + decision.getId());
    return ResponseEntity.ok().contentType(file.mediaType())
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName()).build().toString())
        .body(file.content());
  }
}
