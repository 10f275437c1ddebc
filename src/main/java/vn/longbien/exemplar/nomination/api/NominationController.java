package vn.longbien.exemplar.nomination.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.longbien.exemplar.nomination.Nomination;
import vn.longbien.exemplar.nomination.NominationStatus;
import vn.longbien.exemplar.nomination.api.NominationViews.Detail;
import vn.longbien.exemplar.nomination.api.NominationViews.PageOf;
import vn.longbien.exemplar.nomination.api.NominationViews.Summary;

/** Nominations (hồ sơ đề cử): submit one, search, read one with its decisions. */
@RestController
@RequestMapping("/api/nominations")
@Validated
@Tag(name = "Hồ sơ đề cử", description = "Nộp, tìm kiếm và xem hồ sơ đề cử điển hình tiên tiến")
class NominationController {

  private final NominationService service;
  private final NominationViews views;
  private final ObjectionService objections;
  private final AttachmentService attachments;

  NominationController(
      NominationService service, NominationViews views, ObjectionService objections, AttachmentService attachments) {
    this.service = service;
    this.views = views;
    this.objections = objections;
    this.attachments = attachments;
  }

  @PostMapping
  @Operation(
      summary = "Nộp một hồ sơ đề cử và bắt đầu bình xét",
      description = "Đơn vị đề cử phải là đơn vị của người nộp (vai trò donvi), nếu không: 403. Chỉ đợt bình xét "
          + "đang mở nhận hồ sơ (mặc định từ 01/12 năm N-1 đến trước 31/01 năm N); đợt đã hết hạn hoặc chưa mở: 409 "
          + "RoundNotOpen, nêu đợt đang mở. Trùng đối tượng (họ tên không dấu + năm sinh + đơn vị) trong cùng đợt: "
          + "409 kèm existingNominationId.")
  ResponseEntity<Detail> submit(
      @Valid @RequestBody NominationRequest request,
      @Parameter(description = "Phòng Nội vụ (thường trực) hoặc quản trị viên chấp nhận hồ sơ nộp sau hạn của đợt, "
          + "cho một đơn vị đề cử của Quận; hồ sơ ghi người chấp nhận và thời điểm. Người khác: 403; đợt đang mở: 400.")
          @RequestParam(defaultValue = "false") boolean acceptLate) {
    Nomination nomination = service.submit(request, acceptLate);
    return ResponseEntity.created(URI.create("/api/nominations/" + nomination.getId()))
        .body(detail(service.readable(nomination.getId())));
  }

  @GetMapping
  @Operation(summary = "Tìm hồ sơ đề cử của các đơn vị người dùng được xem",
      description = "Tên tìm không phân biệt dấu: “Nguyen” tìm được “Nguyễn”. Trang đánh số từ 0.")
  PageOf<Summary> search(
      @Parameter(description = "Năm bình xét") @RequestParam(required = false) Integer year,
      @Parameter(description = "Mã đơn vị đề cử") @RequestParam(required = false) String unit,
      @Parameter(description = "Mã phong trào") @RequestParam(required = false) String movement,
      @Parameter(description = "Trạng thái") @RequestParam(required = false) NominationStatus status,
      @Parameter(description = "Họ tên / tên tập thể, có hoặc không dấu") @RequestParam(required = false) String name,
      @RequestParam(defaultValue = "0") @Min(value = 0, message = "Số trang không được âm") int page,
      @RequestParam(defaultValue = "20") @Min(value = 1, message = "Cỡ trang tối thiểu là 1")
          @Max(value = 100, message = "Cỡ trang tối đa là 100") int size) {
    return PageOf.of(service.search(new NominationService.Search(year, unit, movement, status, name), page, size)
        .map(views::summary));
  }

  @GetMapping("/{id}")
  @Operation(summary = "Xem một hồ sơ đề cử, các quyết định, ý kiến phản ánh và tệp minh chứng của hồ sơ",
      description = "404 nếu không có hồ sơ, hoặc hồ sơ thuộc đơn vị người dùng không được xem.")
  Detail get(@PathVariable String id) {
    return detail(service.readable(id));
  }

  private Detail detail(Nomination nomination) {
    String id = nomination.getId();
    return views.detail(nomination, service.decisionsOf(id), objections.of(id), attachments.listOf(nomination));
  }
}
