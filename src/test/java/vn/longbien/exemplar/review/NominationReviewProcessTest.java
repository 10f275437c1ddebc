package vn.longbien.exemplar.review;

import vn.longbien.exemplar.policy.PolicyDecisions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.core.io.ClassPathResource;
import vn.longbien.exemplar.calendar.HanoiCalendar;
import vn.longbien.exemplar.nomination.Eligibility;
import vn.longbien.exemplar.nomination.NewNominations;
import vn.longbien.exemplar.nomination.Nomination;
import vn.longbien.exemplar.nomination.NominationStatus;
import vn.longbien.exemplar.nomination.ObjectionSteps;
import vn.longbien.exemplar.nomination.PublicPostingPeriod;
import vn.longbien.exemplar.nomination.RoundCalendar;
import vn.longbien.exemplar.organisation.OrganisationCatalog;
import vn.longbien.exemplar.support.OrganisationFiles;

/**
 * The review chain as officials live it: one scenario per rule, on the real models, forms and decision
 * tables, with the application's record kept in memory.
 */
@Deployment(
    resources = {
      "bpmn/nomination-review.bpmn",
      "bpmn/level-review.bpmn",
      "dmn/general-eligibility.dmn",
      "dmn/movement-eligibility.dmn",
      "dmn/council-vote-outcome.dmn",
      "dmn/round-deadlines.dmn",
      "dmn/yearly-targets.dmn",
      "dmn/entry-level.dmn",
      "forms/nomination-start.form",
      "forms/nomination-correction.form",
      "forms/pending-matter.form",
      "forms/council-review.form",
      "forms/evidence-request.form",
      "forms/chairman-decision.form",
      "forms/city-outcome.form"
    })
class NominationReviewProcessTest {

  // Not at the classpath root: Camunda's ProcessEngines.init() would build an extra engine from a root
  // camunda.cfg.xml the first time the Spring application's REST API or webapps look an engine up.
  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
      .configurationResource("review/camunda.cfg.xml")
      .assertClassCoverageAtLeast(1.0)
      .build();

  private static final int YEAR = 2024;
  /** Lead time of the review rows of {@code round-deadlines} for the plan's years. */
  private static final int REMINDER_DAYS_BEFORE = 7;
  private static final List<String> ALL_GENERAL_CRITERIA = List.of("tc1", "tc2", "tc3", "tc4");

  /** The records are stored before their review starts, as the API does: the round's window is the API's test. */
  private static final RoundCalendar OPEN_ROUND = new RoundCalendar() {
    @Override
    public Optional<String> refusal(int roundYear) {
      return roundYear == YEAR ? Optional.empty() : Optional.of("Đợt bình xét năm " + roundYear + " không nhận hồ sơ");
    }

    @Override
    public boolean hasOpened(int roundYear) {
      return roundYear <= YEAR;
    }

    @Override
    public int currentRoundYear() {
      return YEAR;
    }
  };

  private ProcessEngine engine;
  private InMemoryNominations nominations;
  private InMemoryPostings postings;

  @BeforeEach
  void registerBeans() {
    useChain(ReviewChainProperties.Chain.THREE_TIER);
  }

  @AfterEach
  void resetBeansAndClock() {
    Mocks.reset();
    ClockUtil.reset();
  }

  // ---------------------------------------------------------------- end states

  @Test
  void wardChairmanRecognisesWithoutProposingEndsAsWardExemplar() {
    ProcessInstance review = submit("phuong-bode", "Nguyễn Văn An");
    reviewAtWardWithVote(review, 15, 12, 10, 1);
    decideAsChairman(review, true, false);

    assertThat(review).isEnded().hasPassed("EndEvent_RecognisedWard");
    assertRecord(review, NominationStatus.RECOGNISED_WARD, "phuong");
  }

  @Test
  void wardCouncilWithoutQuorumEndsNotPassedAtWard() {
    ProcessInstance review = submit("phuong-bode", "Trần Thị Bình");
    reviewAtWardWithVote(review, 15, 9, 9, 0);

    assertThat(review).isEnded().hasPassed("EndEvent_NotPassedWard");
    assertRecord(review, NominationStatus.NOT_PASSED_WARD, null);
    assertThat(record(review).getStatusReason()).contains("Phường Bồ Đề");
  }

  @Test
  void wardChairmanNeitherRecognisingNorProposingEndsNotRecognised() {
    ProcessInstance review = submit("phuong-bode", "Lê Văn Cường");
    reviewAtWardWithVote(review, 15, 12, 10, 1);
    decideAsChairman(review, false, false, "decisionReason", "Thành tích chưa tiêu biểu");

    assertThat(review).isEnded().hasPassed("EndEvent_NotRecognisedWard");
    assertRecord(review, NominationStatus.NOT_RECOGNISED, null);
    assertThat(record(review).getStatusReason()).contains("Thành tích chưa tiêu biểu");
  }

  @Test
  void districtChairmanRecognisesWardProposalAsDistrictExemplar() {
    ProcessInstance review = submit("phuong-bode", "Phạm Thị Dung");
    reviewAtWardWithVote(review, 15, 12, 10, 1);
    decideAsChairman(review, true, true);
    reviewAtDistrictWithVote(review, 21, 18, 15, 2);
    decideAsChairman(review, true, false);

    assertThat(review).isEnded().hasPassed("EndEvent_RecognisedDistrict");
    assertRecord(review, NominationStatus.RECOGNISED_DISTRICT, "quan");
  }

  @Test
  void districtCouncilMajorityAgainstEndsNotPassedAtDistrict() {
    ProcessInstance review = submit("phuong-bode", "Hoàng Văn Em");
    reviewAtWardWithVote(review, 15, 12, 10, 1);
    decideAsChairman(review, true, true);
    reviewAtDistrictWithVote(review, 21, 18, 8, 10);

    assertThat(review).isEnded().hasPassed("EndEvent_NotPassedDistrict");
    assertRecord(review, NominationStatus.NOT_PASSED_DISTRICT, "phuong");
  }

  @Test
  void districtChairmanRefusalEndsNotRecognisedAtDistrict() {
    ProcessInstance review = submit("phuong-bode", "Vũ Thị Giang");
    reviewAtWardWithVote(review, 15, 12, 10, 1);
    decideAsChairman(review, true, true);
    reviewAtDistrictWithVote(review, 21, 18, 15, 2);
    decideAsChairman(review, false, false, "decisionReason", "Đã được khen thưởng cùng thành tích");

    assertThat(review).isEnded().hasPassed("EndEvent_NotRecognisedDistrict");
    assertRecord(review, NominationStatus.NOT_RECOGNISED, "phuong");
  }

