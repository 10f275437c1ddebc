package vn.longbien.exemplar.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Every measured number of one benchmark run, printed as a table and written into docs/BENCHMARKS.md
 * between the results markers (the rest of that file, the method and the analysis, is kept).
 */
record Results(
    Parameters parameters, Machine machine, String loadBefore, String postgresVersion, List<Run> runs,
    List<TableScans.SeqScan> chainScans,
    int seededNominations, Duration seeding, long openTasks, QueryLatencies.Measured groupTasks,
    QueryLatencies.Measured timeline, Machine.Memory memory) {

  static final String START = "<!-- benchmark results: start (written by CityRoundBenchmark) -->";
  static final String END = "<!-- benchmark results: end -->";

  static final int FULL_ROUND = 12_600;
  static final double TARGET_RATIO = 1.5;
  static final Duration TARGET_ROUND = Duration.ofMinutes(10);
  static final double TARGET_GROUP_P95_MS = 50;
  static final double TARGET_TIMELINE_P95_MS = 100;
  static final int TARGET_OPEN_TASKS = 20_000;

  /**
   * One measured run: the same number of nominations through our chain task by task, through our chain with the
   * councils and chairmen working by meeting and decision (issue #18), and through the bare model.
   */
  /** One measured run; {@code byList} is null when the variant by meeting and decision was left out. */
  record Run(int number, Duration ours, Duration byList, Duration bare) {}

  Duration medianOurs() {
    return median(runs.stream().map(Run::ours).toList());
  }

  Duration medianByList() {
    return median(runs.stream().map(Run::byList).toList());
  }

  Duration medianBare() {
    return median(runs.stream().map(Run::bare).toList());
  }

  /** Our time per nomination over the bare engine's, both medians of the runs, same N and threads. */
  double ratio() {
    return seconds(medianOurs()) / seconds(medianBare());
  }

  void print() {
    System.out.println();
    System.out.println("==== City round benchmark (issue #11) ====");
    System.out.println(markdown());
  }

  void writeInto(Path report) {
    try {
      String existing = Files.exists(report) ? Files.readString(report, StandardCharsets.UTF_8) : "# Benchmarks\n\n";
      int start = existing.indexOf(START);
      int end = existing.indexOf(END);
      String block = START + "\n\n" + markdown() + "\n" + END;
      String updated = start >= 0 && end > start
          ? existing.substring(0, start) + block + existing.substring(end + END.length())
          : existing + "\n" + block + "\n";
      if (report.getParent() != null) {
        Files.createDirectories(report.getParent());
      }
      Files.writeString(report, updated, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + report, e);
    }
  }

  String markdown() {
    int n = parameters.nominations();
    StringBuilder md = new StringBuilder();
    md.append("### Last run: ").append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
        .append("\n\n");
    md.append("- Command: `").append(parameters.command()).append("`\n");
    md.append("- Machine: ").append(machine.processors()).append(" processors (").append(machine.cpu()).append("), ")
        .append(machine.memory()).append(" RAM, ").append(machine.os()).append("\n");
    md.append("- Java: ").append(machine.java()).append("; PostgreSQL ").append(postgresVersion)
        .append(" (embedded, same machine); Camunda history level full, authorization checks on\n");
    md.append("- Load average (1/5/15 min) at the start: ").append(loadBefore).append("; at the end: ")
        .append(machine.loadAverage()).append("\n");
    md.append("- Parameters: ").append(n).append(" nominations per run, ").append(parameters.runs()).append(" run(s), ")
        .append(parameters.threads()).append(" worker threads, ").append(parameters.openTasks())
        .append(" open tasks for the queries, ").append(parameters.samples()).append(" samples per query after ")
        .append(parameters.warmUp()).append(" warm-up calls\n\n");

    md.append("#### 1–2. Full chain against the bare engine\n\n");
    md.append("| run | our chain | nominations/s | task completions/s | bare engine | nominations/s | task completions/s | ratio |\n");
    md.append("|---|---|---|---|---|---|---|---|\n");
    for (Run run : runs) {
      md.append(row(String.valueOf(run.number()), run.ours(), run.bare(), n));
    }
    md.append(row("**median**", medianOurs(), medianBare(), n));
    if (parameters.byList()) {
      listedSection(md, n);
    }
    md.append("\nTables read sequentially during run 1 of our chain (task by task):\n\n| table | sequential scans | rows read |\n|---|---|---|\n");
    chainScans.forEach(scan -> md.append(scanRow(scan)));
    md.append("\n");

    md.append("#### 3. Queries through REST at ").append(openTasks).append(" open tasks\n\n");
    md.append("Open tasks seeded: ").append(seededNominations).append(" nominations submitted and moved to their ward council in ")
        .append(format(seeding)).append(".\n\n");
    md.append("| query | samples | p50 | p95 | p99 | max |\n|---|---|---|---|---|---|\n");
    md.append(latencyRow("group's tasks by due date, first page (`GET /engine-rest/task`)", groupTasks.latency()));
    md.append(latencyRow("timeline of one nomination (`GET /api/audit/nominations/{id}`)", timeline.latency()));
    md.append("\nTables read sequentially while sampling (PostgreSQL `pg_stat_user_tables`, reset before the samples):\n\n");
    md.append("| query | table | sequential scans | rows read |\n|---|---|---|---|\n");
    seqScanRows(md, "group's tasks", groupTasks);
    seqScanRows(md, "timeline", timeline);
    md.append("\n");

    md.append("#### 4. Memory of the benchmark JVM (application, engine and client) after the run\n\n");
    md.append("| heap used after GC | heap committed | heap max | RSS | peak RSS (VmHWM) |\n|---|---|---|---|---|\n");
    md.append("| ").append(Machine.megabytes(memory.heapUsedAfterGc())).append(" | ").append(Machine.megabytes(memory.heapCommitted()))
        .append(" | ").append(Machine.megabytes(memory.heapMax())).append(" | ").append(memory.rss()).append(" | ")
        .append(memory.peakRss()).append(" |\n\n");

    md.append("#### Targets\n\n| target | measured | met |\n|---|---|---|\n");
    md.append(target("ratio to the bare engine ≤ " + TARGET_RATIO, String.format(Locale.ROOT, "%.2f", ratio()), ratio() <= TARGET_RATIO));
    md.append(roundTarget());
    md.append(queryTarget("p95 group's tasks ≤ " + (int) TARGET_GROUP_P95_MS + " ms", groupTasks, TARGET_GROUP_P95_MS));
    md.append(queryTarget("p95 timeline ≤ " + (int) TARGET_TIMELINE_P95_MS + " ms", timeline, TARGET_TIMELINE_P95_MS));
    return md.toString();
  }

  /** The query targets hold at 20,000 open tasks; a smaller database says nothing about them. */
  private String queryTarget(String label, QueryLatencies.Measured measured, double targetMs) {
    String p95 = ms(measured.latency().p95());
    if (parameters.openTasks() < TARGET_OPEN_TASKS) {
      return "| " + label + " at " + TARGET_OPEN_TASKS + " open tasks | " + p95 + " at " + parameters.openTasks()
          + " open tasks | not measured at that size |\n";
    }
    return target(label, p95, measured.latency().p95() <= targetMs);
  }

  private String roundTarget() {
    String label = "full round of " + FULL_ROUND + " nominations ≤ " + TARGET_ROUND.toMinutes() + " min";
    if (parameters.nominations() < FULL_ROUND) {
      double projected = seconds(medianOurs()) / parameters.nominations() * FULL_ROUND;
      return "| " + label + " | not measured at that size: " + parameters.nominations() + " took " + format(medianOurs())
          + " (at that rate " + FULL_ROUND + " would take " + format(Duration.ofMillis((long) (projected * 1000)))
          + ", an extrapolation) | not measured |\n";
    }
    return target(label, format(medianOurs()) + " for " + parameters.nominations(),
        seconds(medianOurs()) / parameters.nominations() * FULL_ROUND <= TARGET_ROUND.toSeconds());
  }

  private static String target(String label, String measured, boolean met) {
    return "| " + label + " | " + measured + " | " + (met ? "yes" : "**no**") + " |\n";
  }

  private static void seqScanRows(StringBuilder md, String query, QueryLatencies.Measured measured) {
    if (measured.seqScans().isEmpty()) {
      md.append("| ").append(query).append(" | (none) | 0 | 0 |\n");
    }
    measured.seqScans().forEach(scan -> md.append("| ").append(query).append(" ").append(scanRow(scan)));
  }

  private static String scanRow(TableScans.SeqScan scan) {
    return "| `" + scan.table() + "` | " + scan.scans() + " | " + scan.rowsRead() + " |\n";
  }

  private static String row(String label, Duration ours, Duration bare, int n) {
    return "| " + label + " | " + format(ours) + " | " + rate(n, ours) + " | " + rate(n * ReviewChains.USER_TASKS, ours)
        + " | " + format(bare) + " | " + rate(n, bare) + " | " + rate(n * ReviewChains.USER_TASKS, bare) + " | "
        + String.format(Locale.ROOT, "%.2f", seconds(ours) / seconds(bare)) + " |\n";
  }

  /** Variant 1b, when it ran. */
  private void listedSection(StringBuilder md, int n) {
    md.append("\n#### 1b. Councils and chairmen by meeting and decision, beside the chain task by task\n\n");
    md.append("The same chain and form data, in cohorts of at most ").append(parameters.listSize())
        .append(" nominations of one ward: per ward and at the district, one council meeting and one chairman's ")
        .append("decision over each cohort (`CouncilMeetings`, `MeetingSubmission`, `ChairmanDecisions`, ")
        .append("`DecisionSubmission`); the city board task by task. Same run, JVM and threads as the chain above.\n\n");
    md.append("| run | task by task | per nomination | by meeting and decision | per nomination | nominations/s | ")
        .append("by list / task by task | by list / bare |\n|---|---|---|---|---|---|---|---|\n");
    for (Run run : runs) {
      md.append(listRow(String.valueOf(run.number()), run.ours(), run.byList(), run.bare(), n));
    }
    md.append(listRow("**median**", medianOurs(), medianByList(), medianBare(), n));
  }

  private static String listRow(String label, Duration ours, Duration byList, Duration bare, int n) {
    return "| " + label + " | " + format(ours) + " | " + ms(seconds(ours) * 1000 / n) + " | " + format(byList) + " | "
        + ms(seconds(byList) * 1000 / n) + " | " + rate(n, byList) + " | "
        + String.format(Locale.ROOT, "%.2f", seconds(byList) / seconds(ours)) + " | "
        + String.format(Locale.ROOT, "%.2f", seconds(byList) / seconds(bare)) + " |\n";
  }

  private static String latencyRow(String label, Latency.Percentiles p) {
    return "| " + label + " | " + p.samples() + " | " + ms(p.p50()) + " | " + ms(p.p95()) + " | " + ms(p.p99()) + " | "
        + ms(p.max()) + " |\n";
  }

  private static String rate(int count, Duration time) {
    return String.format(Locale.ROOT, "%.1f", count / seconds(time));
  }

  private static String ms(double millis) {
    return String.format(Locale.ROOT, "%.1f ms", millis);
  }

  private static String format(Duration duration) {
    return String.format(Locale.ROOT, "%d min %04.1f s", duration.toMinutes(), duration.toMillis() % 60_000 / 1000.0);
  }

  private static double seconds(Duration duration) {
    return duration.toNanos() / 1e9;
  }

  private static Duration median(List<Duration> durations) {
    List<Duration> sorted = durations.stream().sorted(Comparator.naturalOrder()).toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
  }
}
