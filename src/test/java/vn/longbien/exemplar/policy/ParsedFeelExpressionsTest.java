package vn.longbien.exemplar.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/**
 * The application's FEEL engine parses each expression of a table once, and decides exactly as Camunda's own: each
 * evaluation by its own inputs, a broken entry failing every time with the same message. (Every table of
 * {@code dmn/} is also specified with it: {@code criteria/DecisionTables}.)
 */
class ParsedFeelExpressionsTest {

  /** Members present against a FEEL range and comparison, and an output computed in FEEL from the input. */
  private static final String TABLE = """
      <?xml version="1.0" encoding="UTF-8"?>
      <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="thu" name="Thử" namespace="http://camunda.org/schema/1.0/dmn">
        <decision id="quorum" name="Số thành viên có mặt">
          <decisionTable id="table" hitPolicy="FIRST">
            <input id="present" label="Có mặt">
              <inputExpression id="presentExpression" typeRef="integer"><text>present</text></inputExpression>
            </input>
            <output id="verdict" name="verdict" typeRef="string" />
            <output id="missing" name="missing" typeRef="integer" />
            <rule id="few">
              <inputEntry id="fewEntry"><text>[0..5]</text></inputEntry>
              <outputEntry id="fewVerdict"><text>"thiếu"</text></outputEntry>
              <outputEntry id="fewMissing" expressionLanguage="feel"><text>6 - present</text></outputEntry>
            </rule>
            <rule id="enough">
              <inputEntry id="enoughEntry"><text>&gt;= 6</text></inputEntry>
              <outputEntry id="enoughVerdict"><text>"đủ"</text></outputEntry>
              <outputEntry id="enoughMissing" expressionLanguage="feel"><text>0</text></outputEntry>
            </rule>
          </decisionTable>
        </decision>
      </definitions>
      """;

  private final DmnEngine camunda = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private final DmnEngine application = applicationEngine();

  @Test
  void eachEvaluationIsDecidedByItsOwnInputsWhenTheParsedEntriesAreReused() {
    DmnDecision decision = parse(application, TABLE);

    String first = verdict(application, decision, 3) + "/" + missing(application, decision, 3);
    String second = verdict(application, decision, 9) + "/" + missing(application, decision, 9);
    String third = verdict(application, decision, 4) + "/" + missing(application, decision, 4);

    assertThat(first).isEqualTo("thiếu/3");
    assertThat(second).isEqualTo("đủ/0");
    assertThat(third).isEqualTo("thiếu/2");
  }

  @Test
  void everyInputIsDecidedAsCamundasOwnFeelEngineDecidesIt() {
    DmnDecision ours = parse(application, TABLE);
    DmnDecision theirs = parse(camunda, TABLE);

    for (int present = 0; present <= 12; present++) {
      assertThat(application.evaluateDecisionTable(ours, Variables.createVariables().putValue("present", present))
          .getSingleResult().getEntryMap())
          .as("%d present", present)
          .isEqualTo(camunda.evaluateDecisionTable(theirs, Variables.createVariables().putValue("present", present))
              .getSingleResult().getEntryMap());
    }
  }

  @Test
  void anEntryThatDoesNotParseFailsEveryEvaluationWithTheMessageCamundaGives() {
    String broken = TABLE.replace("[0..5]", "[0..");
    DmnDecision ours = parse(application, broken);
    DmnDecision theirs = parse(camunda, broken);

    Throwable expected = catchThrowable(() -> verdict(camunda, theirs, 3));
    Throwable first = catchThrowable(() -> verdict(application, ours, 3));
    Throwable second = catchThrowable(() -> verdict(application, ours, 3));

    assertThat(expected).isNotNull();
    assertThat(first).isInstanceOf(expected.getClass()).hasMessage(expected.getMessage());
    assertThat(second).isInstanceOf(expected.getClass()).hasMessage(expected.getMessage());
  }

  private static DmnEngine applicationEngine() {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.feelEngineFactory(ParsedFeelExpressions.factoryFor(configuration));
    return configuration.buildEngine();
  }

  private static DmnDecision parse(DmnEngine engine, String xml) {
    return engine.parseDecision("quorum", new ByteArrayInputStream(xml.strip().getBytes(StandardCharsets.UTF_8)));
  }

  private static String verdict(DmnEngine engine, DmnDecision decision, int present) {
    return engine.evaluateDecisionTable(decision, Variables.createVariables().putValue("present", present))
        .getSingleResult().getEntry("verdict");
  }

  private static Object missing(DmnEngine engine, DmnDecision decision, int present) {
    Object value = engine.evaluateDecisionTable(decision, Variables.createVariables().putValue("present", present))
        .getSingleResult().getEntry("missing");
    return value instanceof Number n ? n.intValue() : value;
  }
}