  @Test
  void cityRecognisesOutstandingCitizenOnlyWithNinetyPercentOfAllCityCouncilMembers() {
    ProcessInstance review = proposeToCityFromDistrict("Đỗ Văn Hải");
    complete(
        review,
        "Task_CityOutcome",
        Map.of(
            "cityMembersTotal", 20, "cityMembersPresent", 20, "cityVotesInFavour", 18, "cityVotesAgainst", 2,
            "bookAccepted", true,
            "cityDecisionNumber", "123/QĐ-UBND", "cityDecisionDate", "2025-01-20"));

    assertThat(review).isEnded().hasPassed("EndEvent_RecognisedCity");
    assertThat(historicVariable(review, "cityRecognised")).isEqualTo(true);
    assertRecord(review, NominationStatus.RECOGNISED_CITY, "thanh-pho");
    assertThat(record(review).getStatusReason()).contains("“Công dân Thủ đô ưu tú”", "“Những bông hoa đẹp”");
    assertThat(record(review).hasOutstandingCitizenTitle()).isTrue();
  }

  @Test
  void outstandingCitizenTitleIsRefusedOnceTenAreAwardedInTheYearWhileOtherProposalsStillCount() {
    for (int awarded = 1; awarded <= 10; awarded++) {
      Nomination holder = nomination("phuong-viethung", "Người đã được xét tặng số " + awarded, ALL_GENERAL_CRITERIA, false, false);
      holder.awardOutstandingCitizenTitle();
      nominations.save(holder);
    }
    ProcessInstance review = proposeToCityFromDistrict("Tôn Thất Khải");
    complete(
        review,
        "Task_CityOutcome",
        Map.of(
            "cityMembersTotal", 20, "cityMembersPresent", 20, "cityVotesInFavour", 20, "cityVotesAgainst", 0,
            "bookAccepted", true, "cityDecisionNumber", "125/QĐ-UBND", "cityDecisionDate", "2025-01-20"));

    assertThat(review).isEnded().hasPassed("Task_CheckTitleCap", "EndEvent_RecognisedCity");
    assertRecord(review, NominationStatus.RECOGNISED_CITY, "thanh-pho");
    assertThat(record(review).hasOutstandingCitizenTitle()).isFalse();
    assertThat(record(review).getStatusReason())
        .contains("Thành phố công nhận: sách “Những bông hoa đẹp”")
        .contains("không xét tặng danh hiệu “Công dân Thủ đô ưu tú”: đã đủ 10 danh hiệu “Công dân Thủ đô ưu tú” trong năm 2024");
  }

  @Test
  void cityRefusingEveryProposalEndsNotRecognisedByCity() {
    ProcessInstance review = proposeToCityFromDistrict("Bùi Thị Hoa");
    complete(
        review,
        "Task_CityOutcome",
        Map.of(
            "cityMembersTotal", 20, "cityMembersPresent", 20, "cityVotesInFavour", 17, "cityVotesAgainst", 3,
            "bookAccepted", false,
            "cityDecisionNumber", "124/QĐ-UBND", "cityDecisionDate", "2025-01-20"));

    assertThat(review).isEnded().hasPassed("EndEvent_NotRecognisedCity");
    assertRecord(review, NominationStatus.NOT_RECOGNISED, "quan");
  }

  @Test
  void ineligibleNominationGoesBackToNominatingUnitWithTheReasons() {
    ProcessInstance review = submit(nomination("phuong-bode", "Ngô Văn Khánh", List.of("tc1"), false, false));

    Task correction = task(review);
    assertThat(correction.getTaskDefinitionKey()).isEqualTo("Task_CorrectNomination");
    assertThat(correction.getName()).isEqualTo("Hoàn thiện hồ sơ không đủ điều kiện: Ngô Văn Khánh");
    assertThat(candidateGroups(correction)).containsExactly("phuong-bode-donvi");
    assertThat((String) variable(review, "eligibilityReasons")).isNotBlank();
    assertRecord(review, NominationStatus.RETURNED, null);

    complete(review, "Task_CorrectNomination", Map.of("correctionAction", "accept"));
    assertThat(review).isEnded().hasPassed("EndEvent_Ineligible");
    assertRecord(review, NominationStatus.INELIGIBLE, null);
  }

  @Test
  void theEntryCheckIsWrittenToTheRecordWithEachReason() {
    ProcessInstance review = submit(nomination("phuong-bode", "Ngô Thị Lý Do", List.of("tc1", "tc3"), false, false));

    Nomination record = record(review);
    assertThat(record.getEligibility()).isEqualTo(Eligibility.NOT_ELIGIBLE);
    assertThat(record.getEligibilityReasons()).hasSize(2)
        .anySatisfy(reason -> assertThat(reason).startsWith("Chưa đạt tiêu chuẩn chung 2:"))
        .anySatisfy(reason -> assertThat(reason).startsWith("Chưa đạt tiêu chuẩn chung 4:"));
    assertThat(record.getEligibilityCheckedAt()).isNotNull();
  }

  @Test
  void aPendingComplaintIsWrittenToTheRecordAsOnHold() {
    ProcessInstance review = submit(nomination("phuong-bode", "Tạ Thị Tạm Dừng", ALL_GENERAL_CRITERIA, false, true));

    assertThat(record(review).getEligibility()).isEqualTo(Eligibility.ON_HOLD);
    assertThat(record(review).getEligibilityReasons()).isNotEmpty();
  }

  @Test
  void anEligibleNominationsPostingPeriodIsWrittenToTheRecord() {
    ProcessInstance review = submit("phuong-bode", "Lò Văn Niêm Yết");

    assertThat(record(review).getEligibility()).isEqualTo(Eligibility.ELIGIBLE);
    assertThat(record(review).getEligibilityReasons()).isEmpty();
    List<PublicPostingPeriod> posted = postings.findByNominationIdOrderByStartsOnAscIdAsc(review.getBusinessKey());
    assertThat(posted).singleElement().satisfies(posting -> {
      assertThat(posting.getLevel()).isEqualTo("phuong");
      assertThat(posting.getReviewUnit()).isEqualTo("phuong-bode");
      assertThat(posting.getStartsOn()).isEqualTo(HanoiCalendar.today());
      assertThat(posting.getEndsOn())
          .isEqualTo(HanoiCalendar.afterWorkingDays(HanoiCalendar.today(), posting.getWorkingDays()));
      assertThat(HanoiCalendar.startOf(posting.getEndsOn())).isEqualTo(extension.getRuntimeService().createVariableInstanceQuery()
          .variableName("postingEndDate").singleResult().getValue());
    });
  }

