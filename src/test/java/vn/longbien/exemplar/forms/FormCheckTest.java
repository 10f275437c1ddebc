package vn.longbien.exemplar.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import vn.longbien.exemplar.forms.FormCheck.Mode;
import vn.longbien.exemplar.forms.FormDataRefusedException.FieldError;

/** What a step's form accepts, checked on the forms of {@code forms/} as deployed. */
class FormCheckTest {

  private static final Map<String, Object> NO_VARIABLES = Map.of();

  @Test
  void aCouncilVoteAsTheFormSendsItIsAccepted() {
    assertThat(FormCheck.check(form("council-review"), vote(), names -> NO_VARIABLES, Mode.SUBMIT)).isEqualTo(vote());
  }

  @Test
  void aVariableTheFormDoesNotHaveIsRefusedByName() {
    Map<String, Object> rerouted = new HashMap<>(vote());
    rerouted.put("reviewUnit", "phuong-viethung");
    rerouted.put("nomineeName", "Tên đã bị đổi");

    assertThat(refusal(form("council-review"), rerouted, NO_VARIABLES))
        .extracting(FieldError::field).containsExactlyInAnyOrder("reviewUnit", "nomineeName");
  }

  @Test
  void aFieldTheFormHidesForTheChosenActionIsRefused() {
    Map<String, Object> both = new HashMap<>(vote());
    both.put("evidenceRequest", "Bản sao giấy khen");

    assertThat(refusal(form("council-review"), both, NO_VARIABLES))
        .containsExactly(new FieldError("evidenceRequest", "không áp dụng với dữ liệu đã nhập (trường này bị ẩn trên biểu mẫu)"));
  }

  @Test
  void boundsWrittenAsExpressionsAreEvaluatedOnTheSubmittedData() {
    Map<String, Object> present = new HashMap<>(vote());
    present.put("councilMembersPresent", 16);

    assertThat(refusal(form("council-review"), present, NO_VARIABLES))
        .containsExactly(new FieldError("councilMembersPresent", "không được lớn hơn 15"));
  }

  @Test
  void aNumberThatMustBeWholeIsRefusedWithDecimals() {
    Map<String, Object> half = new HashMap<>(vote());
    half.put("councilMembersTotal", 15.5);

    assertThat(refusal(form("council-review"), half, NO_VARIABLES)).extracting(FieldError::field)
        .contains("councilMembersTotal");
  }

  @Test
  void aValueOutsideTheOptionsIsRefused() {
    Map<String, Object> approve = new HashMap<>(vote());
    approve.put("councilAction", "approve");

    assertThat(refusal(form("council-review"), approve, NO_VARIABLES))
        .contains(new FieldError("councilAction", "phải là một trong: vote, return"));
  }

  @Test
  void aRequiredFieldThatIsShownMustBeSubmittedButNotWhenOnlySettingSomeFields() {
    Map<String, Object> noDate = new HashMap<>(vote());
    noDate.remove("councilMeetingDate");

    assertThat(refusal(form("council-review"), noDate, NO_VARIABLES)).extracting(FieldError::field)
        .containsExactly("councilMeetingDate");
    assertThat(FormCheck.check(form("council-review"), Map.of("councilComments", "Đang xem xét"),
        names -> Map.of("councilAction", "vote"), Mode.PARTIAL)).containsOnlyKeys("councilComments");
  }

  @Test
  void aDateMustBeADate() {
    Map<String, Object> notADate = new HashMap<>(vote());
    notADate.put("councilMeetingDate", "31/02/2027");

    assertThat(refusal(form("council-review"), notADate, NO_VARIABLES)).extracting(FieldError::field)
        .containsExactly("councilMeetingDate");
  }

