package vn.longbien.exemplar.reporting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.springframework.stereotype.Service;
import vn.longbien.exemplar.campaign.NominationOutcomes;
import vn.longbien.exemplar.campaign.ReviewRoundRepository;
import vn.longbien.exemplar.campaign.RoundReportLine;
import vn.longbien.exemplar.campaign.RoundReportRepository;
import vn.longbien.exemplar.campaign.RoundStatus;
import vn.longbien.exemplar.campaign.RoundTargets;
import vn.longbien.exemplar.campaign.TargetAttainment;
import vn.longbien.exemplar.campaign.TargetAttainment.Attainment;
import vn.longbien.exemplar.reporting.ReportViews.Status;
import vn.longbien.exemplar.reporting.ReportViews.TargetLine;
import vn.longbien.exemplar.reporting.ReportViews.TargetsReport;
import vn.longbien.exemplar.reporting.ReportViews.YearlyLine;
import vn.longbien.exemplar.reporting.ReportViews.YearlyReport;
import vn.longbien.exemplar.security.ApplicationEngineCalls;
import vn.longbien.exemplar.security.CurrentOfficial;
import vn.longbien.exemplar.web.InvalidInputException;
import vn.longbien.exemplar.web.RecordNotFoundException;
import vn.longbien.exemplar.security.CurrentOfficial.Official;

/**
 * The yearly reports for the caller: target attainment computed now from the nominations of the year, and the
 * report the round stored when it closed. The secretariat (thường trực, Phòng Nội vụ), auditors and
 * administrators read every line; any other official reads the lines of the units they may read, so a ward
 * sees its own line and not the district's.
 */
@Service
public class ReportService {

  static final String TITLE = "Báo cáo kết quả thực hiện chỉ tiêu điển hình tiên tiến năm ";

  private final TargetAttainment attainment;
  private final RoundTargets targets;
  private final NominationOutcomes outcomes;
  private final ReviewRoundRepository rounds;
  private final RoundReportRepository reports;
  private final CurrentOfficial currentOfficial;
  private final ApplicationEngineCalls engineCalls;
  private final ProcessEngine engine;

  ReportService(
      TargetAttainment attainment, RoundTargets targets, NominationOutcomes outcomes, ReviewRoundRepository rounds,
      RoundReportRepository reports, CurrentOfficial currentOfficial, ApplicationEngineCalls engineCalls, ProcessEngine engine) {
    this.attainment = attainment;
    this.targets = targets;
    this.outcomes = outcomes;
    this.rounds = rounds;
    this.reports = reports;
    this.currentOfficial = currentOfficial;
    this.engineCalls = engineCalls;
    this.engine = engine;
  }

  /** The year asked for, four digits; anything else is refused (400) with a Vietnamese message. */
  public static int year(String year) {
    if (year == null || year.isBlank()) {
      throw new InvalidInputException("BadYear", "Thiếu năm báo cáo (year), ví dụ year=2025");
    }
    try {
      int value = Integer.parseInt(year.trim());
      if (value >= 1000 && value <= 9999) {
        return value;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new InvalidInputException("BadYear",
        "Năm báo cáo không hợp lệ: “" + year + "” (nhập năm bốn chữ số, ví dụ year=2025)");
  }

  /**
   * Target attainment of the year computed now, the caller's lines.
   *
   * @throws InvalidInputException the year has no targets in {@code yearly-targets}
   */
  public TargetsReport targets(int year) {
    ReadableLines reader = reader();
    List<Attainment> all = asSystem(() -> {
      try {
        targets.of("phuong", year);
      } catch (RuntimeException e) {
        throw new InvalidInputException("BadYear",
            "Không có chỉ tiêu thi đua cho năm " + year + " trong bảng chỉ tiêu (yearly-targets)");
      }
      return attainment.of(year, outcomes.outcomesOf(year));
    });
    boolean closed = rounds.findById(year).map(round -> round.getStatus() == RoundStatus.CLOSED).orElse(false);
    List<TargetLine> lines = all.stream()
        .filter(line -> reader.reads(line.unitCode()))
        .map(line -> new TargetLine(line.unitCode(), line.unitName(), line.targetType(), line.description(),
            line.targetValue(), line.achieved(), Status.of(line.met()), Status.of(line.met()).label()))
        .toList();
    String basis = (closed ? "Số liệu" : "Số liệu tạm tính")
        + " theo các hồ sơ đề cử đã ghi nhận, chỉ tiêu theo bảng yearly-targets";
    return new TargetsReport(year, TITLE + year, basis, !closed, Instant.now(), lines);
  }

  /** The report stored when the year's round closed; 404 before then. */
  public YearlyReport yearly(int year) {
    return stored(year).orElseThrow(() -> new RecordNotFoundException(
        "Chưa có báo cáo đợt bình xét năm " + year + ": báo cáo được lập khi đóng đợt. Số liệu tạm tính xem tại "
            + "/api/reports/targets?year=" + year));
  }

  /** The report stored when the year's round closed, the caller's lines; empty while the round has not closed. */
  public Optional<YearlyReport> stored(int year) {
    ReadableLines reader = reader();
    return rounds.findById(year)
        .filter(candidate -> candidate.getStatus() == RoundStatus.CLOSED)
        .map(round -> {
          List<YearlyLine> lines = reports.findByRoundYearOrderByLineNo(year).stream()
              .filter(line -> reader.reads(line.getUnitCode()))
              .map(ReportService::yearlyLine)
              .toList();
          String basis = "Báo cáo đợt bình xét năm " + year + ", số liệu khi đóng đợt ngày "
              + ReportTable.when(round.getClosedAt());
          return new YearlyReport(year, TITLE + year, basis, round.getClosedAt(), Instant.now(), lines);
        });
  }

  private static YearlyLine yearlyLine(RoundReportLine line) {
    RoundReportLine.Counts counts = line.getCounts();
    Status status = Status.of(line.getTargetMet());
    return new YearlyLine(line.getLineNo(), line.getUnitCode(), line.getUnitName(), counts.nominations(),
        counts.recognisedWard(), counts.recognisedDistrict(), counts.recognisedCity(), counts.proposedCity(),
        counts.inProgress(), line.getTargetText(), line.getTargetValue(), line.getAchievedValue(), status,
        status.label());
  }

  /** Which units' lines the caller reads. */
  interface ReadableLines {
    boolean reads(String unitCode);
  }

  ReadableLines reader() {
    Official official = currentOfficial.get();
    if (official.isSecretariat() || official.isAuditor() || official.isAdministrator()) {
      return unit -> true;
    }
    return official::canRead;
  }

  /**
   * The targets and dates are the district's tables, not the caller's: they are read without the caller's
   * engine authorizations, inside an engine command (the dates' decision is read from the running command).
   */
  private <T> T asSystem(Supplier<T> work) {
    return engineCalls.run(() -> ((ProcessEngineImpl) engine).getProcessEngineConfiguration()
        .getCommandExecutorTxRequired().execute(commandContext -> work.get()));
  }
}
