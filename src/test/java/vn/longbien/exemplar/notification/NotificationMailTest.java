package vn.longbien.exemplar.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import vn.longbien.exemplar.calendar.HanoiCalendar;
import vn.longbien.exemplar.notification.MailPayload.MailTask;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.BrowserSession;
import vn.longbien.exemplar.support.Officials;
import vn.longbien.exemplar.support.RestNominations;
import vn.longbien.exemplar.support.RoundClock;
import vn.longbien.exemplar.support.TestData;

/**
 * Officials hear about their work by e-mail, received here by a real SMTP server in the test JVM (GreenMail): the
 * mails the review's events write to the outbox and the daily digest, sent by the outbox's sender as each node
 * runs it. The shared context schedules nothing (exemplar.notifications.scheduling=false): each scenario composes
 * and sends itself, with a sender of its own pointed at GreenMail and a clock it moves.
 */
@ApplicationTest
class NotificationMailTest {

  private static final int ROUND = TestData.sharedRound();

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
      .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

  /** After every timestamp the suite's moved engine clocks write (rounds end in 2100). */
  private static final Instant SENDING_FROM = Instant.parse("2101-01-01T00:00:00Z");

  @Autowired Outbox outbox;
  @Autowired MailTemplates templates;
  @Autowired NotificationProperties properties;
  @Autowired Digests digests;
  @Autowired Recipients recipients;
  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;

  private MovableClock clock;

  /**
   * Sends what other scenarios left in the outbox, so that each scenario's GreenMail receives only its own mails, and
   * forgets earlier digests (one per official and day, and every scenario composes today's).
   */
  @BeforeEach
  void emptyOutbox() {
    clock = new MovableClock(SENDING_FROM);
    drain(sender("before"));
    jdbc.update("DELETE FROM notification_outbox WHERE kind = 'DIGEST'");
    SMTP.reset();
  }

  @Test
  void theDailyDigestListsEachWardsTasksToItsOwnOfficialsOnly() {
    int year = TestData.sharedRound();
    String boDe = "Đặng Thị Bản Tin";
    String vietHung = "Vũ Văn Bản Tin";
    new RestNominations(rest, runtimeService, managementService, taskService).afterPublicPosting(
        new RestNominations(rest, runtimeService, managementService, taskService).submitByBoDe(boDe));
    new RestNominations(rest, runtimeService, managementService, taskService).afterPublicPosting(
        submitByVietHung(vietHung, year));
    Instant morning = Instant.now();

    digests.compose(morning);
    drain(sender("one"));

    ReceivedMail boDeCouncil = only(received("bode.hoidong@longbien.example"));
    assertThat(boDeCouncil.subject()).startsWith("Bản tin công việc ngày " + HanoiCalendar.text(
        morning.atZone(HanoiCalendar.ZONE).toLocalDate()));
    assertThat(boDeCouncil.text())
        .contains("Kính gửi Thư ký Hội đồng TĐKT phường Bồ Đề", "Hội đồng Thi đua - Khen thưởng Phường Bồ Đề",
            "Việc mới", "Hội đồng TĐKT Phường Bồ Đề bình xét: " + boDe, "/camunda/app/tasklist/default/#/?task=",
            "/nominations/")
        .doesNotContain(vietHung, "Phường Việt Hưng");
    ReceivedMail vietHungCouncil = only(received("viethung.hoidong@longbien.example"));
    assertThat(vietHungCouncil.text()).contains("bình xét: " + vietHung).doesNotContain(boDe, "Phường Bồ Đề");
    assertThat(received("viethung.donvi@longbien.example")).allSatisfy(mail -> assertThat(mail.text()).doesNotContain(boDe));
    System.out.println("NOTIFICATION digest as received by bode.hoidong:\nSubject: " + boDeCouncil.subject()
        + "\n" + boDeCouncil.text());
    keep("digest-bode-hoidong.html", boDeCouncil.html());
  }

  @Test
  void aDigestIsComposedOncePerOfficialAndDayWhicheverNodeComposesIt() {
    String nominee = "Lý Thị Một Lần";
    new RestNominations(rest, runtimeService, managementService, taskService).afterPublicPosting(
        new RestNominations(rest, runtimeService, managementService, taskService).submitByBoDe(nominee));
    Instant now = Instant.now();

    digests.compose(now);
    digests.compose(now.plus(Duration.ofSeconds(1)));
    drain(sender("one"));
    drain(sender("two"));

    assertThat(received("bode.hoidong@longbien.example")).hasSize(1);
  }

