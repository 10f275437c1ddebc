package vn.longbien.exemplar.meeting;

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
import vn.longbien.exemplar.documents.MeetingPapers;
import vn.longbien.exemplar.meeting.MeetingViews.MeetingView;
import vn.longbien.exemplar.review.ListState;

/**
 * Council meetings (phiên họp Hội đồng TĐKT): the council's secretary opens one, picks the agenda among the
 * nominations waiting for the council, enters each nominee's result, corrects the draft and submits it once. Only
 * the council's own group ({@code …-hoidong}) sees its meetings; for anyone else they do not exist (404).
 */
@RestController
@RequestMapping("/api/meetings")
@Validated
@Tag(name = "Phiên họp Hội đồng", description = "Hội đồng TĐKT họp một lần, ghi số thành viên một lần, biểu quyết "
    + "từng hồ sơ; gửi kết quả hoàn thành công việc bình xét của từng hồ sơ")
class MeetingController {

  private final CouncilMeetings meetings;
  private final MeetingSubmission submission;
  private final MeetingViews views;
  private final MeetingPapers papers;

  MeetingController(CouncilMeetings meetings, MeetingSubmission submission, MeetingViews views, MeetingPapers papers) {
    this.meetings = meetings;
    this.submission = submission;
    this.views = views;
    this.papers = papers;
  }

  @GetMapping
  @Operation(summary = "Các phiên họp của Hội đồng mình", description = "Mới nhất trước; rỗng nếu người dùng không "
      + "thuộc Hội đồng TĐKT nào.")
  List<MeetingView> list() {
    return meetings.mine().stream().map(views::view).toList();
  }

  @GetMapping("/candidates")
  @Operation(summary = "Hồ sơ đang chờ Hội đồng xét (để chọn vào chương trình)",
      description = "Các hồ sơ có công việc bình xét của Hội đồng đang mở (đã hết thời gian công khai, không tạm "
          + "dừng), như Tasklist hiển thị cho Hội đồng. Hội đồng không phải của mình: 404.")
  List<CouncilMeetings.Candidate> candidates(
      @Parameter(description = "Mã đơn vị của Hội đồng; bỏ trống nếu chỉ thuộc một Hội đồng")
          @RequestParam(required = false) String unit) {
    return meetings.candidates(meetings.council(unit));
  }

  @PostMapping
  @Operation(summary = "Mở một phiên họp (dự thảo)",
      description = "Ngày họp, tổng số thành viên, số dự họp và chương trình. Số dự họp lớn hơn tổng số, số phiếu "
          + "vượt số dự họp, hồ sơ không chờ Hội đồng này xét: 400 kèm lý do.")
  ResponseEntity<MeetingView> open(@Valid @RequestBody MeetingRequest request) {
    CouncilMeeting meeting = meetings.open(request);
    return ResponseEntity.created(URI.create("/api/meetings/" + meeting.getId()))
        .body(views.view(meetings.read(meeting.getId())));
  }

  @GetMapping("/{id}")
  @Operation(summary = "Xem một phiên họp và kết quả từng hồ sơ", description = "404 nếu không phải phiên họp của "
      + "Hội đồng mình.")
  MeetingView read(@PathVariable Long id) {
    return views.view(meetings.read(id));
  }

  @PutMapping("/{id}")
  @Operation(summary = "Sửa dự thảo phiên họp (thay toàn bộ số liệu và chương trình)",
      description = "Chỉ khi chưa gửi; phiên họp đã gửi: 409.")
  MeetingView correct(@PathVariable Long id, @Valid @RequestBody MeetingRequest request) {
    meetings.correct(id, request);
    return views.view(meetings.read(id));
  }

  @PostMapping("/{id}/submit")
  @Operation(summary = "Gửi kết quả phiên họp (một lần)",
      description = "Hoàn thành công việc bình xét của từng hồ sơ đã biểu quyết hoặc trả lại, dưới tên người gửi. "
          + "Hồ sơ không hoàn thành được (đã hoàn thành trong Tasklist, đã rút) được báo trong kết quả (result "
          + "not-completed, resultReason); các hồ sơ khác vẫn được ghi nhận. Gửi lần thứ hai: 409.")
  MeetingView submit(@PathVariable Long id) {
    return views.view(submission.submit(id));
  }

  @PostMapping("/{id}/resume")
  @Operation(summary = "Gửi tiếp một phiên họp bị gián đoạn khi gửi",
      description = "Hoàn thành công việc của những hồ sơ chưa có kết quả ghi nhận (máy chủ dừng giữa lúc gửi), "
          + "như khi gửi; hồ sơ đã có kết quả giữ nguyên. Phiên họp chưa gửi, hoặc mọi hồ sơ đã có kết quả: 409.")
  MeetingView resume(@PathVariable Long id) {
    return views.view(submission.resume(id));
  }

  @GetMapping("/{id}/minutes")
  @Operation(summary = "Biên bản phiên họp", description = "Một biên bản cho cả phiên họp: số thành viên dự họp của "
      + "phiên, với từng hồ sơ số phiếu tán thành trên tổng số thành viên Hội đồng (cơ sở tính của bảng "
      + "council-vote-outcome). Chưa gửi kết quả: 409.")
  ResponseEntity<byte[]> minutes(@PathVariable Long id,
      @Parameter(description = "pdf (mặc định) hoặc docx") @RequestParam(required = false) String format) {
    CouncilMeeting meeting = submitted(id);
    return download(papers.minutes(MeetingViews.papers(meeting), format, baseName(meeting)));
  }

  @GetMapping("/{id}/submission")
  @Operation(summary = "Tờ trình sau phiên họp", description = "Những người, tập thể được phiên họp thông qua. "
      + "Không ai được thông qua: 404; chưa gửi kết quả: 409.")
  ResponseEntity<byte[]> submissionPaper(@PathVariable Long id,
      @Parameter(description = "pdf (mặc định) hoặc docx") @RequestParam(required = false) String format) {
    CouncilMeeting meeting = submitted(id);
    return download(papers.submission(MeetingViews.papers(meeting), format, baseName(meeting)));
  }

  private CouncilMeeting submitted(Long id) {
    CouncilMeeting meeting = meetings.read(id);
    if (meeting.getState() != ListState.SUBMITTED) {
      throw new vn.longbien.exemplar.web.ConflictException("MeetingNotSubmitted",
          "Phiên họp chưa gửi kết quả: biên bản và tờ trình được lập sau khi gửi");
    }
    return meeting;
  }

  private static String baseName(CouncilMeeting meeting) {
    return meeting.getUnitCode() + "-" + meeting.getMeetingDate() + "-phien-" + meeting.getId();
  }

  static ResponseEntity<byte[]> download(MeetingPapers.File file) {
    return ResponseEntity.ok().contentType(file.mediaType())
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName()).build().toString())
        .body(file.content());
  }
}
