package vn.longbien.exemplar.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.junit.jupiter.api.Test;
import vn.longbien.exemplar.reporting.PlanPeriods.Period;

/**
 * The plan's period is what the {@code yearly-targets} table states in the year ranges of its rules, not a year
 * written in code: the shipped table's [2023..2025], and whatever period a table edited in Modeler states.
 */
class PlanPeriodsTest {

  private static final Path TABLE = Path.of("dmn", "yearly-targets.dmn");

  @Test
  void theShippedTableStatesThePlansPeriod() throws IOException {
    assertThat(PlanPeriods.periods(model(shipped()), "yearly-targets")).containsExactly(new Period(2023, 2025));
  }

  @Test
  void aTableWithTheNextPlansRangesStatesThatPeriod() throws IOException {
    String edited = shipped().replace("[2023..2025]", "[2026..2030]").replace("&gt;= 2026", "&gt;= 2031");

    assertThat(PlanPeriods.periods(model(edited), "yearly-targets")).containsExactly(new Period(2026, 2030));
  }

  @Test
  void theReportsDefaultIsTheLatestPeriodThatHasBegun() {
    List<Period> periods = List.of(new Period(2023, 2025), new Period(2026, 2030));

    assertThat(PlanPeriods.current(periods, 2024)).contains(new Period(2023, 2025));
    assertThat(PlanPeriods.current(periods, 2027)).contains(new Period(2026, 2030));
    assertThat(PlanPeriods.current(periods, 2040)).contains(new Period(2026, 2030));
    assertThat(PlanPeriods.current(periods, 2020)).as("before any period: the first").contains(new Period(2023, 2025));
    assertThat(PlanPeriods.current(List.of(), 2024)).isEmpty();
  }

  private static String shipped() throws IOException {
    return Files.readString(TABLE, StandardCharsets.UTF_8);
  }

  private static DmnModelInstance model(String xml) {
    return Dmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}
