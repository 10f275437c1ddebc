package vn.longbien.exemplar.decision;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.longbien.exemplar.calendar.HanoiCalendar;
import vn.longbien.exemplar.nomination.Nomination;
import vn.longbien.exemplar.nomination.NominationQueries;
import vn.longbien.exemplar.organisation.ReviewLevel;
import vn.longbien.exemplar.organisation.OrganisationCatalog;
import vn.longbien.exemplar.organisation.OrganisationCatalog.UnitDefinition;
import vn.longbien.exemplar.review.ListedReview;
import vn.longbien.exemplar.review.ListState;
import vn.longbien.exemplar.review.ListedReview.Step;
import vn.longbien.exemplar.security.CurrentOfficial;
import vn.longbien.exemplar.security.CurrentOfficial.Official;
import vn.longbien.exemplar.text.PlainText;
import vn.longbien.exemplar.web.ConflictException;
import vn.longbien.exemplar.web.InvalidInputException;
import vn.longbien.exemplar.web.RecordNotFoundException;

/**
 * The chairmen's decisions of the wards and the district, kept by the chairman's group ({@code …-chutich}): one
 * number, one date, one signer, and the list of nominees whose chairman task is open (the council passed them),
 * each recognised or not and proposed upward or not; corrected as a draft, submitted once
 * ({@link DecisionSubmission}). Only the chairman's own group sees its decisions: for anyone else they do not
 * exist (404).
 */
@Service
public class ChairmanDecisions {

  /** The level-review task of a chairman: the task a decision completes for each nominee. */
  public static final String CHAIRMAN_TASK = Step.CHAIRMAN.taskKey();
  static final String CHAIRMAN_ROLE = Step.CHAIRMAN.role();
  /** The level above the review's ({@code upperLevel} of level-review): what may be proposed. */
  public static final String TO_DISTRICT = "quan";

  private final SignedDecisionRepository decisions;
  private final EntityManager entityManager;
  private final NominationQueries nominations;
  private final ListedReview review;
  private final CurrentOfficial currentOfficial;
  private final OrganisationCatalog catalog;
  private final TransactionTemplate transaction;

