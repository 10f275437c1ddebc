package vn.longbien.exemplar.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes the Admin webapp's first-run setup endpoint (CVE-2026-77226: it creates an administrator
 * whenever camunda-admin has no direct member). This application always creates its administrator as
 * a direct member at start, so the setup endpoint has nothing legitimate left to do.
 */
class SetupEndpointGuard extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException {
    JsonErrors.send(response, HttpServletResponse.SC_FORBIDDEN, "SetupDisabled",
        "Chức năng khởi tạo quản trị viên đã bị tắt; tài khoản quản trị được cấu hình khi khởi động"
            + " (the first-run setup is disabled: the administrator is configured at start)");
  }
}