  @Test
  void anOfficialWhoSwitchedTheDigestOffGetsNone() {
    new RestNominations(rest, runtimeService, managementService, taskService).afterPublicPosting(
        new RestNominations(rest, runtimeService, managementService, taskService).submitByBoDe("Trịnh Văn Tắt Tin"));
    BrowserSession council = new BrowserSession(rest.getRootUri()).signedInAs("bode.hoidong", "demo");
    assertThat(council.get("/notifications").body()).contains("Bạn đang nhận bản tin hằng ngày.");

    council.postFormFrom("/notifications", "/notifications/digest", Map.of("enabled", "false"));
    try {
      assertThat(council.get("/notifications").body()).contains("Bạn đã tắt bản tin hằng ngày.");
      Instant now = Instant.now();
      digests.compose(now);
      drain(sender("one"));

      assertThat(received("bode.hoidong@longbien.example")).isEmpty();
      Recipients.Recipient member = recipients.officials().stream()
          .filter(official -> official.userId().equals("bode.hoidong")).findFirst().orElseThrow();
      assertThat(digests.digest(member, now).units()).as("what the digest would have listed").isNotEmpty();
    } finally {
      council.postFormFrom("/notifications", "/notifications/digest", Map.of("enabled", "true"));
    }
  }

  @Test
  void twoNodesComposingTheDigestAtTheSameMomentWriteOneDigestPerOfficial() throws Exception {
    new RestNominations(rest, runtimeService, managementService, taskService).afterPublicPosting(
        new RestNominations(rest, runtimeService, managementService, taskService).submitByBoDe("Mạc Văn Cùng Lúc"));
    Instant now = Instant.now();
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<Integer> one = threads.submit(() -> { start.await(); return digests.compose(now); });
      Future<Integer> two = threads.submit(() -> { start.await(); return digests.compose(now); });
      one.get();
      two.get();
    } finally {
      threads.shutdownNow();
    }

