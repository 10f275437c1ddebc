package vn.longbien.exemplar.reporting;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The exemplars recognised in several years as a scenario states them, for the period report's tests (test
 * sources only): a scenario sets the answer for its own range of rounds; any other range is asked of the
 * application's own registry when there is one, else answered with none. Primary, so that the report takes it
 * in the shared test context even beside the registry.
 */
@Component
@Primary
public class ScriptedRepeatedExemplars implements RepeatedExemplars {

  private final Map<String, List<RepeatedExemplar>> answers = new ConcurrentHashMap<>();
  private final ApplicationContext context;

  ScriptedRepeatedExemplars(ApplicationContext context) {
    this.context = context;
  }

  /** What the report gets for exactly this range of rounds. */
  public void answer(int fromYear, int toYear, List<RepeatedExemplar> exemplars) {
    answers.put(fromYear + ".." + toYear, List.copyOf(exemplars));
  }

  @Override
  public List<RepeatedExemplar> recognisedInSeveralYears(int fromYear, int toYear) {
    List<RepeatedExemplar> scripted = answers.get(fromYear + ".." + toYear);
    if (scripted != null) {
      return scripted;
    }
    return context.getBeansOfType(RepeatedExemplars.class).values().stream()
        .filter(registry -> registry != this)
        .findFirst()
        .map(registry -> registry.recognisedInSeveralYears(fromYear, toYear))
        .orElse(List.of());
  }
}
