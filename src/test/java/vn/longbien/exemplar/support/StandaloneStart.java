package vn.longbien.exemplar.support;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.longbien.exemplar.ExemplarSelectionApplication;

/**
 * Starts a second instance of the application inside the test JVM, beside the shared test context: with
 * an engine name of its own (Camunda keeps engines in a JVM-wide registry by name), and without web server,
 * REST API and webapps, whose initialisers would take over JVM-wide state that the shared context's
 * Tasklist uses.
 */
public final class StandaloneStart {

  private StandaloneStart() {}

  public static ConfigurableApplicationContext run(String engineName, String... arguments) {
    return start(engineName, false, arguments);
  }

  /** Like {@link #run}, but as one node of a cluster: its job executor acquires and runs due jobs. */
  public static ConfigurableApplicationContext node(String engineName, String... arguments) {
    return start(engineName, true, arguments);
  }

  private static ConfigurableApplicationContext start(String engineName, boolean jobExecution, String... arguments) {
    List<String> all = new ArrayList<>(List.of(
        "--spring.main.web-application-type=none",
        "--spring.autoconfigure.exclude="
            + "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration,"
            + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration",
        "--camunda.bpm.process-engine-name=" + engineName,
        "--camunda.bpm.job-execution.enabled=" + jobExecution,
        // No notification digests or sending on the clock in a second instance either (as in the shared context).
        "--exemplar.notifications.scheduling=false"));
    all.addAll(List.of(arguments));
    return new SpringApplicationBuilder(ExemplarSelectionApplication.class).run(all.toArray(String[]::new));
  }
}