  @Test
  void correctedNominationIsCheckedAgainAndPosted() {
    ProcessInstance review = submit(nomination("phuong-bode", "Đinh Thị Lan", List.of("tc1"), false, false));
    complete(
        review,
        "Task_CorrectNomination",
        Map.of(
            "correctionAction", "resubmit", "achievements", "Bổ sung: cứu người đuối nước năm 2023",
            "criterionTc1", true, "criterionTc2", true, "criterionTc3", true, "criterionTc4", true,
            "specificCriteria", SpinValues.jsonValue("[]").create()));

    assertThat(review).hasPassed("Task_ApplyCorrection").isWaitingAt("CallActivity_WardReview");
    assertThat(record(review).getGeneralCriteria()).containsExactlyElementsOf(ALL_GENERAL_CRITERIA);
    assertThat(record(review).getStatus()).isEqualTo(NominationStatus.POSTED);
  }

  @Test
  void correctionFormOffersTheMovementsCriteriaAsAChecklistAndKeepsTheTickedOnes() {
    Nomination teacher =
        new Nomination(
            "DC-" + YEAR + "-gv01", YEAR, "phuong-bode",
            new Nomination.Nominee("ca-nhan", "Đoàn Thị Thu", 1975, "nu", "Giáo viên", "Trường THCS Bồ Đề", null),
            new Nomination.Dossier("giao-duc-dao-tao", "30 năm dạy giỏi", ALL_GENERAL_CRITERIA, List.of("gddt-3"), false, false));
    ProcessInstance review = submit(teacher);

    SpinJsonNode options = (SpinJsonNode) variable(review, "specificCriteriaOptions");
    assertThat(options.elements()).extracting(option -> option.prop("value").stringValue())
        .containsExactly("gddt-1", "gddt-2", "gddt-3");
    assertThat(options.elements().get(0).prop("label").stringValue()).endsWith("(bắt buộc)");
    assertThat(options.elements().get(2).prop("label").stringValue()).doesNotEndWith("(bắt buộc)");
    assertThat(((SpinJsonNode) variable(review, "specificCriteria")).elements()).extracting(SpinJsonNode::stringValue)
        .containsExactly("gddt-3");

    complete(
        review,
        "Task_CorrectNomination",
        Map.of(
            "correctionAction", "resubmit", "achievements", "30 năm dạy giỏi; sáng kiến kinh nghiệm cấp Thành phố",
            "criterionTc1", true, "criterionTc2", true, "criterionTc3", true, "criterionTc4", true,
            "specificCriteria", SpinValues.jsonValue("[\"gddt-1\", \"gddt-2\", \"gddt-3\"]").create()));

    assertThat(record(review).getSpecificCriteria()).containsExactly("gddt-1", "gddt-2", "gddt-3");
    assertThat(review).isWaitingAt("CallActivity_WardReview");
  }

  @Test
  void nominatingUnitWithdrawsIneligibleNomination() {
    ProcessInstance review = submit(nomination("phuong-bode", "Mai Văn Minh", List.of(), false, false));
    complete(review, "Task_CorrectNomination", Map.of("correctionAction", "withdraw", "withdrawalReason", "Không bổ sung được hồ sơ"));

    assertThat(review).isEnded().hasPassed("EndEvent_Withdrawn");
    assertRecord(review, NominationStatus.WITHDRAWN, null);
    assertThat(record(review).getStatusReason()).isEqualTo("Không bổ sung được hồ sơ");
  }

  // ---------------------------------------------------------------- hold for pending matters

  @Test
  void pendingComplaintHoldsNominationWithSecretariatTaskAndNothingGoesUpward() {
    ProcessInstance review = submit(nomination("phuong-bode", "Tạ Văn Nam", ALL_GENERAL_CRITERIA, false, true));

    Task hold = task(review);
    assertThat(hold.getTaskDefinitionKey()).isEqualTo("Task_ResolvePendingMatter");
    assertThat(hold.getName()).contains("Tạ Văn Nam");
    assertThat(candidateGroups(hold)).containsExactly("phong-noivu-thuongtruc");
    assertThat(review).hasNotPassed("CallActivity_WardReview");
    assertRecord(review, NominationStatus.ON_HOLD, null);

    complete(review, "Task_ResolvePendingMatter", Map.of("pendingMatterOutcome", "settled", "pendingMatterNote", "Khiếu nại đã được giải quyết, không có vi phạm"));
    assertThat(review).hasPassed("Task_SettlePendingMatters").isWaitingAt("CallActivity_WardReview");
    assertThat(record(review).isComplaintPending()).isFalse();
  }

  @Test
  void heldNominationGoesToTheGroupTheOrganisationFileNamesAsSecretariat() {
    useChain(ReviewChainProperties.Chain.THREE_TIER, OrganisationFiles.withSecretariat("phong-yte-donvi"));
    ProcessInstance review = submit(nomination("phuong-bode", "Hà Văn Giữ", ALL_GENERAL_CRITERIA, false, true));

    assertThat(task(review).getTaskDefinitionKey()).isEqualTo("Task_ResolvePendingMatter");
    assertThat(candidateGroups(task(review))).containsExactly("phong-yte-donvi");
  }

  @Test
  void disciplineUpheldAfterHoldEndsIneligible() {
    ProcessInstance review = submit(nomination("phuong-bode", "Lý Thị Oanh", ALL_GENERAL_CRITERIA, true, false));
    complete(review, "Task_ResolvePendingMatter", Map.of("pendingMatterOutcome", "upheld", "pendingMatterNote", "Bị kỷ luật khiển trách"));

    assertThat(review).isEnded().hasPassed("EndEvent_DisciplineUpheld");
    assertRecord(review, NominationStatus.INELIGIBLE, null);
    assertThat(record(review).getStatusReason()).isEqualTo("Bị kỷ luật khiển trách");
  }

  @Test
  void complaintLodgedDuringDistrictPostingHoldsTheProposalToTheCityUntilSettled() {
    ProcessInstance review = submit("phuong-bode", "Âu Văn Bảo");
    reviewAtWardWithVote(review, 15, 12, 10, 1);
    decideAsChairman(review, true, true);
    lodgeComplaint(review, "Đơn tố cáo về việc sử dụng kinh phí của tổ dân phố");
    reviewAtDistrictWithVote(review, 21, 18, 15, 2);
    decideAsChairman(review, true, false, "proposeGoodDeed", true);

    Task hold = task(review);
    assertThat(hold.getTaskDefinitionKey()).isEqualTo("Task_ResolvePendingMatter");
    assertThat(hold.getName()).isEqualTo("Theo dõi kỷ luật, thanh tra, khiếu nại trước khi đề xuất lên cấp trên: Âu Văn Bảo");
    assertThat(candidateGroups(hold)).containsExactly("phong-noivu-thuongtruc");
    assertRecord(review, NominationStatus.ON_HOLD, "quan");
    assertThat(review).hasNotPassed("Task_CityOutcome");

    complete(review, "Task_ResolvePendingMatter", Map.of("pendingMatterOutcome", "settled", "pendingMatterNote", "Tố cáo không đúng sự thật"));
    assertThat(task(review).getTaskDefinitionKey()).isEqualTo("Task_CityOutcome");
    assertThat(record(review).isComplaintPending()).isFalse();
  }

