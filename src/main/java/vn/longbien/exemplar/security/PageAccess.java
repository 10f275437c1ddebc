package vn.longbien.exemplar.security;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.organisation.Role;
import vn.longbien.exemplar.organisation.OrganisationCatalog;

/**
 * What the signed-in official's roles open in the pages ({@code @pageAccess} in the templates), read from the
 * signed-in session itself, so that error pages show the same navigation.
 */
@Component("pageAccess")
public class PageAccess {

  private final Set<String> nominatingGroups;
  private final Set<String> councilGroups;
  private final Set<String> chairmanGroups;

  PageAccess(OrganisationCatalog catalog) {
    this.nominatingGroups = Set.copyOf(catalog.groupsOfRole(Role.NOMINATING.code()));
    this.councilGroups = Set.copyOf(catalog.groupsOfRole(Role.COUNCIL.code()));
    this.chairmanGroups = Set.copyOf(catalog.groupsOfRole(Role.CHAIRMAN.code()));
  }

  /** Of a ward's or the district's chairman's group: records its decisions ({@code /decisions}). */
  public boolean chairs() {
    return groups().stream().anyMatch(chairmanGroups::contains);
  }

  /** Sits on a ward's or the district's council: keeps its meetings ({@code /meetings}). */
  public boolean sitsOnCouncil() {
    return groups().stream().anyMatch(councilGroups::contains);
  }

  /** Holds the nominating role of some unit: may submit and import nominations, upload evidence. */
  public boolean nominates() {
    return groups().stream().anyMatch(nominatingGroups::contains);
  }

  private static Set<String> groups() {
    Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
    return signedIn == null ? Set.of()
        : signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
  }
}
