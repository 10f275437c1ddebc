package vn.longbien.exemplar;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import vn.longbien.exemplar.support.EmbeddedPostgresServer;
import vn.longbien.exemplar.support.StandaloneStart;

/**
 * The production profile refuses to start without a proper administrator account (its own check, and
 * Camunda's password policy) or on H2.
 */
class ProductionStartupCheckTest {

  private static final String DATABASE = EmbeddedPostgresServer.createDatabase("exemplars_startup");

  @Test
  void refusesToStartWithoutAdministratorPassword() {
    assertThatThrownBy(() -> start(DATABASE, "ADMIN_USERNAME=quantri"))
        .rootCause()
        .hasMessageContaining("ADMIN_PASSWORD");
  }

  @Test
  void refusesToStartWithoutAdministratorUserName() {
    assertThatThrownBy(() -> start(DATABASE, "ADMIN_PASSWORD=Mat-khau-quan-tri-2026"))
        .rootCause()
        .hasMessageContaining("ADMIN_USERNAME");
  }

  @Test
  void refusesToStartWithTheDemoPassword() {
    assertThatThrownBy(() -> start(DATABASE, "ADMIN_USERNAME=quantri", "ADMIN_PASSWORD=demo"))
        .rootCause()
        .hasMessageContaining("Mật khẩu quản trị quá yếu");
  }

  @Test
  void refusesToStartWithAnAdministratorPasswordCamundasPolicyRefuses() {
    assertThatThrownBy(() -> start(DATABASE, "ADMIN_USERNAME=quantri", "ADMIN_PASSWORD=matkhauquantrirathai"))
        .hasMessageContaining("không đạt chính sách mật khẩu của Camunda");
  }

  @Test
  void refusesToStartOnAnH2Database() {
    assertThatThrownBy(() -> start("jdbc:h2:mem:production-on-h2",
            "ADMIN_USERNAME=quantri", "ADMIN_PASSWORD=Mat-khau-quan-tri-2026"))
        .hasMessageContaining("chỉ chạy với PostgreSQL");
  }

  /** Starts the application as an operator would, with settings given on the command line. */
  private static void start(String databaseUrl, String... administrator) {
    List<String> arguments = new ArrayList<>(List.of(
        "--spring.profiles.active=postgres", "--DB_URL=" + databaseUrl,
        "--DB_USERNAME=" + EmbeddedPostgresServer.USER, "--DB_PASSWORD="));
    for (String setting : administrator) {
      arguments.add("--" + setting);
    }
    try (ConfigurableApplicationContext ignored =
        StandaloneStart.run("startupcheck", arguments.toArray(String[]::new))) {
      // Reaching this line means the application started, which the assertion reports as a failure.
    }
  }
}