  @Test
  void complaintInTheTwoTierChainHoldsTheWardProposalToTheCity() {
    useChain(ReviewChainProperties.Chain.TWO_TIER);
    ProcessInstance review = submit("phuong-viethung", "Chu Văn Thịnh");
    lodgeComplaint(review, "Đơn khiếu nại về tranh chấp đất đai");
    reviewAtWardWithVote(review, 15, 12, 10, 1);
    decideAsChairman(review, true, false, "proposeGoodDeed", true);

    assertThat(task(review).getTaskDefinitionKey()).isEqualTo("Task_ResolvePendingMatter");
    assertThat(candidateGroups(task(review))).containsExactly("phong-noivu-thuongtruc");
    assertThat(review).hasNotPassed("Task_CityOutcome");
    assertRecord(review, NominationStatus.ON_HOLD, "phuong");
  }

  @Test
  void disciplineUpheldWhileHeldAtDistrictEndsWithoutProposalToTheCity() {
    ProcessInstance review = submit("phuong-bode", "Ông Thị Cúc");
    reviewAtWardWithVote(review, 15, 12, 10, 1);
    decideAsChairman(review, true, true);
    lodgeComplaint(review, "Phản ánh vi phạm quy định về trật tự xây dựng");
    reviewAtDistrictWithVote(review, 21, 18, 15, 2);
    decideAsChairman(review, true, false, "proposeBook", true);
    complete(review, "Task_ResolvePendingMatter", Map.of("pendingMatterOutcome", "upheld", "pendingMatterNote", "Bị xử phạt vi phạm hành chính"));

    assertThat(review).isEnded().hasPassed("EndEvent_ProposalStopped").hasNotPassed("Task_CityOutcome");
    assertThat(record(review).getStatus()).isEqualTo(NominationStatus.INELIGIBLE);
    assertThat(record(review).getStatusReason()).isEqualTo("Bị xử phạt vi phạm hành chính");
  }

  @Test
  void complaintLodgedDuringWardPostingStopsTheProposalToTheDistrictWhenUpheld() {
    ProcessInstance review = submit("phuong-bode", "Doãn Văn Đạt");
    lodgeComplaint(review, "Đơn khiếu nại của hộ liền kề");
    reviewAtWardWithVote(review, 15, 12, 10, 1);
    decideAsChairman(review, true, true);
    assertThat(task(review).getTaskDefinitionKey()).isEqualTo("Task_ResolvePendingMatter");
    assertThat(review).hasNotPassed("CallActivity_DistrictReview");
    complete(review, "Task_ResolvePendingMatter", Map.of("pendingMatterOutcome", "upheld", "pendingMatterNote", "Khiếu nại đúng, đã bị nhắc nhở"));

    assertThat(review).isEnded().hasPassed("EndEvent_ProposalStopped").hasNotPassed("CallActivity_DistrictReview");
    assertThat(record(review).getStatus()).isEqualTo(NominationStatus.INELIGIBLE);
  }

  // ---------------------------------------------------------------- audit

  @Test
  void everyDecisionOfANominationIsInItsHistoryWithTaskInputsAndOutputs() {
    ProcessInstance review = proposeToCityFromDistrict("Khúc Thị Diệp");
    complete(
        review,
        "Task_CityOutcome",
        Map.of(
            "cityMembersTotal", 20, "cityMembersPresent", 19, "cityVotesInFavour", 18, "cityVotesAgainst", 1,
            "bookAccepted", true, "cityDecisionNumber", "126/QĐ-UBND", "cityDecisionDate", "2025-01-20"));

    List<String> evaluations = new ArrayList<>();
    for (HistoricProcessInstance instance :
        extension.getHistoryService().createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(review.getBusinessKey()).orderByProcessInstanceStartTime().asc().list()) {
      for (HistoricDecisionInstance decision :
          extension.getHistoryService().createHistoricDecisionInstanceQuery()
              .processInstanceId(instance.getId()).rootDecisionInstancesOnly()
              .includeInputs().includeOutputs().orderByEvaluationTime().asc().list()) {
        assertThat(decision.getRootProcessInstanceId()).isEqualTo(review.getId());
        assertThat(decision.getInputs()).isNotEmpty();
        assertThat(decision.getOutputs()).isNotEmpty();
        evaluations.add(decision.getActivityId() + " " + decision.getDecisionDefinitionKey());
      }
    }

    assertThat(evaluations).containsExactly(
        "Task_RegisterNomination entry-level",
        "Task_ScheduleReview round-deadlines",
        "Task_CheckGeneralEligibility general-eligibility",
        "Task_CheckMovementEligibility movement-eligibility",
        "Task_ScheduleCityReview round-deadlines",
        "Task_CountCityVote council-vote-outcome",
        "Task_CheckTitleCap yearly-targets",
        "Task_ComputeVoteOutcome council-vote-outcome",
        "Task_CheckPendingMatters general-eligibility",
        "Task_ScheduleLevelReview round-deadlines",
        "Task_ComputeVoteOutcome council-vote-outcome",
        "Task_CheckPendingMatters general-eligibility");
    HistoricDecisionInstance cityVote =
        extension.getHistoryService().createHistoricDecisionInstanceQuery()
            .processInstanceId(review.getId()).activityIdIn("Task_CountCityVote").includeInputs().includeOutputs().singleResult();
    assertThat(cityVote.getInputs()).extracting(HistoricDecisionInputInstance::getValue).contains("thanh-pho", "cong-dan-thu-do-uu-tu", 20, 19, 18);
    assertThat(cityVote.getOutputs()).anyMatch(output -> "passed".equals(output.getVariableName()) && Boolean.TRUE.equals(output.getValue()));
    assertThat(cityVote.getOutputs()).extracting(HistoricDecisionOutputInstance::getRuleId).containsOnly("cvo-rule-cdtduu-passed");
  }

