package vn.longbien.exemplar.audit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The retention plugin; the Camunda starter adds every ProcessEnginePlugin bean to the engine. */
@Configuration
@EnableConfigurationProperties(RetentionProperties.class)
class RetentionConfiguration {

  @Bean
  RetentionPlugin retentionPlugin(RetentionProperties properties) {
    return new RetentionPlugin(properties);
  }
}
