package vn.longbien.exemplar.security;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.longbien.exemplar.security.CurrentOfficial.Official;

/** {@code GET /api/me}: who the caller is, and which units' records they may read. */
@RestController
@RequestMapping("/api/me")
class CurrentOfficialController {

  record Me(String userId, List<String> groups, Set<String> ownUnits, Set<String> readableUnits,
      boolean administrator, boolean auditor, boolean secretariat) {}

  private final CurrentOfficial currentOfficial;

  CurrentOfficialController(CurrentOfficial currentOfficial) {
    this.currentOfficial = currentOfficial;
  }

  @GetMapping
  Me me() {
    Official official = currentOfficial.get();
    return new Me(official.userId(), official.groupIds(), new TreeSet<>(official.ownUnits()),
        new TreeSet<>(official.readableUnits()), official.isAdministrator(), official.isAuditor(),
        official.isSecretariat());
  }
}
