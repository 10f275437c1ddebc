package vn.longbien.exemplar.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.longbien.exemplar.nomination.Nomination;
import vn.longbien.exemplar.nomination.NominationDecisionRepository;
import vn.longbien.exemplar.nomination.NominationRepository;
import vn.longbien.exemplar.nomination.NominationStatus;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.TestData;

/**
 * The yearly cap of the title “Công dân Thủ đô ưu tú” (ten a year, {@code yearly-targets}) holds when the city
 * board records two outcomes at the same moment: each completion runs in its own transaction on its own
 * thread, the second while the first has counted and awarded but not yet committed.
 */
@ApplicationTest
class OutstandingCitizenCapApplicationTest {

  private static final int CAP = 10;

  @Autowired private RuntimeService runtimeService;
  @Autowired private TaskService taskService;
  @Autowired private IdentityService identityService;
  @Autowired private ManagementService managementService;
  @Autowired private NominationRepository nominations;
  @Autowired private NominationDecisionRepository decisions;
  @Autowired private PlatformTransactionManager transactions;

  @Test
  void twoCityOutcomesRecordedAtTheSameMomentAwardOnlyTheLastTitleOfTheYear() throws Exception {
    int year = TestData.ownRound();
    for (int awarded = 1; awarded < CAP; awarded++) {
      Nomination holder = new Nomination(
          "DC-" + year + "-cap" + awarded, year, "phuong-viethung",
          new Nomination.Nominee("ca-nhan", "Người đã được xét tặng số " + awarded, 1970, null, "Tổ trưởng", null, null),
          new Nomination.Dossier("chung", "Nhiều năm giúp đỡ hộ nghèo", List.of("tc1", "tc2", "tc3", "tc4"), List.of(), false, false));
      holder.awardOutstandingCitizenTitle();
      nominations.save(holder);
    }
    ThreeTierChainAsOfficials officials =
        new ThreeTierChainAsOfficials(runtimeService, taskService, identityService, managementService, nominations, decisions);
    String first = officials.proposeToTheCity("Nguyễn Văn Thứ Nhất", year);
    String second = officials.proposeToTheCity("Trần Thị Thứ Hai", year);

    CountDownLatch firstAwardedNotCommitted = new CountDownLatch(1);
    CountDownLatch secondDone = new CountDownLatch(1);
    CompletableFuture<Void> firstBoard = CompletableFuture.runAsync(() ->
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
          officials.completeCityOutcome(first, "301/QĐ-UBND");
          firstAwardedNotCommitted.countDown();
          await(secondDone, 700);
        }));
    CompletableFuture<Void> secondBoard = CompletableFuture.runAsync(() -> {
      await(firstAwardedNotCommitted, 30_000);
      try {
        officials.completeCityOutcome(second, "302/QĐ-UBND");
      } finally {
        secondDone.countDown();
      }
    });
    CompletableFuture.allOf(firstBoard, secondBoard).get(60, TimeUnit.SECONDS);

    assertThat(nominations.countByRoundYearAndOutstandingCitizenTitleTrue(year)).isEqualTo(CAP);
    Nomination awarded = nominations.findById(first).orElseThrow();
    Nomination refused = nominations.findById(second).orElseThrow();
    assertThat(awarded.hasOutstandingCitizenTitle()).isTrue();
    assertThat(awarded.getStatusReason()).contains("Thành phố công nhận: khen thưởng người tốt, việc tốt cấp Thành phố, danh hiệu “Công dân Thủ đô ưu tú”");
    assertThat(refused.hasOutstandingCitizenTitle()).isFalse();
    assertThat(refused.getStatus()).isEqualTo(NominationStatus.RECOGNISED_CITY);
    assertThat(refused.getStatusReason())
        .contains("Thành phố công nhận: khen thưởng người tốt, việc tốt cấp Thành phố")
        .contains("không xét tặng danh hiệu “Công dân Thủ đô ưu tú”: đã đủ 10 danh hiệu “Công dân Thủ đô ưu tú” trong năm " + year);
  }

  private static void await(CountDownLatch latch, long millis) {
    try {
      latch.await(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
