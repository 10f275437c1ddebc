package vn.longbien.exemplar.security;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The administrator account, always a direct member of camunda-admin. In production (profile postgres) it
 * comes from the environment variables ADMIN_USERNAME and ADMIN_PASSWORD, and a weak password stops the start.
 */
@Validated
@ConfigurationProperties("exemplar.administrator")
public record AdministratorProperties(
    @NotBlank(message = "Chưa khai báo tài khoản quản trị: đặt biến môi trường ADMIN_USERNAME"
        + " (administrator user name is required)")
        String username,
    @NotBlank(message = "Chưa khai báo mật khẩu quản trị: đặt biến môi trường ADMIN_PASSWORD"
        + " (administrator password is required)")
        String password,
    boolean requireStrongPassword) {

  private static final int MIN_STRONG_LENGTH = 12;
  private static final Set<String> WELL_KNOWN_PASSWORDS =
      Set.of("demo", "admin", "password", "camunda", "changeme", "123456", "12345678", "matkhau");

  @AssertTrue(message = "Mật khẩu quản trị quá yếu: cần ít nhất 12 ký tự, khác tên tài khoản và không phải"
      + " mật khẩu mặc định (ADMIN_PASSWORD must be at least 12 characters and not a default password)")
  public boolean isPasswordAcceptable() {
    if (!requireStrongPassword || password == null || password.isBlank()) {
      return true;
    }
    String lower = password.toLowerCase(Locale.ROOT);
    return password.length() >= MIN_STRONG_LENGTH
        && !lower.equals(username == null ? "" : username.toLowerCase(Locale.ROOT))
        && !WELL_KNOWN_PASSWORDS.contains(lower);
  }
}
