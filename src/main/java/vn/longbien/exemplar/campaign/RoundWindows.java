package vn.longbien.exemplar.campaign;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.calendar.HanoiCalendar;
import vn.longbien.exemplar.campaign.RoundDeadlines.Window;
import vn.longbien.exemplar.nomination.RoundCalendar;

/**
 * The rounds' windows from the {@code round-deadlines} decision, as of today by the engine's clock: the
 * round whose opening day came last is open until its deadline, and rounds do not overlap (each opens after
 * the previous one's deadline). Years before that round are closed, years after it not yet open.
 */
@Component
public class RoundWindows implements RoundCalendar {

  private final RoundDeadlines deadlines;

  public RoundWindows(RoundDeadlines deadlines) {
    this.deadlines = deadlines;
  }

  /** Round N's window if today is in it: the round open today. */
  public Optional<Window> openToday() {
    LocalDate today = HanoiCalendar.today();
    Window latest = deadlines.window(deadlines.roundOpenOn(today));
    return latest.contains(today) ? Optional.of(latest) : Optional.empty();
  }

  @Override
  public Optional<String> refusal(int roundYear) {
    LocalDate today = HanoiCalendar.today();
    int latest = deadlines.roundOpenOn(today);
    Window current = deadlines.window(latest);
    boolean open = current.contains(today);
    if (roundYear == latest && open) {
      return Optional.empty();
    }
    String openRound = open
        ? " Đợt đang nhận hồ sơ là đợt năm " + latest + " (" + span(current) + ")."
        : " Hiện không có đợt nào đang nhận hồ sơ; đợt năm " + (latest + 1) + " mở từ ngày "
            + HanoiCalendar.text(deadlines.opening(latest + 1).day()) + ".";
    if (roundYear > latest) {
      return Optional.of("Đợt bình xét năm " + roundYear + " chưa mở (mở từ ngày "
          + HanoiCalendar.text(deadlines.opening(roundYear).day()) + ")."
          + (!open && roundYear == latest + 1 ? "" : openRound));
    }
    return Optional.of("Đợt bình xét năm " + roundYear + " đã hết hạn nhận hồ sơ"
        + (roundYear == latest ? " (hạn trước ngày " + HanoiCalendar.text(current.deadline()) + ")" : "")
        + "; hồ sơ nộp muộn chỉ được nhận khi Phòng Nội vụ chấp nhận." + openRound);
  }

  @Override
  public boolean hasOpened(int roundYear) {
    return roundYear <= deadlines.roundOpenOn(HanoiCalendar.today());
  }

  @Override
  public int currentRoundYear() {
    LocalDate today = HanoiCalendar.today();
    int latest = deadlines.roundOpenOn(today);
    return deadlines.window(latest).contains(today) ? latest : latest + 1;
  }

  private static String span(Window window) {
    return "từ ngày " + HanoiCalendar.text(window.opens()) + ", hạn trước ngày " + HanoiCalendar.text(window.deadline());
  }
}
