package vn.longbien.exemplar.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's parameters, as system properties ({@code -Dbenchmark.nominations=200} on the Maven
 * command line), with the defaults: 12,600 nominations (126 wards × 100), 20,000 open tasks; and at most 20
 * nominees on a council meeting's agenda or a chairman's decision in the variant by list (issue #18), which
 * {@code -Dbenchmark.byList=false} leaves out (the chain task by task against the bare engine only).
 */
record Parameters(
    int nominations, int runs, int threads, int openTasks, int samples, int warmUp, int listSize, boolean byList,
    Path report) {

  static final String COMMAND = "./mvnw -B -Pbenchmark verify";

  static Parameters fromSystemProperties() {
    return new Parameters(
        number("benchmark.nominations", 12_600), number("benchmark.runs", 3), number("benchmark.threads", 4),
        number("benchmark.openTasks", 20_000), number("benchmark.samples", 500), number("benchmark.warmUp", 50),
        number("benchmark.listSize", 20), !"false".equals(System.getProperty("benchmark.byList")), Path.of(System.getProperty("benchmark.report", "docs/BENCHMARKS.md")));
  }

  /** The command that reproduces this run: the documented one plus every parameter given. */
  String command() {
    List<String> given = new ArrayList<>(List.of(COMMAND));
    for (String name : List.of("nominations", "runs", "threads", "openTasks", "samples", "warmUp", "listSize", "byList")) {
      String value = System.getProperty("benchmark." + name);
      if (value != null) {
        given.add("-Dbenchmark." + name + "=" + value);
      }
    }
    return String.join(" ", given);
  }

  private static int number(String name, int fallback) {
    int value = Integer.parseInt(System.getProperty(name, String.valueOf(fallback)));
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, not " + value);
    }
    return value;
  }
}
