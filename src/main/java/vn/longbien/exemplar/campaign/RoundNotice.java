package vn.longbien.exemplar.campaign;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.organisation.Role;
import vn.longbien.exemplar.organisation.OrganisationCatalog;
import vn.longbien.exemplar.organisation.OrganisationCatalog.UnitDefinition;

/** Who is notified when a round opens: every unit that nominates (wards, district departments). */
@Component("roundNotice")
public class RoundNotice {

  private final OrganisationCatalog organisation;

  public RoundNotice(OrganisationCatalog organisation) {
    this.organisation = organisation;
  }

  public List<String> units() {
    return organisation.units().stream()
        .filter(unit -> unit.roles().contains(Role.NOMINATING.code()))
        .map(UnitDefinition::code)
        .toList();
  }

  public String unitName(String code) {
    return organisation.unit(code).map(UnitDefinition::name).orElse(code);
  }
}
