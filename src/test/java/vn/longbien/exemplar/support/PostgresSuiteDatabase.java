package vn.longbien.exemplar.support;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the application tests' shared context at a database of the embedded PostgreSQL 16 instead of H2,
 * when the JVM runs with {@code -Dexemplar.test-database=postgres} (the build's {@code postgres-suite}
 * execution). Only {@code application-test.yaml} reads the properties set here, so the production-profile
 * tests keep the databases they create for themselves.
 */
public class PostgresSuiteDatabase implements EnvironmentPostProcessor {

  static final String SWITCH = "exemplar.test-database";
  private static final String DATABASE = "application_suite";

  private static String url;

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if ("postgres".equals(System.getProperty(SWITCH))) {
      environment.getPropertySources().addFirst(new MapPropertySource("postgresSuiteDatabase", Map.of(
          "exemplar.test-datasource.url", suiteDatabaseUrl(),
          "exemplar.test-datasource.username", EmbeddedPostgresServer.USER,
          "exemplar.test-datasource.password", "")));
    }
  }

  /** One database for the whole run: every application test shares one context and so one database. */
  private static synchronized String suiteDatabaseUrl() {
    if (url == null) {
      url = EmbeddedPostgresServer.createDatabase(DATABASE);
    }
    return url;
  }
}
