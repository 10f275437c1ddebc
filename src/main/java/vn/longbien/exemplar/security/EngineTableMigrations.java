package vn.longbien.exemplar.security;

import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.Flyway;
import org.springframework.stereotype.Component;

/**
 * Flyway migrations on Camunda's own tables ({@code db/engine-migration}, history table
 * {@code flyway_engine_schema_history}), applied once the engine has created or upgraded its schema. The
 * application's migrations ({@code db/migration}) run before the engine is built, when a new database has
 * no ACT_* table yet, so they cannot hold these.
 */
@Component
class EngineTableMigrations {

  static final String LOCATION = "classpath:db/engine-migration";
  static final String HISTORY_TABLE = "flyway_engine_schema_history";

  // The engine parameter is what orders this after the engine's schema creation.
  EngineTableMigrations(ProcessEngine engine, DataSource dataSource) {
    Flyway.configure()
        .dataSource(dataSource)
        .locations(LOCATION)
        .table(HISTORY_TABLE)
        // The schema already holds the application's and the engine's tables: start this history empty.
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
  }
}