  ChairmanDecisions(SignedDecisionRepository decisions, EntityManager entityManager, NominationQueries nominations,
      ListedReview review, CurrentOfficial currentOfficial, OrganisationCatalog catalog,
      PlatformTransactionManager transactionManager) {
    this.decisions = decisions;
    this.entityManager = entityManager;
    this.nominations = nominations;
    this.review = review;
    this.currentOfficial = currentOfficial;
    this.catalog = catalog;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  /** A ward or the district whose chairman's group the caller belongs to. */
  public record Chair(String unitCode, String unitName, String level) {}

  /**
   * A nominee waiting for the chairman: the council passed them and the chairman task is open. {@code upperLevel}
   * says what may be proposed: {@code quan} (to the district council) or {@code thanh-pho} (to the city).
   */
  public record Candidate(String nominationId, String nomineeName, String nominatingUnitName, int roundYear,
      String upperLevel) {

    public boolean toDistrict() {
      return TO_DISTRICT.equals(upperLevel);
    }
  }

  public List<Chair> chairsOfCaller() {
    Official caller = currentOfficial.get();
    List<Chair> chairs = new ArrayList<>();
    for (UnitDefinition unit : catalog.units()) {
      Optional<String> level = ReviewLevel.councilLevelOf(unit.kind());
      if (level.isPresent() && caller.hasRole(unit.code(), CHAIRMAN_ROLE)) {
        chairs.add(new Chair(unit.code(), unit.name(), level.get()));
      }
    }
    return chairs;
  }

  public Chair chair(String unitCode) {
    List<Chair> mine = chairsOfCaller();
    if (unitCode == null || unitCode.isBlank()) {
      if (mine.size() == 1) {
        return mine.get(0);
      }
      if (mine.isEmpty()) {
        throw new RecordNotFoundException("Bạn không thuộc nhóm Chủ tịch UBND phường, quận nào");
      }
      throw new InvalidInputException("BadUnit", "Bạn thuộc nhiều đơn vị: chọn một bằng mã đơn vị (unit)");
    }
    return mine.stream().filter(c -> c.unitCode().equals(unitCode.trim())).findFirst()
        .orElseThrow(() -> new RecordNotFoundException("Không tìm thấy Chủ tịch UBND " + unitCode.trim()));
  }

  public List<Candidate> candidates(Chair chair) {
    return review.waiting(Step.CHAIRMAN, chair.unitCode()).stream()
        .map(w -> new Candidate(w.nomination().getId(), w.nomination().getNomineeName(),
            unitName(w.nomination().getNominatingUnit()), w.nomination().getRoundYear(),
            String.valueOf(w.upperLevel())))
        .toList();
  }

  public List<SignedDecision> mine() {
    List<String> units = chairsOfCaller().stream().map(Chair::unitCode).toList();
    if (units.isEmpty()) {
      return List.of();
    }
    return transaction.execute(status -> {
      List<SignedDecision> found = decisions.findByUnitCodeInOrderByDecisionDateDescIdDesc(units);
      found.forEach(d -> d.getLines().size());
      return found;
    });
  }

  public SignedDecision read(Long id) {
    return transaction.execute(status -> {
      SignedDecision decision = own(id);
      decision.getLines().size();
      return decision;
    });
  }

  public SignedDecision open(DecisionRequest request) {
    Chair chair = chair(request.unit());
    Official caller = currentOfficial.get();
    return transaction.execute(status -> {
      SignedDecision decision = new SignedDecision(chair.level(), chair.unitCode(), caller.userId(),
          ClockUtil.getCurrentTime().toInstant());
      fill(decision, chair, request);
      return decisions.save(decision);
    });
  }

  public SignedDecision correct(Long id, DecisionRequest request) {
    return transaction.execute(status -> {
      SignedDecision decision = own(id);
      requireDraft(decision);
      if (request.unit() != null && !request.unit().isBlank() && !request.unit().trim().equals(decision.getUnitCode())) {
        throw new InvalidInputException("BadUnit", "Không đổi được đơn vị của một quyết định đã mở");
      }
      fill(decision, chair(decision.getUnitCode()), request);
      return decisions.saveAndFlush(decision);
    });
  }

  SignedDecision own(Long id) {
    Set<String> units = new HashSet<>(chairsOfCaller().stream().map(Chair::unitCode).toList());
    return decisions.findById(id).filter(d -> units.contains(d.getUnitCode()))
        .orElseThrow(() -> new RecordNotFoundException("Không tìm thấy quyết định số " + id));
  }

  static void requireDraft(SignedDecision decision) {
    if (decision.getState() != ListState.DRAFT) {
      throw new ConflictException("DecisionSubmitted", "Quyết định " + decision.getDecisionNumber()
          + " đã được gửi, ghi nhận; không sửa hay gửi lại được");
    }
  }

  private void fill(SignedDecision decision, Chair chair, DecisionRequest request) {
    String number = plain(request.decisionNumber(), PlainText.Lines.SINGLE, "Số quyết định (decisionNumber)");
    if (number == null || number.length() > 64) {
      throw bad("Chưa nhập số quyết định (decisionNumber), tối đa 64 ký tự");
    }
    if (request.decisionDate() == null) {
      throw bad("Chưa nhập ngày quyết định (decisionDate)");
    }
    String signer = plain(request.signer(), PlainText.Lines.SINGLE, "Người ký (signer)");
    if (signer == null || signer.length() > 255) {
      throw bad("Chưa nhập người ký (signer), tối đa 255 ký tự");
    }
    Map<String, Candidate> open = new LinkedHashMap<>();
    candidates(chair).forEach(c -> open.put(c.nominationId(), c));
    Map<String, DecisionLine> drafted = new LinkedHashMap<>();
    decision.getLines().forEach(line -> drafted.put(line.getNominationId(), line));
    List<DecisionLine> lines = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int number1 = 0;
    for (DecisionRequest.Line line : request.linesOrEmpty()) {
      number1++;
      String where = "Dòng " + number1 + " của danh sách";
      if (line == null || trimmed(line.nominationId()) == null) {
        throw bad(where + ": chưa chọn hồ sơ (nominationId)");
      }
      String id = line.nominationId().trim();
      if (!seen.add(id)) {
        throw bad(where + ": hồ sơ " + id + " đã có trong danh sách");
      }
      Candidate candidate = open.get(id);
      if (candidate == null && !drafted.containsKey(id)) {
        throw bad(where + ": hồ sơ " + id + " không có trong danh sách chờ Chủ tịch UBND " + chair.unitName()
            + " quyết định (nominationId)");
      }
      String name = candidate != null ? candidate.nomineeName()
          : nominations.findById(id).map(Nomination::getNomineeName).orElse(id);
      where = where + " (" + name + ")";
      boolean recognised = Boolean.TRUE.equals(line.recognised());
      DecisionLine.Proposals proposals = new DecisionLine.Proposals(Boolean.TRUE.equals(line.proposeUpward()),
          Boolean.TRUE.equals(line.proposeGoodDeed()), Boolean.TRUE.equals(line.proposeOutstandingCitizen()),
          Boolean.TRUE.equals(line.proposeBook()));
      if (candidate != null) {
        boolean toCity = proposals.goodDeed() || proposals.outstandingCitizen() || proposals.book();
        if (candidate.toDistrict() ? toCity : proposals.upward()) {
          throw bad(where + ": " + (candidate.toDistrict()
              ? "cấp trên là Hội đồng TĐKT quận: chỉ đề xuất, giới thiệu lên quận (proposeUpward)"
              : "cấp trên là Thành phố: đề nghị khen thưởng người tốt, việc tốt, “Công dân Thủ đô ưu tú” hoặc sách "
                  + "“Những bông hoa đẹp”, không dùng proposeUpward"));
        }
      }
      if (!recognised && proposals.any()) {
        throw bad(where + ": chỉ đề xuất lên cấp trên người, tập thể được công nhận (recognised)");
      }
      String reason = plain(line.reason(), PlainText.Lines.MULTI, where + ": lý do (reason)");
      boolean reasonNeeded = !(recognised && proposals.any());
      if (reasonNeeded && reason == null) {
        throw bad(where + ": nhập lý do không công nhận / không đề xuất lên cấp trên (reason)");
      }
      if (reason != null && reason.length() > 2000) {
        throw bad(where + ": lý do tối đa 2000 ký tự (reason)");
      }
      lines.add(new DecisionLine(decision, number1, id, recognised, proposals, reasonNeeded ? reason : null));
    }
    decision.record(number, request.decisionDate(), signer);
    decision.getLines().clear();
    entityManager.flush();
    decision.getLines().addAll(lines);
  }

  /** Text as an official typed it (NFC, trimmed), or null when empty; refused when not plain text. */
  private static String plain(String text, PlainText.Lines lines, String what) {
    if (text == null || PlainText.isBlank(text)) {
      return null;
    }
    PlainText.problem(text, lines).ifPresent(problem -> {
      throw bad(what + ": nội dung " + problem);
    });
    return PlainText.normalized(text).trim();
  }

  private static String trimmed(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  private static InvalidInputException bad(String message) {
    return new InvalidInputException("BadDecision", message);
  }

  public String unitName(String code) {
    return catalog.unit(code).map(UnitDefinition::name).orElse(code);
  }

  static String text(java.time.LocalDate day) {
    return HanoiCalendar.text(day);
  }
}