  @Test
  void textIsCheckedAndStoredInNfc() {
    Map<String, Object> comments = new HashMap<>(vote());
    comments.put("councilComments", Variables.stringValue("Nguye\u0302\u0303n Văn A tiêu biểu"));

    Map<String, Object> accepted = FormCheck.check(form("council-review"), comments, names -> NO_VARIABLES, Mode.SUBMIT);

    assertThat(Variables.stringValue("Nguyễn Văn A tiêu biểu")).isEqualTo(accepted.get("councilComments"));
    comments.put("councilComments", "Thông qua\u0000");
    assertThat(refusal(form("council-review"), comments, NO_VARIABLES))
        .containsExactly(new FieldError("councilComments", "chứa ký tự điều khiển U+0000, không được phép"));
  }

  @Test
  void aChairmanBelowTheCityProposesUpwardAndNotToTheCity() {
    Map<String, Object> decision = Map.of("recognised", true, "proposeGoodDeed", true, "decisionNumber", "12/QĐ-UBND",
        "decisionDate", "2027-01-12");

    FormDataRefusedException refused = catchRefusal(form("chairman-decision"), decision, Map.of("upperLevel", "quan"));

    assertThat(refused.errors()).extracting(FieldError::field).contains("proposeGoodDeed").doesNotContain("proposeUpward");
    assertThat(refused.applicableFields()).containsExactly("recognised", "proposeUpward", "decisionNumber", "decisionDate",
        "decisionReason");
  }

  @Test
  void aChairmanWhoseProposalsGoToTheCityCannotProposeToTheDistrict() {
    // The two-tier chain (ward → city) and the district level alike: upperLevel is the city.
    Map<String, Object> decision = Map.of("recognised", true, "proposeUpward", true, "decisionNumber", "12/QĐ-UBND",
        "decisionDate", "2027-01-12");

    FormDataRefusedException refused = catchRefusal(form("chairman-decision"), decision, Map.of("upperLevel", "thanh-pho"));

    assertThat(refused.errors()).extracting(FieldError::field).contains("proposeUpward")
        .doesNotContain("proposeGoodDeed", "proposeOutstandingCitizen", "proposeBook");
    assertThat(refused.getMessage()).contains("proposeGoodDeed, proposeOutstandingCitizen, proposeBook");
  }

  @Test
  void aChecklistTakesOnlyTheOptionsTheStepOffers() {
    Map<String, Object> correction = Map.of("correctionAction", "resubmit", "achievements", "Bổ sung thành tích",
        "criterionTc1", true, "specificCriteria", SpinValues.jsonValue("[\"gddt-1\",\"khong-co\"]").create());
    Map<String, Object> offered = Map.of("specificCriteriaOptions",
        SpinValues.jsonValue("[{\"value\":\"gddt-1\",\"label\":\"Tiêu chí 1\"}]").create());

    assertThat(refusal(form("nomination-correction"), correction, offered)).extracting(FieldError::field)
        .containsExactly("specificCriteria");
  }

  @Test
  void aStepWithoutFieldsTakesNoData() {
    assertThat(refusal(form("round-notice"), Map.of("roundYear", 2030), NO_VARIABLES)).extracting(FieldError::field)
        .containsExactly("roundYear");
  }

  private static List<FieldError> refusal(FormSchema form, Map<String, Object> submitted, Map<String, Object> variables) {
    return catchRefusal(form, submitted, variables).errors();
  }

  private static FormDataRefusedException catchRefusal(
      FormSchema form, Map<String, Object> submitted, Map<String, Object> variables) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
        () -> FormCheck.check(form, submitted, names -> variables, Mode.SUBMIT));
    assertThat(thrown).isInstanceOf(FormDataRefusedException.class);
    return (FormDataRefusedException) thrown;
  }

  private static Map<String, Object> vote() {
    return Map.of("councilAction", "vote", "councilMeetingDate", "2027-01-10", "councilMembersTotal", 15,
        "councilMembersPresent", 13, "councilVotesInFavour", 12, "councilVotesAgainst", 1);
  }

  private static FormSchema form(String id) {
    try {
      return FormSchema.parse(new ClassPathResource("forms/" + id + ".form").getInputStream());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
