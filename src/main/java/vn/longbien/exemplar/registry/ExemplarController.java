package vn.longbien.exemplar.registry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.longbien.exemplar.registry.ExemplarViews.History;
import vn.longbien.exemplar.registry.ExemplarViews.Summary;
import vn.longbien.exemplar.web.MultiLine;
import vn.longbien.exemplar.web.PlainTextFields;

/**
 * The registry of exemplars across rounds: search, each exemplar's history, and Phòng Nội vụ's merge and split. An
 * official reads the exemplars of the units they may read; any other is 404.
 */
@RestController
@RequestMapping("/api/exemplars")
@Validated
@Tag(name = "Sổ theo dõi điển hình", description = "Mỗi điển hình (cá nhân, tập thể, hộ gia đình) qua các năm: các "
    + "lần đề cử, kết quả từng cấp; Phòng Nội vụ gộp hai mục trùng hoặc tách hồ sơ ghép nhầm")
class ExemplarController {

  private final ExemplarViews views;
  private final RegistryChanges changes;

  ExemplarController(ExemplarViews views, RegistryChanges changes) {
    this.views = views;
    this.changes = changes;
  }

  @Schema(name = "ExemplarMergeRequest", description = "Gộp một mục khác (cùng một điển hình) vào mục này")
  @PlainTextFields
  record MergeRequest(
      @Schema(description = "Số của mục cần gộp vào mục này; mục đó không còn dùng") Long otherId,
      @Schema(description = "Lý do (không bắt buộc)") @MultiLine String reason) {}

  @Schema(name = "ExemplarSplitRequest", description = "Tách một hồ sơ đề cử ghép nhầm ra thành mục riêng")
  @PlainTextFields
  record SplitRequest(
      @Schema(description = "Mã hồ sơ đề cử cần tách") String nominationId,
      @Schema(description = "Lý do (không bắt buộc)") @MultiLine String reason) {}

  @GetMapping
  @Operation(summary = "Tìm điển hình (có hoặc không dấu)", description = "Tối đa 100 điển hình của các đơn vị mình "
      + "được xem, theo tên; để trống để xem tất cả.")
  List<Summary> search(@Parameter(description = "Tên hoặc một phần tên, có hoặc không dấu")
      @RequestParam(required = false) String name) {
    return views.search(name);
  }

  @GetMapping("/{id}")
  @Operation(summary = "Toàn bộ quá trình của một điển hình", description = "Mọi lần đề cử (năm, đơn vị, phong trào, "
      + "kết quả), các lần Hội đồng xác nhận thành tích mới, các lần gộp, tách. Mục đã được gộp: quá trình của mục "
      + "được gộp vào. Không phải đơn vị mình được xem: 404.")
  History history(@PathVariable long id) {
    return views.history(id);
  }

  @PostMapping("/{id}/merge")
  @Operation(summary = "Gộp hai mục của cùng một điển hình (Phòng Nội vụ)", description = "Mọi hồ sơ đề cử của mục "
      + "otherId chuyển sang mục này; được ghi vào nhật ký kiểm tra. Không phải Phòng Nội vụ hay quản trị viên: 403; "
      + "thiếu otherId hoặc gộp với chính nó: 400; mục đã được gộp, khác loại đối tượng: 409.")
  History merge(@PathVariable long id, @RequestBody MergeRequest request) {
    changes.merge(id, request.otherId(), request.reason());
    return views.history(id);
  }

  @PostMapping("/{id}/split")
  @Operation(summary = "Tách một hồ sơ đề cử ghép nhầm thành mục riêng (Phòng Nội vụ)", description = "Trả về quá "
      + "trình của mục mới; được ghi vào nhật ký kiểm tra. Hồ sơ không thuộc mục: 400; mục chỉ có một hồ sơ: 409.")
  History split(@PathVariable long id, @RequestBody SplitRequest request) {
    RegistryChange change = changes.split(id, request.nominationId(), request.reason());
    return views.history(change.getTargetId());
  }
}
