package vn.longbien.exemplar.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.longbien.exemplar.calendar.HanoiCalendar;
import vn.longbien.exemplar.forms.TaskFormTexts;
import vn.longbien.exemplar.nomination.GeneralCriterion;
import vn.longbien.exemplar.nomination.Nomination;
import vn.longbien.exemplar.nomination.NominationDecision;
import vn.longbien.exemplar.nomination.NominationDecisionRepository;
import vn.longbien.exemplar.nomination.NominationQueries;
import vn.longbien.exemplar.nomination.NomineeKind;
import vn.longbien.exemplar.nomination.Objection;
import vn.longbien.exemplar.nomination.ObjectionRepository;
import vn.longbien.exemplar.nomination.PublicPostingPeriod;
import vn.longbien.exemplar.nomination.PublicPostingRepository;
import vn.longbien.exemplar.organisation.OrganisationCatalog;
import vn.longbien.exemplar.organisation.ReviewLevel;

/**
 * The dossier as the reviewers read it in their task forms, composed from the application's records when the form
 * is served: the nomination, its earlier rounds (registry of exemplars), the entry check, each public posting and
 * the objections received, and every step's decision with its sentence, level by level. The forms'
 * text components name what they show as placeholders: {@code {{dossier}}}, {@code {{reviewUnitName}}},
 * {@code {{objectionCount}}} (objections at the reviewing unit), {@code {{eligibilityReasons}}}. What the officials
 * wrote is Markdown-escaped.
 */
@Component
public class ReviewDossier implements TaskFormTexts {

