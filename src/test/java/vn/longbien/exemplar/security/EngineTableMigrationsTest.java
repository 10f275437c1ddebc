package vn.longbien.exemplar.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.longbien.exemplar.support.ApplicationTest;

/** The index that authorization checks on a user's own grants need is on Camunda's table once the application runs. */
@ApplicationTest
class EngineTableMigrationsTest {

  @Autowired
  private JdbcTemplate jdbc;

  @Test
  void authorizationGrantsAreIndexedByUser() {
    Integer indexed = jdbc.queryForObject(
        "SELECT count(*) FROM INFORMATION_SCHEMA.INDEX_COLUMNS"
            + " WHERE INDEX_NAME = 'ACT_IDX_AUTH_USER_ID' AND TABLE_NAME = 'ACT_RU_AUTHORIZATION' AND COLUMN_NAME = 'USER_ID_'",
        Integer.class);

    assertThat(indexed).isEqualTo(1);
  }

  @Test
  void engineTableMigrationIsRecordedInItsOwnHistory() {
    Integer applied = jdbc.queryForObject(
        "SELECT count(*) FROM \"" + EngineTableMigrations.HISTORY_TABLE + "\" WHERE \"version\" = '12' AND \"success\" = TRUE",
        Integer.class);

    assertThat(applied).isEqualTo(1);
  }
}
