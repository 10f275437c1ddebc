package vn.longbien.exemplar.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import vn.longbien.exemplar.organisation.OrganisationCatalog;

/** The application's organisation file, as shipped or as an administrator might have edited it. */
public final class OrganisationFiles {

  private static final String SHIPPED_SECRETARIAT = "secretariatGroup: phong-noivu-thuongtruc";

  private OrganisationFiles() {}

  public static OrganisationCatalog shipped() {
    return OrganisationCatalog.load(new ClassPathResource("organisation/units.yaml"));
  }

  /** The shipped file with another group named as the council's standing secretariat. */
  public static OrganisationCatalog withSecretariat(String group) {
    try {
      String file = new ClassPathResource("organisation/units.yaml").getContentAsString(StandardCharsets.UTF_8);
      if (!file.contains(SHIPPED_SECRETARIAT)) {
        throw new IllegalStateException("organisation/units.yaml no longer reads " + SHIPPED_SECRETARIAT);
      }
      byte[] edited = file.replace(SHIPPED_SECRETARIAT, "secretariatGroup: " + group).getBytes(StandardCharsets.UTF_8);
      return OrganisationCatalog.load(new ByteArrayResource(edited, "units.yaml naming " + group));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
