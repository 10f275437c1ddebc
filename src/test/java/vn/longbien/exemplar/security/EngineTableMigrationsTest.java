package vn.longbien.exemplar.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.longbien.exemplar.support.ApplicationTest;

/** The index that authorization checks on a user's own grants need is on Camunda's table once the application runs. */
@ApplicationTest
class EngineTableMigrationsTest {

  @Autowired
  private JdbcTemplate jdbc;

  @Autowired
  private DataSource dataSource;

  @Test
  void authorizationGrantsAreIndexedByUser() throws SQLException {
    List<String> indexedColumns = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData metadata = connection.getMetaData();
      // H2 keeps unquoted names in upper case, PostgreSQL in lower case.
      String table = metadata.storesLowerCaseIdentifiers() ? "act_ru_authorization" : "ACT_RU_AUTHORIZATION";
      try (ResultSet indexes = metadata.getIndexInfo(null, null, table, false, false)) {
        while (indexes.next()) {
          if ("ACT_IDX_AUTH_USER_ID".equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
            indexedColumns.add(indexes.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
          }
        }
      }
    }

    assertThat(indexedColumns).containsExactly("USER_ID_");
  }

  @Test
  void engineTableMigrationIsRecordedInItsOwnHistory() {
    Integer applied = jdbc.queryForObject(
        "SELECT count(*) FROM \"" + EngineTableMigrations.HISTORY_TABLE + "\" WHERE \"version\" = '12' AND \"success\" = TRUE",
        Integer.class);

    assertThat(applied).isEqualTo(1);
  }
}
