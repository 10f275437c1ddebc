package vn.longbien.exemplar.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The demo accounts listed in README.md, all with password "demo"; never enabled in production. */
@Component
@ConditionalOnProperty(name = "exemplar.demo-identity.enabled", havingValue = "true")
class DemoIdentity {

  static final String DEMO_PASSWORD = "demo";

  record DemoUser(String id, String firstName, String lastName, List<String> groups) {}

  record DemoUsers(List<DemoUser> users) {}

  private final IdentityService identityService;

  DemoIdentity(IdentityService identityService) {
    this.identityService = identityService;
  }

  void seed() {
    for (DemoUser demo : load().users()) {
      if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
        User user = identityService.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setPassword(DEMO_PASSWORD);
        identityService.saveUser(user);
      }
      for (String group : demo.groups()) {
        if (identityService.createUserQuery().userId(demo.id()).memberOfGroup(group).count() == 0) {
          identityService.createMembership(demo.id(), group);
        }
      }
    }
  }

  private static DemoUsers load() {
    try (InputStream in = new ClassPathResource("organisation/demo-users.yaml").getInputStream()) {
      return new ObjectMapper(new YAMLFactory()).readValue(in, DemoUsers.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