  @Test
  void criteriaListsReachTheDecisionFromTheRecordWithoutBeingStoredAsProcessVariables() {
    ProcessInstance review = submit("phuong-bode", "Giáp Văn Hùng");

    HistoricDecisionInstance reasons =
        extension.getHistoryService().createHistoricDecisionInstanceQuery()
            .processInstanceId(review.getId()).decisionDefinitionKey("general-eligibility-reasons").includeInputs().singleResult();
    assertThat(reasons.getActivityId()).isEqualTo("Task_CheckGeneralEligibility");
    assertThat(reasons.getInputs()).extracting(HistoricDecisionInputInstance::getValue).contains(ALL_GENERAL_CRITERIA);
    assertThat(extension.getHistoryService().createHistoricVariableInstanceQuery()
            .processInstanceId(review.getId()).variableNameIn("generalCriteriaMet", "specificCriteriaMet", "nomineeKind").count())
        .isZero();
    assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).isJavaSerializationFormatEnabled())
        .isFalse();
  }

  // ---------------------------------------------------------------- loops and objections

  @Test
  void wardCouncilReturnsDossierForEvidenceAndReviewsItAgain() {
    ProcessInstance review = submit("phuong-bode", "Phan Văn Phúc");
    endPosting();
    returnForEvidenceAndProvideIt(review, "phuong-bode-donvi");
    assertThat(task(review).getTaskDefinitionKey()).isEqualTo("Task_CouncilReview");
  }

  @Test
  void districtCouncilReturnsDossierToTheNominatingWard() {
    ProcessInstance review = submit("phuong-bode", "Trịnh Thị Quỳnh");
    reviewAtWardWithVote(review, 15, 12, 10, 1);
    decideAsChairman(review, true, true);
    endPosting();
    returnForEvidenceAndProvideIt(review, "phuong-bode-donvi");
    assertThat(task(review).getName()).isEqualTo("Hội đồng TĐKT Quận Long Biên bình xét: Trịnh Thị Quỳnh");
  }

  @Test
  void objectionDuringPublicPostingIsCountedForTheCouncil() {
    ProcessInstance review = submit("phuong-bode", "Cao Văn Sơn");
    extension.getRuntimeService()
        .createMessageCorrelation("ObjectionReceived")
        .processInstanceBusinessKey(review.getBusinessKey())
        .setVariable("objectionSender", "Tổ dân phố số 5")
        .setVariable("objectionText", "Đề nghị làm rõ thành tích năm 2023")
        .correlate();
    endPosting();

    Task council = task(review);
    assertThat(council.getTaskDefinitionKey()).isEqualTo("Task_CouncilReview");
    // The objection's text reaches the council through its served form, composed from the objection's record
    // (NominationObjectionsApiTest); the process counts it.
    assertThat(extension.getTaskService().getVariable(council.getId(), "objectionCount")).isEqualTo(1);
  }

  @Test
  void impossibleVoteNumbersAreRefused() {
    ProcessInstance review = submit("phuong-bode", "Lương Thị Tâm");
    endPosting();
    Task council = task(review);
    assertThatThrownBy(() -> extension.getTaskService().complete(council.getId(), vote(15, 10, 8, 3)))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Số liệu biểu quyết không hợp lệ");
    assertThat(task(review).getId()).isEqualTo(council.getId());
  }

  // ---------------------------------------------------------------- entry, chain and configuration

  @Test
  void districtDepartmentIntroductionStartsAtTheDistrictCouncil() {
    ProcessInstance review = submit("phong-yte", "Khoa Nhi, Bệnh viện Đa khoa Đức Giang");

    assertThat(review).hasNotPassed("CallActivity_WardReview");
    endPosting();
    Task council = task(review);
    assertThat(council.getName()).isEqualTo("Hội đồng TĐKT Quận Long Biên bình xét: Khoa Nhi, Bệnh viện Đa khoa Đức Giang");
    assertThat(candidateGroups(council)).containsExactly("quan-longbien-hoidong");
  }

  @Test
  void twoTierChainSendsWardProposalStraightToTheCity() {
    useChain(ReviewChainProperties.Chain.TWO_TIER);
    ProcessInstance review = submit("phuong-viethung", "Nguyễn Thị Uyên");
    reviewAtWardWithVote(review, 15, 12, 10, 1);
    decideAsChairman(review, true, false, "proposeGoodDeed", true, "decisionNumber", "15/QĐ-UBND", "decisionDate", "2024-01-10");

    assertThat(review).hasPassed("Gateway_ChainTier").hasNotPassed("CallActivity_DistrictReview");
    Task city = task(review);
    assertThat(city.getTaskDefinitionKey()).isEqualTo("Task_CityOutcome");
    assertThat(candidateGroups(city)).containsExactly("thanhpho-hanoi-bantdkt");

    complete(review, "Task_CityOutcome", Map.of("goodDeedAccepted", true, "cityDecisionNumber", "9/QĐ-UBND", "cityDecisionDate", "2024-01-25"));
    assertThat(review).isEnded().hasPassed("EndEvent_RecognisedCity");
    assertRecord(review, NominationStatus.RECOGNISED_CITY, "thanh-pho");
  }

  @Test
  void twoTierChainRefusesNominationsFromDistrictDepartments() {
    useChain(ReviewChainProperties.Chain.TWO_TIER);
    assertThatThrownBy(() -> submit("phong-yte", "Trạm Y tế phường"))
        .hasMessageContaining("hai cấp");
  }

  @Test
  void everyTaskIsOfferedOnlyToItsOwnWardsGroupsAndNamesTheNominee() {
    ProcessInstance boDe = submit("phuong-bode", "Hà Văn Việt");
    ProcessInstance vietHung = submit("phuong-viethung", "Hà Thị Xuân");
    endPosting();
    endPosting();

    assertThat(candidateGroups(task(boDe))).containsExactly("phuong-bode-hoidong");
    assertThat(candidateGroups(task(vietHung))).containsExactly("phuong-viethung-hoidong");
    assertThat(task(boDe).getName()).isEqualTo("Hội đồng TĐKT Phường Bồ Đề bình xét: Hà Văn Việt");
    assertThat(task(vietHung).getName()).isEqualTo("Hội đồng TĐKT Phường Việt Hưng bình xét: Hà Thị Xuân");

    complete(boDe, "Task_CouncilReview", vote(15, 12, 10, 1));
    complete(vietHung, "Task_CouncilReview", vote(15, 12, 10, 1));
    assertThat(candidateGroups(task(boDe))).containsExactly("phuong-bode-chutich");
    assertThat(candidateGroups(task(vietHung))).containsExactly("phuong-viethung-chutich");
    assertThat(task(vietHung).getName()).isEqualTo("Chủ tịch UBND Phường Việt Hưng quyết định: Hà Thị Xuân");
  }

  @Test
  void theDiagramNamesTheStepAndTasklistAndHistoryNameTheUnitAndTheNominee() {
    ProcessInstance review = submit("phuong-bode", "Lạc Văn Sơn");
    endPosting();

    Task council = task(review);
    assertThat(extension.getRepositoryService().getBpmnModelInstance(council.getProcessDefinitionId())
        .getModelElementById("Task_CouncilReview").getAttributeValue("name")).isEqualTo("Hội đồng TĐKT bình xét");
    assertThat(extension.getHistoryService().createHistoricTaskInstanceQuery().taskId(council.getId()).singleResult()
        .getName()).isEqualTo("Hội đồng TĐKT Phường Bồ Đề bình xét: Lạc Văn Sơn");
  }

  @Test
  void reviewTasksAreDueBeforeThirtyFirstJanuaryInHanoiTime() {
    ProcessInstance review = submit("phuong-bode", "Quách Văn Yên");
    endPosting();

    assertThat(task(review).getDueDate().toInstant())
        .isEqualTo(ZonedDateTime.parse("2024-01-31T00:00:00+07:00[Asia/Ho_Chi_Minh]").toInstant());
  }

  @Test
  void cityTaskIsDueBeforeThirtyFirstJanuaryByTheCityRowOfTheDeadlines() {
    ProcessInstance review = proposeToCityFromDistrict("Lạc Văn Long");

    assertThat(task(review).getDueDate().toInstant())
        .isEqualTo(ZonedDateTime.parse("2024-01-31T00:00:00+07:00[Asia/Ho_Chi_Minh]").toInstant());
    HistoricDecisionInstance deadline =
        extension.getHistoryService().createHistoricDecisionInstanceQuery()
            .processInstanceId(review.getId()).activityIdIn("Task_ScheduleCityReview").includeOutputs().singleResult();
    assertThat(deadline.getOutputs()).extracting(HistoricDecisionOutputInstance::getRuleId)
        .containsOnly("rd-rule-review-thanh-pho-plan");
  }

  @Test
  void tasklistStartFormCreatesTheNominationRecordUnderANewBusinessKey() {
    ProcessInstance review =
        extension.getRuntimeService()
            .startProcessInstanceByKey(
                "nomination-review",
                Variables.createVariables()
                    .putValue("nominatingUnit", "phuong-viethung").putValue("roundYear", 2024L)
                    .putValue("nomineeKind", "ca-nhan").putValue("nomineeName", "Kiều Thị Ánh")
                    .putValue("birthYear", 1985L).putValue("gender", "nu")
                    .putValue("movement", "chung").putValue("achievements", "Hiến máu tình nguyện 20 lần")
                    .putValue("criterionTc1", true).putValue("criterionTc2", true)
                    .putValue("criterionTc3", true).putValue("criterionTc4", true)
                    .putValue("disciplinePending", false).putValue("complaintPending", false));

    assertThat(review.getBusinessKey()).startsWith("DC-2024-");
    assertThat(record(review).getNomineeName()).isEqualTo("Kiều Thị Ánh");
    assertThat(record(review).getGeneralCriteria()).containsExactlyElementsOf(ALL_GENERAL_CRITERIA);
    assertThat(review).variables().doesNotContainKey("achievements").containsEntry("entryLevel", "phuong");
  }

  // ---------------------------------------------------------------- reminders before the due date

  @Test
  void councilTaskIsRemindedReminderDaysBeforeThirtyFirstJanuaryAtMidnightHanoiTime() {
    now("2023-12-15T09:00:00+07:00");
    ProcessInstance review = submit("phuong-bode", "Ngô Thị Lan");
    endPosting();

    assertThat(reminderJob(task(review)).getDuedate().toInstant())
        .isEqualTo(ZonedDateTime.parse("2024-01-31T00:00:00+07:00[Asia/Ho_Chi_Minh]")
            .minusDays(REMINDER_DAYS_BEFORE).toInstant());
  }

  @Test
  void reminderMovesTheCouncilTaskUpInTasklistAndSaysHowLongIsLeftWithoutTouchingTheWork() {
    now("2023-12-15T09:00:00+07:00");
    ProcessInstance review = submit("phuong-bode", "Quách Văn Phúc");
    endPosting();
    extension.getTaskService().claim(task(review).getId(), "bode.hoidong");

    now("2024-01-24T00:00:00+07:00");
    Task reminded = remind(review, "Task_CouncilReview");

    assertThat(reminded.getAssignee()).isEqualTo("bode.hoidong");
    assertThat(comments(reminded)).containsExactly("Nhắc hạn: công việc này cần hoàn thành trước ngày 31/01/2024, còn 7 ngày.");
    assertThat(record(review).getStatus()).isEqualTo(NominationStatus.IN_REVIEW);
    complete(review, "Task_CouncilReview", vote(15, 12, 10, 1));
    assertThat(task(review).getTaskDefinitionKey()).isEqualTo("Task_ChairmanDecision");
  }

  @Test
  void taskCompletedBeforeItsReminderIsNeverReminded() {
    ProcessInstance review = submit("phuong-bode", "Kha Thị Quyên");
    endPosting();
    Task council = task(review);
    assertThat(reminderJob(council)).isNotNull();

    complete(review, "Task_CouncilReview", vote(15, 12, 10, 1));

    assertThat(extension.getManagementService().createJobQuery().activityId("Timer_RemindCouncilReview").count()).isZero();
    assertThat(comments(council)).isEmpty();
    assertThat(reminderJob(task(review))).isNotNull();
  }

  @Test
  void taskCreatedAfterItsReminderDateIsRemindedOnceTheNextDayNotTogetherWithTheTask() {
    now("2024-01-28T10:00:00+07:00");
    ProcessInstance review = submit("phuong-bode", "Âu Văn Sơn");
    endPosting();

    assertThat(reminderJob(task(review)).getDuedate().toInstant())
        .isEqualTo(ZonedDateTime.parse("2024-01-29T00:00:00+07:00[Asia/Ho_Chi_Minh]").toInstant());
    assertThat(extension.getManagementService().createJobQuery().executable().count()).isZero();
    now("2024-01-29T00:00:00+07:00");
    Task reminded = remind(review, "Task_CouncilReview");

    assertThat(comments(reminded)).containsExactly("Nhắc hạn: công việc này cần hoàn thành trước ngày 31/01/2024, còn 2 ngày.");
  }

  @Test
  void theEntryLevelsDatesAreEvaluatedOnceWhenTheNominationIsTakenInAndCarriedToEachOfItsSteps() {
    now("2023-12-15T09:00:00+07:00");
    ProcessInstance review = submit("phuong-bode", "Lưu Thị Xuân");
    endPosting();
    Task council = task(review);
    Job councilReminder = reminderJob(council);

    complete(review, "Task_CouncilReview", vote(15, 12, 10, 1));

    Task chairman = task(review);
    assertThat(chairman.getTaskDefinitionKey()).isEqualTo("Task_ChairmanDecision");
    assertThat(chairman.getDueDate()).isEqualTo(council.getDueDate());
    assertThat(reminderJob(chairman).getDuedate()).isEqualTo(councilReminder.getDuedate());
    assertThat(roundDeadlineEvaluations(review)).isEqualTo(1);
    assertThat(roundDeadlineEvaluations(chairman.getProcessInstanceId())).isZero();
  }

  @Test
  void aLaterLevelsDatesAreEvaluatedOnceWhenItStarts() {
    now("2023-12-15T09:00:00+07:00");
    ProcessInstance review = submit("phuong-bode", "Lưu Văn Yên");
    reviewAtWardWithVote(review, 15, 12, 10, 1);
    decideAsChairman(review, true, true);
    endPosting();

    Task districtCouncil = task(review);
    assertThat(candidateGroups(districtCouncil)).containsExactly("quan-longbien-hoidong");
    assertThat(roundDeadlineEvaluations(districtCouncil.getProcessInstanceId())).isEqualTo(1);
    assertThat(reminderJob(districtCouncil).getDuedate().toInstant())
        .isEqualTo(ZonedDateTime.parse("2024-01-31T00:00:00+07:00[Asia/Ho_Chi_Minh]")
            .minusDays(REMINDER_DAYS_BEFORE).toInstant());
  }

  private long roundDeadlineEvaluations(ProcessInstance review) {
    return roundDeadlineEvaluations(review.getId());
  }

  private long roundDeadlineEvaluations(String processInstanceId) {
    return extension.getHistoryService().createHistoricDecisionInstanceQuery()
        .processInstanceId(processInstanceId).decisionDefinitionKey("round-deadlines").count();
  }

  @Test
  void evidenceTaskIsRemindedBeforeTheDateTheCouncilSet() {
    now("2024-01-05T09:00:00+07:00");
    ProcessInstance review = submit("phuong-bode", "Lạc Thị Tâm");
    endPosting();
    complete(
        review,
        "Task_CouncilReview",
        Map.of("councilAction", "return", "evidenceRequest", "Bổ sung bản sao giấy khen", "evidenceDueDate", "2024-01-20"));

    assertThat(reminderJob(task(review)).getDuedate().toInstant())
        .isEqualTo(ZonedDateTime.parse("2024-01-21T00:00:00+07:00[Asia/Ho_Chi_Minh]")
            .minusDays(REMINDER_DAYS_BEFORE).toInstant());
    remind(review, "Task_ProvideEvidence");
    complete(review, "Task_ProvideEvidence", Map.of("evidenceResponse", "Đã bổ sung"));
    assertThat(task(review).getTaskDefinitionKey()).isEqualTo("Task_CouncilReview");
  }

  @Test
  void chairmanIsRemindedAndStillDecidesHimself() {
    ProcessInstance review = submit("phuong-bode", "Mạc Văn Uy");
    reviewAtWardWithVote(review, 15, 12, 10, 1);

    remind(review, "Task_ChairmanDecision");
    decideAsChairman(review, true, false);

    assertThat(review).isEnded().hasPassed("EndEvent_RecognisedWard");
  }

  @Test
  void heldProposalIsRemindedToTheSecretariat() {
    ProcessInstance review = submit("phuong-bode", "Khổng Thị Vân");
    lodgeComplaint(review, "Đơn khiếu nại về ranh giới đất");
    reviewAtWardWithVote(review, 15, 12, 10, 1);
    decideAsChairman(review, true, true);

    remind(review, "Task_ResolvePendingMatter");

    assertThat(review).hasNotPassed("CallActivity_DistrictReview");
  }

  @Test
  void nominationHeldAtEntryIsRemindedToTheSecretariat() {
    ProcessInstance review = submit(nomination("phuong-bode", "Ông Văn Xuân", ALL_GENERAL_CRITERIA, false, true));

    remind(review, "Task_ResolvePendingMatter");

    assertRecord(review, NominationStatus.ON_HOLD, null);
  }

  @Test
  void ineligibleNominationsCorrectionIsRemindedToTheNominatingUnit() {
    ProcessInstance review = submit(nomination("phuong-bode", "Phí Thị Yến", List.of("tc1"), false, false));

    remind(review, "Task_CorrectNomination");

    assertRecord(review, NominationStatus.RETURNED, null);
  }

  @Test
  void cityTaskIsRemindedToTheCityBoard() {
    ProcessInstance review = proposeToCityFromDistrict("Giáp Văn Bảo");

    remind(review, "Task_CityOutcome");

    assertThat(review).isWaitingAt("Task_CityOutcome");
  }

  // ---------------------------------------------------------------- steps

  private void useChain(ReviewChainProperties.Chain chain) {
    useChain(chain, OrganisationCatalog.load(new ClassPathResource("organisation/units.yaml")));
  }

  private void useChain(ReviewChainProperties.Chain chain, OrganisationCatalog organisation) {
    engine = extension.getProcessEngine();
    BpmnAwareTests.init(engine);
    nominations = new InMemoryNominations();
    postings = new InMemoryPostings();
    NominationRecorder records = new NominationRecorder(nominations, new InMemoryDecisions(), postings);
    Mocks.register("nominationRecord", records);
    Mocks.register(
        "nominationIntake",
        new NominationIntake(
            nominations, new NewNominations(nominations, OPEN_ROUND, event -> {}), records, organisation,
            new ReviewChainProperties(chain), engine.getIdentityService(), OPEN_ROUND,
            PolicyDecisions.of(engine)));
    Mocks.register("reviewSchedule", new ReviewSchedule());
    Mocks.register("eligibilityCheck", new EligibilityCheck(records));
    Mocks.register("publicPosting", new PublicPosting(records, organisation, new ObjectionSteps(new InMemoryObjections())));
    Mocks.register("councilVote", new CouncilVote(records));
    Mocks.register("chairmanDecision", new ChairmanDecision(records));
    Mocks.register("cityOutcome", new CityOutcome(records, nominations::countByRoundYearAndOutstandingCitizenTitleTrue));
    Mocks.register("reviewReminder", new ReviewReminder());
  }

  private Nomination nomination(String unit, String name, List<String> generalCriteria, boolean discipline, boolean complaint) {
    String kind = name.startsWith("Khoa") || name.startsWith("Trạm") ? "tap-the" : "ca-nhan";
    return new Nomination(
        "DC-" + YEAR + "-" + Integer.toHexString(name.hashCode()),
        YEAR,
        unit,
        new Nomination.Nominee(kind, name, kind.equals("ca-nhan") ? 1980 : null, null, "Tổ trưởng tổ dân phố", null, null),
        new Nomination.Dossier("chung", "Nhiều năm giúp đỡ hộ nghèo trên địa bàn", generalCriteria, List.of(), discipline, complaint));
  }

  private ProcessInstance submit(String unit, String name) {
    return submit(nomination(unit, name, ALL_GENERAL_CRITERIA, false, false));
  }

  /** As the application's API does: the record first, then its review under the record's id. */
  private ProcessInstance submit(Nomination nomination) {
    nominations.save(nomination);
    return extension.getRuntimeService().startProcessInstanceByKey("nomination-review", nomination.getId());
  }

  private void reviewAtWardWithVote(ProcessInstance review, int total, int present, int inFavour, int against) {
    endPosting();
    complete(review, "Task_CouncilReview", vote(total, present, inFavour, against));
  }

  private void reviewAtDistrictWithVote(ProcessInstance review, int total, int present, int inFavour, int against) {
    endPosting();
    assertThat(candidateGroups(task(review))).containsExactly("quan-longbien-hoidong");
    complete(review, "Task_CouncilReview", vote(total, present, inFavour, against));
  }

  private ProcessInstance proposeToCityFromDistrict(String name) {
    ProcessInstance review = submit("phuong-bode", name);
    reviewAtWardWithVote(review, 15, 12, 10, 1);
    decideAsChairman(review, true, true);
    reviewAtDistrictWithVote(review, 21, 18, 15, 2);
    decideAsChairman(review, true, false, "proposeOutstandingCitizen", true, "proposeBook", true);
    assertThat(candidateGroups(task(review))).containsExactly("thanhpho-hanoi-bantdkt");
    return review;
  }

  private void decideAsChairman(ProcessInstance review, boolean recognised, boolean proposeUpward, Object... more) {
    Map<String, Object> decision =
        Variables.createVariables()
            .putValue("recognised", recognised)
            .putValue("proposeUpward", proposeUpward)
            .putValue("decisionNumber", recognised ? "12/QĐ-UBND" : null)
            .putValue("decisionDate", recognised ? "2024-01-05" : null);
    for (int i = 0; i < more.length; i += 2) {
      decision.put((String) more[i], more[i + 1]);
    }
    complete(review, "Task_ChairmanDecision", decision);
  }

  private void returnForEvidenceAndProvideIt(ProcessInstance review, String nominatingGroup) {
    complete(
        review,
        "Task_CouncilReview",
        Map.of("councilAction", "return", "evidenceRequest", "Bổ sung xác nhận của tổ dân phố", "evidenceDueDate", "2024-01-20"));
    Task evidence = task(review);
    assertThat(evidence.getTaskDefinitionKey()).isEqualTo("Task_ProvideEvidence");
    assertThat(candidateGroups(evidence)).containsExactly(nominatingGroup);
    assertThat(evidence.getDueDate().toInstant())
        .isEqualTo(ZonedDateTime.parse("2024-01-21T00:00:00+07:00[Asia/Ho_Chi_Minh]").toInstant());
    assertThat(record(review).getStatus()).isEqualTo(NominationStatus.RETURNED);
    complete(review, "Task_ProvideEvidence", Map.of("evidenceResponse", "Đã bổ sung xác nhận"));
  }

  private static Map<String, Object> vote(int total, int present, int inFavour, int against) {
    return Map.of(
        "councilAction", "vote", "councilMeetingDate", "2024-01-15", "councilMembersTotal", total,
        "councilMembersPresent", present, "councilVotesInFavour", inFavour, "councilVotesAgainst", against);
  }

  /** An objection during the current public posting that is a complaint to settle. */
  private void lodgeComplaint(ProcessInstance review, String text) {
    extension.getRuntimeService()
        .createMessageCorrelation("ObjectionReceived")
        .processInstanceBusinessKey(review.getBusinessKey())
        .setVariable("objectionSender", "Công dân cư trú tại địa phương")
        .setVariable("objectionText", text)
        .setVariable("objectionIsComplaint", true)
        .correlate();
    assertThat(record(review).isComplaintPending()).isTrue();
  }

  /** The posting period ends: the council may meet. */
  private void endPosting() {
    Job timer = extension.getManagementService().createJobQuery().timers().list().get(0);
    extension.getManagementService().executeJob(timer.getId());
  }

  private Task task(ProcessInstance review) {
    return extension.getTaskService().createTaskQuery().processInstanceBusinessKey(review.getBusinessKey()).singleResult();
  }

  private void complete(ProcessInstance review, String taskKey, Map<String, Object> variables) {
    Task task = task(review);
    assertThat(task.getTaskDefinitionKey()).isEqualTo(taskKey);
    extension.getTaskService().complete(task.getId(), variables);
  }

  /**
   * Fires the reminder of the nomination's open task: the same task stays open with its name, assignee,
   * candidates, due date and variables, higher in Tasklist and with one reminder comment; no reminder is left.
   */
  private Task remind(ProcessInstance review, String taskKey) {
    Task before = task(review);
    assertThat(before.getTaskDefinitionKey()).isEqualTo(taskKey);
    List<String> groups = candidateGroups(before);
    Map<String, String> variables = variablesAsText(before);
    Job reminder = reminderJob(before);

    extension.getManagementService().executeJob(reminder.getId());

    Task after = task(review);
    assertThat(after.getId()).isEqualTo(before.getId());
    assertThat(after.getName()).isEqualTo(before.getName());
    assertThat(after.getAssignee()).isEqualTo(before.getAssignee());
    assertThat(after.getDueDate()).isEqualTo(before.getDueDate());
    assertThat(candidateGroups(after)).isEqualTo(groups);
    assertThat(variablesAsText(after)).isEqualTo(variables);
    assertThat(after.getPriority()).isEqualTo(ReviewReminder.REMINDED_PRIORITY).isGreaterThan(before.getPriority());
    assertThat(comments(after)).singleElement().asString().startsWith("Nhắc hạn: ");
    assertThat(extension.getManagementService().createJobQuery().jobId(reminder.getId()).count()).isZero();
    return after;
  }

  /** The reminder timer of an open task: the only timer of its process instance while the task waits. */
  private Job reminderJob(Task task) {
    return extension.getManagementService().createJobQuery()
        .timers()
        .processInstanceId(task.getProcessInstanceId())
        .activityId("Timer_Remind" + task.getTaskDefinitionKey().substring("Task_".length()))
        .singleResult();
  }

  /** JSON variables compare by their text: a Spin node has no value equality. */
  private Map<String, String> variablesAsText(Task task) {
    Map<String, String> texts = new TreeMap<>();
    extension.getTaskService().getVariables(task.getId()).forEach((name, value) -> texts.put(name, String.valueOf(value)));
    return texts;
  }

  private List<String> comments(Task task) {
    return extension.getTaskService().getTaskComments(task.getId()).stream().map(Comment::getFullMessage).toList();
  }

  private static void now(String isoDateTime) {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(isoDateTime).toInstant()));
  }

  private List<String> candidateGroups(Task task) {
    return extension.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType()))
        .map(IdentityLink::getGroupId)
        .toList();
  }

  private Object variable(ProcessInstance review, String name) {
    return extension.getRuntimeService().getVariable(review.getId(), name);
  }

  private Object historicVariable(ProcessInstance review, String name) {
    return extension.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(review.getId()).variableName(name).singleResult().getValue();
  }

  private Nomination record(ProcessInstance review) {
    return nominations.findById(review.getBusinessKey()).orElseThrow();
  }

  private void assertRecord(ProcessInstance review, NominationStatus status, String recognitionLevel) {
    assertThat(record(review).getStatus()).isEqualTo(status);
    assertThat(record(review).getRecognitionLevel()).isEqualTo(recognitionLevel);
  }
}
