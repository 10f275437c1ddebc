package vn.longbien.exemplar.security;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Profiles;

/**
 * The production profile runs on PostgreSQL only: an H2 (or any other) database there would lose the
 * round's records on the next deployment. Checked before anything connects to the database.
 */
class ProductionDatabaseCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

  static final String PRODUCTION_PROFILE = "postgres";

  @Override
  public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
    var environment = event.getEnvironment();
    if (!environment.acceptsProfiles(Profiles.of(PRODUCTION_PROFILE))) {
      return;
    }
    String url = environment.getProperty("spring.datasource.url", "");
    if (!url.startsWith("jdbc:postgresql:")) {
      // Only the part before any parameters: they may hold credentials.
      String database = url.replaceAll("[;?].*", "");
      throw new IllegalStateException("Cấu hình production chỉ chạy với PostgreSQL: DB_URL phải bắt đầu bằng"
          + " jdbc:postgresql: (the postgres profile refuses the database '" + database + "')");
    }
  }
}
