package vn.longbien.exemplar.benchmark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * The two reads officials wait on, through REST with HTTP Basic: a ward council's "my group's tasks,
 * sorted by due date, first page" in Tasklist's REST API, and an inspector's timeline of one nomination.
 * While each is sampled, PostgreSQL's table statistics count the sequential scans it causes.
 */
final class QueryLatencies {

  static final int PAGE = 15;
  /** Latency percentiles, and the tables read sequentially while the samples ran (most rows first). */
  record Measured(Latency.Percentiles latency, List<TableScans.SeqScan> seqScans) {}

  private final Latency latency;
  private final TableScans scans;
  private final Parameters parameters;
  private final ObjectMapper json = new ObjectMapper();

  QueryLatencies(Latency latency, TableScans scans, Parameters parameters) {
    this.latency = latency;
    this.scans = scans;
    this.parameters = parameters;
  }

  /** Each sample is the next ward's council member opening their group's first page. */
  Measured groupTasks(List<String> wards) {
    return measure(sample -> {
      String group = wards.get(sample % wards.size()) + "-hoidong";
      return new Latency.Request(Officials.userOf(group),
          "/engine-rest/task?candidateGroup=" + group + "&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=" + PAGE);
    }, body -> body.isArray() && body.size() > 0 && body.size() <= PAGE);
  }

  /** Each sample is the auditor reading the next finished nomination's timeline. */
  Measured timeline(List<String> nominationIds) {
    if (nominationIds.isEmpty()) {
      throw new AssertionError("No finished nomination to read the timeline of");
    }
    return measure(
        sample -> new Latency.Request(Officials.AUDITOR, "/api/audit/nominations/" + nominationIds.get(sample % nominationIds.size())),
        body -> body.path("entries").size() > 0);
  }

  private Measured measure(IntFunction<Latency.Request> requests, Predicate<JsonNode> expected) {
    Latency.Request first = requests.apply(0);
    JsonNode body = parse(latency.get(first));
    if (!expected.test(body)) {
      throw new AssertionError("Unexpected answer to " + first.path() + ": " + body.toString().substring(0, Math.min(500, body.toString().length())));
    }
    scans.reset();
    Latency.Percentiles percentiles = latency.measure(requests, parameters.warmUp(), parameters.samples());
    return new Measured(percentiles, scans.sinceReset());
  }

  private JsonNode parse(String body) {
    try {
      return json.readTree(body);
    } catch (JsonProcessingException e) {
      throw new AssertionError("Not JSON: " + body, e);
    }
  }
}
