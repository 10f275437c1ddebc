package vn.longbien.exemplar.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.RoundClock;
import vn.longbien.exemplar.support.TestData;

/**
 * The correction form's checklist submits a JSON array: the application stores JSON variables (Spin) and
 * still refuses variables sent in Java-serialized form, as a REST client or a form would send them.
 */
@ApplicationTest
class ChecklistVariablesApplicationTest {

  @Autowired private RuntimeService runtimeService;

  @Test
  void checklistJsonIsStoredWhileJavaSerializedObjectsStayRefused() {
    int year = TestData.sharedRound();
    ProcessInstance review = RoundClock.inRound(year, () ->
        runtimeService.startProcessInstanceByKey(
            "nomination-review",
            Variables.createVariables()
                .putValue("nominatingUnit", "phuong-viethung").putValue("roundYear", (long) year)
                .putValue("nomineeKind", "tap-the").putValue("nomineeName", "Tổ dân phố số 7")
                .putValue("movement", "chung").putValue("achievements", "Xây dựng tuyến phố văn minh")
                .putValue("criterionTc1", true)
                .putValue("disciplinePending", false).putValue("complaintPending", false)));

    runtimeService.setVariable(review.getId(), "specificCriteria", SpinValues.jsonValue("[\"gddt-1\"]").create());
    assertThat(((SpinJsonNode) runtimeService.getVariable(review.getId(), "specificCriteria")).elements())
        .extracting(SpinJsonNode::stringValue).containsExactly("gddt-1");
    assertThatThrownBy(
            () -> runtimeService.setVariable(
                review.getId(), "smuggled",
                Variables.serializedObjectValue("rO0ABXNyABNqYXZhLnV0aWwuQXJyYXlMaXN0")
                    .serializationDataFormat(SerializationDataFormats.JAVA).objectTypeName("java.util.ArrayList").create()))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Java serialization");
  }
}