    assertThat(jdbc.queryForList("SELECT recipient_user FROM notification_outbox WHERE kind = 'DIGEST'", String.class))
        .contains("bode.hoidong").doesNotHaveDuplicates();
    drain(sender("one"));
    assertThat(received("bode.hoidong@longbien.example")).hasSize(1);
  }

  @Test
  void sentMailsAreForgottenAfterTheirTimeAndUnsentOnesStay() {
    long sent = add(NotificationKind.EVIDENCE_RETURN, "keep1@longbien.example", "Lưu Văn Cũ");
    drain(sender("one"));
    long waiting = add(NotificationKind.EVIDENCE_RETURN, "keep2@longbien.example", "Lưu Văn Mới");

    outbox.deleteSentBefore(SENDING_FROM.plus(Duration.ofDays(1)));

    assertThat(outbox.find(sent)).isEmpty();
    assertThat(outbox.find(waiting)).get().extracting(OutboxMail::state).isEqualTo(OutboxMail.State.PENDING);
  }

  @Test
  void anEscalationReachesPhongNoiVuAtOnceAndTheRoundsOpeningEveryNominatingUnit() {
    int year = TestData.ownRound();
    RestNominations nominations = new RestNominations(rest, runtimeService, managementService, taskService, year);
    String nominee = "Phan Văn Quá Hạn";
    nominations.afterPublicPosting(nominations.submitByBoDe(nominee));
    ProcessInstance round = RoundClock.inRound(year, () ->
        runtimeService.startProcessInstanceByKey("yearly-round", Map.of("roundYear", year)));

    drain(sender("one"));
    ReceivedMail opening = only(received("viethung.donvi@longbien.example"));
    assertThat(opening.subject()).isEqualTo("Thông báo mở đợt bình xét điển hình tiên tiến năm " + year);
    assertThat(opening.text()).contains("Kính gửi Cán bộ đơn vị phường Việt Hưng", "trước ngày 31/01/" + year);
    assertThat(only(received("bode.donvi@longbien.example")).subject()).isEqualTo(opening.subject());
    assertThat(received("phong.yte@longbien.example")).hasSize(1);
    assertThat(received("bode.hoidong@longbien.example")).isEmpty();

    Job deadline = managementService.createJobQuery().processInstanceId(round.getId()).timers()
        .activityId("Timer_ReviewDeadline").singleResult();
    RoundClock.jobsPaused(() -> managementService.executeJob(deadline.getId()));
    drain(sender("one"));

    List<ReceivedMail> toSecretariat = received("quan.noivu@longbien.example");
    ReceivedMail escalation = toSecretariat.stream().filter(mail -> mail.subject().startsWith("Chuyển Phòng Nội vụ"))
        .findFirst().orElseThrow();
    assertThat(escalation.subject())
        .isEqualTo("Chuyển Phòng Nội vụ xử lý: Xử lý việc bình xét năm " + year + " quá hạn 31/01/" + year);
    assertThat(escalation.text()).contains("Hồ sơ đề cử năm " + year + " chưa xét xong: 1",
        "Hội đồng TĐKT Phường Bồ Đề bình xét: " + nominee, "/camunda/app/tasklist/default/#/?task=");
    assertThat(received("bode.donvi@longbien.example")).hasSize(1);
  }

  @Test
  void aReturnForEvidenceTellsTheNominatingUnitWhatIsMissingAndByWhen() {
    String nominee = "Hoàng Thị Bổ Sung";
    RestNominations nominations = new RestNominations(rest, runtimeService, managementService, taskService);
    String id = nominations.submitByBoDe(nominee);
    Task council = nominations.afterPublicPosting(id);
    Officials.completeAs(identityService, taskService, "bode.hoidong", "phuong-bode-hoidong", council, Map.of(
        "councilAction", "return", "evidenceRequest", "Bản sao giấy khen của Công an phường và xác nhận của tổ dân phố",
        "evidenceDueDate", ROUND + "-01-20"));

    drain(sender("one"));

    ReceivedMail mail = only(received("bode.donvi@longbien.example"));
    assertThat(mail.subject()).isEqualTo("Yêu cầu bổ sung hồ sơ đề cử: " + nominee + " (hạn 20/01/" + ROUND + ")");
    assertThat(mail.text()).contains(
        "Hội đồng Thi đua - Khen thưởng Phường Bồ Đề đã trả hồ sơ đề cử của " + nominee,
        "Cần bổ sung: Bản sao giấy khen của Công an phường và xác nhận của tổ dân phố",
        "Hạn bổ sung: trước hết ngày 20/01/" + ROUND,
        properties.link("/nominations/" + id));
    assertThat(mail.html()).contains("<a href=\"" + properties.link("/nominations/" + id) + "\">hồ sơ đề cử</a>");
    assertThat(received("bode.hoidong@longbien.example")).isEmpty();
    System.out.println("NOTIFICATION return for evidence as received by bode.donvi:\nSubject: " + mail.subject()
        + "\nSubject header: " + mail.rawSubject() + "\n" + mail.text());
    keep("evidence-return-bode-donvi.html", mail.html());
  }

  @Test
  void theVietnameseSubjectIsMimeEncodedAndSubjectAndBodyArriveIntactInNfc() throws Exception {
    String nominee = "Nguyễn Thị Ánh Tuyết";
    add(NotificationKind.EVIDENCE_RETURN, "nfc@longbien.example", nominee);

    drain(sender("one"));

    MimeMessage[] raw = SMTP.getReceivedMessagesForDomain("nfc@longbien.example");
    assertThat(raw).hasSize(1);
    ReceivedMail mail = ReceivedMail.of(raw[0]);
    assertThat(mail.rawSubject()).startsWith("=?UTF-8?").matches("\\p{ASCII}+");
    assertThat(mail.subject()).isEqualTo("Yêu cầu bổ sung hồ sơ đề cử: " + nominee + " (hạn 20/01/" + ROUND + ")");
    assertThat(Normalizer.isNormalized(mail.subject(), Normalizer.Form.NFC)).isTrue();
    assertThat(raw[0].getContentType()).startsWith("multipart/");
    assertThat(mail.text()).contains("đề cử của " + nominee, "Cần bổ sung: Giấy chứng nhận “Người tốt việc tốt”");
    assertThat(Normalizer.isNormalized(mail.text(), Normalizer.Form.NFC)).isTrue();
  }

  @Test
  void anSmtpOutageLosesNothingAndThenEachMailIsDeliveredExactlyOnce() throws Exception {
    List<String> addresses = List.of("outage1@longbien.example", "outage2@longbien.example", "outage3@longbien.example");
    List<Long> ids = new ArrayList<>();
    addresses.forEach(address -> ids.add(add(NotificationKind.EVIDENCE_RETURN, address, "Trần Văn Mất Mạng")));
    OutboxSender down = new OutboxSender(outbox, templates, mailSender(closedPort()), properties, clock, "down");

    assertThat(down.sendDue()).isZero();
    OutboxMail first = outbox.find(ids.get(0)).orElseThrow();
    assertThat(first.state()).isEqualTo(OutboxMail.State.PENDING);
    assertThat(first.attempts()).isEqualTo(1);
    assertThat(first.nextAttemptAt()).isEqualTo(SENDING_FROM.plus(properties.backoff()));
    assertThat(first.lastError()).startsWith("Gửi không được");
    assertThat(down.sendDue()).isZero();

    OutboxSender up = sender("up");
    drain(up);
    assertThat(outbox.find(ids.get(0)).orElseThrow().state()).isEqualTo(OutboxMail.State.PENDING);
    clock.advance(properties.backoff());
    drain(up);
    drain(up);

    for (int i = 0; i < addresses.size(); i++) {
      assertThat(SMTP.getReceivedMessagesForDomain(addresses.get(i))).as(addresses.get(i)).hasSize(1);
      assertThat(outbox.find(ids.get(i)).orElseThrow().state()).isEqualTo(OutboxMail.State.SENT);
    }
  }

  @Test
  void twoNodesSendingFromOneOutboxSendEachMailExactlyOnce() throws Exception {
    int count = 40;
    List<String> addresses = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      addresses.add("twonodes" + i + "@longbien.example");
      add(NotificationKind.EVIDENCE_RETURN, addresses.get(i), "Đỗ Thị Hai Máy " + i);
    }
    OutboxSender one = sender("node-one");
    OutboxSender two = sender("node-two");
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<Integer> byOne = threads.submit(() -> { start.await(); return drain(one); });
      Future<Integer> byTwo = threads.submit(() -> { start.await(); return drain(two); });
      int sentByOne = byOne.get();
      int sentByTwo = byTwo.get();
      System.out.println("NOTIFICATION two nodes: node-one sent " + sentByOne + ", node-two sent " + sentByTwo);
      assertThat(sentByOne + sentByTwo).isEqualTo(count);
    } finally {
      threads.shutdownNow();
    }

    for (String address : addresses) {
      assertThat(SMTP.getReceivedMessagesForDomain(address)).as(address).hasSize(1);
    }
  }

  @Test
  void anOfficialWithoutAnAddressIsListedForPhongNoiVuAndTheirMailIsKeptNotSent() {
    String userId = "thachban.chuacothu";
    User user = identityService.newUser(userId);
    user.setFirstName("Cán bộ mới");
    user.setLastName("phường Thạch Bàn");
    user.setPassword("demo");
    identityService.saveUser(user);
    identityService.createMembership(userId, "phuong-thachban-donvi");
    Task task = taskService.newTask();
    task.setName("Rà soát danh sách đề cử của phường Thạch Bàn");
    taskService.saveTask(task);
    taskService.addCandidateGroup(task.getId(), "phuong-thachban-donvi");
    try {
      digests.compose(Instant.now());
      drain(sender("one"));

      OutboxMail kept = outbox.latestTo(userId, 1).get(0);
      assertThat(kept.kind()).isEqualTo(NotificationKind.DIGEST);
      assertThat(kept.state()).isEqualTo(OutboxMail.State.NO_ADDRESS);
      assertThat(kept.recipientAddress()).isNull();
      assertThat(recipients.withoutAddress()).extracting(Recipients.Recipient::userId).contains(userId);

      BrowserSession secretariat = new BrowserSession(rest.getRootUri()).signedInAs("quan.noivu", "demo");
      String page = secretariat.get("/notifications/outbox").body();
      assertThat(page).contains("cán bộ chưa có địa chỉ thư điện tử", userId, "Cán bộ mới phường Thạch Bàn",
          "phuong-thachban-donvi", "Người nhận chưa có địa chỉ thư");
      assertThat(secretariat.get("/").body()).contains("cán bộ chưa có địa chỉ thư điện tử");
      BrowserSession ward = new BrowserSession(rest.getRootUri()).signedInAs("bode.donvi", "demo");
      assertThat(ward.get("/notifications/outbox").statusCode()).isEqualTo(HttpStatus.FORBIDDEN.value());
    } finally {
      taskService.deleteTask(task.getId(), true);
      identityService.deleteMembership(userId, "phuong-thachban-donvi");
      identityService.deleteUser(userId);
    }
  }

  @Test
  void anOfficialReadsTheirOwnMailsButNotAnotherOfficials() {
    long id = add(NotificationKind.EVIDENCE_RETURN, "bode.donvi", "bode.donvi@longbien.example", "Tôn Thị Của Mình");

    BrowserSession unit = new BrowserSession(rest.getRootUri()).signedInAs("bode.donvi", "demo");
    assertThat(unit.get("/notifications").body()).contains("Yêu cầu bổ sung hồ sơ đề cử: Tôn Thị Của Mình");
    assertThat(unit.get("/notifications/outbox/" + id).body())
        .contains("Cần bổ sung: Giấy chứng nhận “Người tốt việc tốt”");
    BrowserSession otherWard = new BrowserSession(rest.getRootUri()).signedInAs("viethung.donvi", "demo");
    assertThat(otherWard.get("/notifications/outbox/" + id).statusCode()).isEqualTo(HttpStatus.NOT_FOUND.value());
    assertThat(otherWard.get("/notifications").body()).doesNotContain("Tôn Thị Của Mình");
  }

  // --- helpers

  /** The HTML part as received, under target/received-mail/, to open in a browser. */
  private static void keep(String name, String html) {
    try {
      java.nio.file.Path dir = java.nio.file.Path.of("target/received-mail");
      java.nio.file.Files.createDirectories(dir);
      java.nio.file.Files.writeString(dir.resolve(name), html, java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private String submitByVietHung(String nominee, int year) {
    ResponseEntity<Map> started = RoundClock.inRound(year, () -> rest.withBasicAuth("viethung.donvi", "demo")
        .postForEntity("/engine-rest/process-definition/key/nomination-review/start",
            Map.of("variables", RestNominations.startForm("phuong-viethung", nominee, year)), Map.class));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    return (String) started.getBody().get("businessKey");
  }

  /** A return for evidence to one address, written to the outbox as the review's event would. */
  private long add(NotificationKind kind, String address, String nominee) {
    return add(kind, "test.user", address, nominee);
  }

  private long add(NotificationKind kind, String user, String address, String nominee) {
    MailTask task = new MailTask("task-" + address, "Bổ sung hồ sơ theo yêu cầu của Hội đồng: " + nominee, "20/01/" + ROUND,
        false, properties.link("/camunda/app/tasklist/default/#/?task=x"), "BD-TEST", properties.link("/nominations/BD-TEST"));
    MailPayload payload = new MailPayload("Cán bộ đơn vị phường Bồ Đề", "10/12/" + (ROUND - 1), task, Map.of(
        "nomineeName", nominee, "reviewUnitName", "Phường Bồ Đề",
        "evidenceRequest", "Giấy chứng nhận “Người tốt việc tốt”", "evidenceDueDate", "20/01/" + ROUND),
        List.of(), 7, properties.link("/camunda/app/tasklist/default/"), properties.link("/notifications"));
    String key = "TEST:" + address + ":" + System.nanoTime();
    assertThat(outbox.add(kind, user, address, MailPayloads.write(payload), key, SENDING_FROM)).isTrue();
    return jdbc.queryForObject("SELECT id FROM notification_outbox WHERE dedup_key = ?", Long.class, key);
  }

  private OutboxSender sender(String node) {
    return new OutboxSender(outbox, templates, mailSender(SMTP.getSmtp().getPort()), properties, clock, node);
  }

  private static JavaMailSenderImpl mailSender(int port) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(port);
    Properties settings = new Properties();
    settings.put("mail.smtp.connectiontimeout", "5000");
    settings.put("mail.smtp.timeout", "10000");
    sender.setJavaMailProperties(settings);
    return sender;
  }

  private static int closedPort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Sends until nothing is due; returns how many mails this sender sent. */
  private static int drain(OutboxSender sender) {
    int total = 0;
    for (int sent = sender.sendDue(); sent > 0; sent = sender.sendDue()) {
      total += sent;
    }
    return total;
  }

  private static List<ReceivedMail> received(String address) {
    return Arrays.stream(SMTP.getReceivedMessagesForDomain(address)).map(ReceivedMail::of).toList();
  }

  private static ReceivedMail only(List<ReceivedMail> mails) {
    assertThat(mails).hasSize(1);
    return mails.get(0);
  }
}
