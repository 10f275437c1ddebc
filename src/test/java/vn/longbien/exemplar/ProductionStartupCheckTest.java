package vn.longbien.exemplar;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.longbien.exemplar.support.EmbeddedPostgresServer;

/** The production profile refuses to start without a proper administrator account or on H2. */
class ProductionStartupCheckTest {

  private static final String DATABASE = EmbeddedPostgresServer.createDatabase("exemplars_startup");

  @Test
  void refusesToStartWithoutAdministratorPassword() {
    assertThatThrownBy(() -> start("ADMIN_USERNAME=quantri"))
        .rootCause()
        .hasMessageContaining("ADMIN_PASSWORD");
  }

  @Test
  void refusesToStartWithoutAdministratorUserName() {
    assertThatThrownBy(() -> start("ADMIN_PASSWORD=Mat-khau-quan-tri-2026"))
        .rootCause()
        .hasMessageContaining("ADMIN_USERNAME");
  }

  @Test
  void refusesToStartWithTheDemoPassword() {
    assertThatThrownBy(() -> start("ADMIN_USERNAME=quantri", "ADMIN_PASSWORD=demo"))
        .rootCause()
        .hasMessageContaining("Mật khẩu quản trị quá yếu");
  }

  @Test
  void refusesToStartOnAnH2Database() {
    assertThatThrownBy(() -> new SpringApplicationBuilder(ExemplarSelectionApplication.class).run(
            "--spring.profiles.active=postgres", "--server.port=0", "--DB_URL=jdbc:h2:mem:production-on-h2",
            "--DB_PASSWORD=", "--ADMIN_USERNAME=quantri", "--ADMIN_PASSWORD=Mat-khau-quan-tri-2026",
            "--camunda.bpm.process-engine-name=startupcheck"))
        .hasMessageContaining("chỉ chạy với PostgreSQL");
  }

  /** Starts the application as an operator would, with settings given on the command line. */
  private static void start(String... administrator) {
    List<String> arguments = new ArrayList<>(List.of(
        "--spring.profiles.active=postgres", "--server.port=0", "--DB_URL=" + DATABASE,
        "--DB_USERNAME=" + EmbeddedPostgresServer.USER, "--DB_PASSWORD=",
        // Its own engine name, so that closing it leaves the engine of the shared test context registered.
        "--camunda.bpm.process-engine-name=startupcheck"));
    for (String setting : administrator) {
      arguments.add("--" + setting);
    }
    try (ConfigurableApplicationContext ignored =
        new SpringApplicationBuilder(ExemplarSelectionApplication.class).run(arguments.toArray(String[]::new))) {
      // Reaching this line means the application started, which the assertion reports as a failure.
    }
  }
}
