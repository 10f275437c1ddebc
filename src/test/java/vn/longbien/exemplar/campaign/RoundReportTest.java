package vn.longbien.exemplar.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.longbien.exemplar.calendar.HanoiCalendar;
import vn.longbien.exemplar.campaign.RoundReportLine.Counts;
import vn.longbien.exemplar.nomination.Nomination;
import vn.longbien.exemplar.nomination.NominationRepository;
import vn.longbien.exemplar.nomination.NominationStatus;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.TestData;

/** The application keeps each round's record and, at the close, its yearly report in its own tables. */
@ApplicationTest
class RoundReportTest {

  @Autowired
  private NominationRepository nominations;

  @Autowired
  private ReviewRoundRepository rounds;

  @Autowired
  private RoundReportRepository reports;

  @Autowired
  private RoundReport roundReport;

  @Autowired
  private ManagementService management;

  @Test
  void closingTheRoundReportsEachUnitsCountsAsTheNominationsRecordedThem() {
    int year = TestData.ownRound();
    nominate(year, "phuong-bode", "ca-nhan", NominationStatus.RECOGNISED_WARD, "phuong", "EndEvent_RecognisedWard");
    nominate(year, "phuong-bode", "ca-nhan", NominationStatus.RECOGNISED_WARD, "phuong", "EndEvent_RecognisedWard");
    nominate(year, "phuong-bode", "ca-nhan", NominationStatus.NOT_PASSED_WARD, null, "EndEvent_NotPassedWard");
    nominate(year, "phuong-bode", "ho-gia-dinh", NominationStatus.IN_REVIEW, null, "Task_CouncilReview");
    nominate(year, "phuong-viethung", "ca-nhan", NominationStatus.RECOGNISED_CITY, "thanh-pho", "EndEvent_RecognisedCity");
    nominate(year, "phuong-viethung", "ca-nhan", NominationStatus.NOT_RECOGNISED, "quan", "EndEvent_NotRecognisedCity");
    nominate(year, "phong-yte", "tap-the", NominationStatus.RECOGNISED_DISTRICT, "quan", "EndEvent_RecognisedDistrict");
    nominate(year, "phong-yte", "ca-nhan", NominationStatus.WITHDRAWN, null, "EndEvent_Withdrawn");
    nominate(year - 1, "phuong-bode", "ca-nhan", NominationStatus.RECOGNISED_WARD, "phuong", "EndEvent_RecognisedWard");
    rounds.save(new ReviewRound(year, Instant.now(), "quan.noivu", Instant.now()));

    roundReport.close(year, "Đóng đợt theo kế hoạch");

    List<RoundReportLine> report = reports.findByRoundYearOrderByLineNo(year);
    assertThat(report).hasSize(30);
    assertThat(line(report, "phuong-bode").getCounts()).isEqualTo(new Counts(4, 2, 0, 0, 0, 1));
    assertThat(line(report, "phuong-bode").getTargetMet()).isTrue();
    assertThat(line(report, "phuong-viethung").getCounts()).isEqualTo(new Counts(2, 0, 1, 1, 2, 0));
    assertThat(line(report, "phuong-viethung").getTargetMet()).isTrue();
    assertThat(line(report, "phong-yte").getCounts()).isEqualTo(new Counts(2, 0, 1, 0, 0, 0));
    assertThat(line(report, "phong-yte").getAchievedValue()).isEqualTo(1);
    assertThat(line(report, "phong-yte").getTargetMet()).isFalse();
    assertThat(line(report, "phuong-cukhoi").getCounts()).isEqualTo(new Counts(0, 0, 0, 0, 0, 0));
    assertThat(line(report, "phuong-cukhoi").getTargetMet()).isFalse();
    assertThat(report.get(report.size() - 2).getCounts()).isEqualTo(new Counts(8, 2, 2, 1, 2, 1));
    assertThat(report.get(report.size() - 1).getAchievedValue()).isEqualTo(2);
    assertThat(rounds.findById(year)).get().extracting(ReviewRound::getStatus).isEqualTo(RoundStatus.CLOSED);
  }

  @Test
  void applicationSchedulesTheNextOpeningOnFirstDecemberAtMidnightHanoiTime() {
    Job opening = management.createJobQuery().processDefinitionKey("yearly-round").activityId("Timer_RoundOpeningDate")
        .singleResult();

    ZonedDateTime due = opening.getDuedate().toInstant().atZone(HanoiCalendar.ZONE);
    assertThat(due.toLocalDate().getMonthValue()).isEqualTo(12);
    assertThat(due.toLocalDate().getDayOfMonth()).isEqualTo(1);
    assertThat(due.toLocalTime().toSecondOfDay()).isZero();
    assertThat(due.toLocalDate()).isAfter(LocalDate.now(HanoiCalendar.ZONE).minusDays(1))
        .isBefore(LocalDate.now(HanoiCalendar.ZONE).plusYears(1).plusDays(1));
  }

  private static RoundReportLine line(List<RoundReportLine> report, String unit) {
    return report.stream().filter(line -> line.getUnitCode().equals(unit)).findFirst().orElseThrow();
  }

  private void nominate(int year, String unit, String kind, NominationStatus status, String level, String step) {
    Nomination nomination = new Nomination(
        UUID.randomUUID().toString(), year, unit,
        new Nomination.Nominee(kind, "Nguyễn Thị Hoa " + UUID.randomUUID(), "ca-nhan".equals(kind) ? 1980 : null, null, null, null, null),
        new Nomination.Dossier("chung", "Thành tích tiêu biểu", List.of("tc1", "tc2"), List.of(), false, false));
    nomination.moveTo(status, step, null);
    if (step.endsWith("City")) {
      // As the review glue records it when the city's task is created: the report reads this, not the step.
      nomination.proposeToCity();
    }
    if (level != null) {
      nomination.recognise(level);
    }
    nominations.save(nomination);
  }
}
