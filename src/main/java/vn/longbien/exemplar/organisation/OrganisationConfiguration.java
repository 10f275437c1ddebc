package vn.longbien.exemplar.organisation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

@Configuration
class OrganisationConfiguration {

  @Bean
  OrganisationCatalog organisationCatalog(
      @Value("${exemplar.organisation-file:classpath:organisation/units.yaml}") Resource file) {
    return OrganisationCatalog.load(file);
  }
}