  static final String DOSSIER = "dossier";
  static final String REVIEW_UNIT_NAME = "reviewUnitName";
  static final String OBJECTION_COUNT = "objectionCount";
  static final String ELIGIBILITY_REASONS = "eligibilityReasons";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z]+)\\s*}}");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final NominationQueries nominations;
  private final NominationDecisionRepository decisions;
  private final PublicPostingRepository postings;
  private final ObjectionRepository objections;
  private final OrganisationCatalog organisation;
  private final ExemplarHistory history;

  public ReviewDossier(NominationQueries nominations, NominationDecisionRepository decisions,
      PublicPostingRepository postings, ObjectionRepository objections, OrganisationCatalog organisation,
      ExemplarHistory history) {
    this.nominations = nominations;
    this.decisions = decisions;
    this.postings = postings;
    this.objections = objections;
    this.organisation = organisation;
    this.history = history;
  }

  @Override
  @Transactional(readOnly = true)
  public InputStream served(String nominationId, String reviewUnit, InputStream deployed) {
    byte[] form = bytes(deployed);
    Optional<Nomination> nomination = nominationId == null ? Optional.empty() : nominations.findById(nominationId);
    if (nomination.isEmpty()) {
      return new ByteArrayInputStream(form);
    }
    try {
      JsonNode root = JSON.readTree(form);
      if (root == null || !root.isObject()) {
        return new ByteArrayInputStream(form);
      }
      Map<String, String> texts = texts(nomination.get(), reviewUnit);
      boolean changed = fill(root, texts);
      return new ByteArrayInputStream(changed ? JSON.writeValueAsBytes(root) : form);
    } catch (IOException notJson) {
      return new ByteArrayInputStream(form);
    }
  }

  /** The placeholders' texts for the nomination at the reviewing unit (Markdown). */
  public Map<String, String> texts(Nomination nomination, String reviewUnit) {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put(DOSSIER, dossier(nomination));
    texts.put(REVIEW_UNIT_NAME, reviewUnit == null ? "" : escape(unitName(reviewUnit)));
    texts.put(OBJECTION_COUNT, String.valueOf(reviewUnit == null ? 0
        : objections.findByNominationIdOrderByReceivedAtAscIdAsc(nomination.getId()).stream()
            .filter(objection -> reviewUnit.equals(objection.getReviewUnit())).count()));
    texts.put(ELIGIBILITY_REASONS, escape(String.join("; ", nomination.getEligibilityReasons())));
    return texts;
  }

  /**
   * The whole dossier: the nomination, its earlier rounds and entry check, then each level in the order of the chain
   * (ward, district, city): its public posting, the objections received at its unit, its decisions in the order they
   * were recorded. The order is the records', not their timestamps' (an engine clock moved into a round must not
   * reorder them).
   */
  public String dossier(Nomination nomination) {
    List<String> sections = new ArrayList<>();
    sections.add(section("Hồ sơ đề cử", nominationLines(nomination)));
    List<String> earlier = history.earlierNominations(nomination.getId());
    if (!earlier.isEmpty()) {
      sections.add(section("Các lần đề cử trước của đối tượng này", earlier.stream().map(ReviewDossier::escape).toList()));
    }
    if (nomination.getEligibility() != null) {
      sections.add(section("Kiểm tra điều kiện, tiêu chuẩn", lines(
          "Kết quả: " + nomination.getEligibility().label().toLowerCase(Locale.ROOT),
          nomination.getEligibilityReasons().isEmpty() ? null
              : "Lý do: " + escape(String.join("; ", nomination.getEligibilityReasons())))));
    }
    List<PublicPostingPeriod> postingsOf = postings.findByNominationIdOrderByStartsOnAscIdAsc(nomination.getId());
    List<Objection> objectionsOf = objections.findByNominationIdOrderByReceivedAtAscIdAsc(nomination.getId());
    List<NominationDecision> decisionsOf = decisions.findByNominationIdOrderByDecidedAtAscIdAsc(nomination.getId()).stream()
        .sorted(Comparator.comparing(NominationDecision::getId, Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
    List<String> levels = new ArrayList<>(Arrays.stream(ReviewLevel.values()).map(ReviewLevel::code).toList());
    levels.add(null);
    for (String level : levels) {
      List<String> units = new ArrayList<>();
      for (PublicPostingPeriod posting : postingsOf) {
        if (Objects.equals(level, posting.getLevel())) {
          units.add(posting.getReviewUnit());
          sections.add(section("Công khai tại " + escape(unitName(posting.getReviewUnit())),
              List.of("Từ ngày " + HanoiCalendar.text(posting.getStartsOn()) + ", " + posting.getWorkingDays()
                  + " ngày làm việc; Hội đồng họp từ ngày " + HanoiCalendar.text(posting.getEndsOn()))));
        }
      }
      int number = 0;
      for (Objection objection : objectionsOf) {
        if (units.contains(objection.getReviewUnit())) {
          sections.add(section("Ý kiến phản ánh số " + (++number) + " trong thời gian công khai tại "
              + escape(unitName(objection.getReviewUnit())), lines(
                  "Người gửi: " + escape(objection.sender()),
                  "Nội dung: " + escape(objection.getContent()),
                  objection.isComplaint() ? "Là " + Objection.COMPLAINT_HOLDS : null)));
        }
      }
      for (NominationDecision decision : decisionsOf) {
        boolean known = decision.getLevel() != null && levels.contains(decision.getLevel());
        if (known ? Objects.equals(level, decision.getLevel()) : level == null) {
          String where = decision.getReviewUnit() == null ? ReviewLevel.CITY.label() : unitName(decision.getReviewUnit());
          sections.add(section(decision.getKind().label() + " — " + escape(where), lines(escape(decision.getSummary()))));
        }
      }
    }
    return String.join("\n\n", sections);
  }

  private List<String> nominationLines(Nomination nomination) {
    String movementName = organisation.movement(nomination.getMovement())
        .map(OrganisationCatalog.MovementDefinition::name)
        .orElse(nomination.getMovement());
    return lines(
        "Mã hồ sơ: " + escape(nomination.getId()) + " — năm " + nomination.getRoundYear(),
        nomination.isAcceptedLate()
            ? "Nộp sau hạn của đợt, được " + escape(nomination.getLateAcceptedBy()) + " chấp nhận ngày "
                + HanoiCalendar.text(nomination.getLateAcceptedAt().atZone(HanoiCalendar.ZONE).toLocalDate())
            : null,
        "Đối tượng: " + NomineeKind.labelOf(nomination.getNomineeKind()) + " — **" + escape(nomination.getNomineeName()) + "**",
        nomination.getBirthYear() == null ? null : "Năm sinh: " + nomination.getBirthYear(),
        nomination.getGender() == null ? null : "Giới tính: " + ("nu".equals(nomination.getGender()) ? "Nữ" : "Nam"),
        nomination.getPositionTitle() == null ? null : "Chức vụ: " + escape(nomination.getPositionTitle()),
        nomination.getWorkplace() == null ? null : "Nơi công tác: " + escape(nomination.getWorkplace()),
        nomination.getWardOrUnit() == null ? null : "Phường / đơn vị: " + escape(nomination.getWardOrUnit()),
        "Đơn vị đề cử: " + escape(unitName(nomination.getNominatingUnit())),
        "Phong trào: " + escape(movementName),
        "Thành tích: " + escape(nomination.getAchievements()),
        "Tiêu chuẩn chung đáp ứng (" + nomination.getGeneralCriteria().size() + "/" + GeneralCriterion.values().length
            + "): " + escape(String.join("; ", nomination.getGeneralCriteria().stream()
                .map(code -> GeneralCriterion.ofCode(code).map(GeneralCriterion::label).orElse(code)).toList())),
        "Tiêu chí cụ thể đáp ứng: " + escape(String.join(", ", nomination.getSpecificCriteria())),
        "Đang bị xem xét kỷ luật, thanh tra: " + (nomination.isDisciplinePending() ? "Có" : "Không"),
        "Đang có khiếu nại, tố cáo chưa giải quyết: " + (nomination.isComplaintPending() ? "Có" : "Không"));
  }

  private String unitName(String code) {
    return code == null ? "" : organisation.unit(code).map(OrganisationCatalog.UnitDefinition::name).orElse(code);
  }

  /** Fills the placeholders this class knows in the form's text components; other placeholders stay. */
  private static boolean fill(JsonNode container, Map<String, String> texts) {
    boolean changed = false;
    for (JsonNode component : container.path("components")) {
      if (component instanceof ObjectNode object) {
        if ("text".equals(object.path("type").asText()) && object.path("text").isTextual()) {
          String text = object.get("text").asText();
          Matcher matcher = PLACEHOLDER.matcher(text);
          StringBuilder filled = new StringBuilder();
          boolean any = false;
          while (matcher.find()) {
            String value = texts.get(matcher.group(1));
            any |= value != null;
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value == null ? matcher.group() : value));
          }
          matcher.appendTail(filled);
          if (any) {
            object.put("text", filled.toString());
            changed = true;
          }
        }
        changed |= fill(object, texts);
      }
    }
    return changed;
  }

  private static String section(String heading, List<String> lines) {
    StringBuilder text = new StringBuilder("#### ").append(heading);
    lines.forEach(line -> text.append("\n- ").append(line));
    return text.toString();
  }

  private static List<String> lines(String... lines) {
    List<String> kept = new ArrayList<>();
    for (String line : lines) {
      if (line != null && !line.isBlank()) {
        kept.add(line);
      }
    }
    return kept;
  }

  /**
   * Text an official or a nominating unit wrote, shown as written: the characters that mark up Markdown inline or
   * open a template of the form are escaped, line breaks become spaces (one list item per entry). Every such text
   * follows a fixed label on its line, so no line starts with it.
   */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder escaped = new StringBuilder(text.length());
    for (char c : text.replaceAll("\\s*\\R\\s*", " ").toCharArray()) {
      if ("\\`*_{}[]<>|~".indexOf(c) >= 0) {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }

  private static byte[] bytes(InputStream deployed) {
    try (deployed) {
      return deployed.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
