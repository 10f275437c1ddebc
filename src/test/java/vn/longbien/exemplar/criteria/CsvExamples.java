package vn.longbien.exemplar.criteria;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reads the first column of the {@code @CsvSource} examples of a test method: by convention the ids of the rules the
 * example makes fire (space separated). Used to prove that every rule of a table has at least one example.
 */
final class CsvExamples {

  private CsvExamples() {
  }

  static Set<String> rulesNamedIn(Class<?> testClass, String... methodNames) {
    Set<String> rules = new LinkedHashSet<>();
    for (String methodName : methodNames) {
      Method method = Arrays.stream(testClass.getDeclaredMethods())
          .filter(m -> m.getName().equals(methodName))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("No method " + methodName + " in " + testClass));
      CsvSource csv = method.getAnnotation(CsvSource.class);
      if (csv == null) {
        throw new IllegalArgumentException(methodName + " has no @CsvSource");
      }
      String delimiter = !csv.delimiterString().isEmpty() ? csv.delimiterString()
          : csv.delimiter() != '\0' ? String.valueOf(csv.delimiter()) : ",";
      Stream<String> lines = csv.textBlock().isEmpty() ? Arrays.stream(csv.value()) : csv.textBlock().lines();
      lines.map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(line -> line.split(java.util.regex.Pattern.quote(delimiter), 2)[0].strip().replace("'", ""))
          .flatMap(first -> Arrays.stream(first.split("\\s+")))
          .filter(id -> !id.isEmpty())
          .forEach(rules::add);
    }
    return rules;
  }
}
