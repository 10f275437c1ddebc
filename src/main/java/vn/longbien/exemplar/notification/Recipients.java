package vn.longbien.exemplar.notification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.organisation.OrganisationCatalog;
import vn.longbien.exemplar.organisation.OrganisationCatalog.GroupDefinition;

/**
 * Who receives mails, with the address of their Camunda user profile ({@code email}): the members of the units'
 * groups. An official without an address is still a recipient (their mail is kept, never sent) and is listed for
 * Phòng Nội vụ by {@link #withoutAddress()}.
 */
@Component
public class Recipients {

  /**
   * An official as mails address them.
   *
   * @param address null when their profile has none
   * @param groups their units' groups (ids), in the organisation file's order
   */
  public record Recipient(String userId, String name, String address, List<String> groups) {

    public boolean hasAddress() {
      return address != null;
    }
  }

  private final IdentityService identities;
  /** Group id → its Vietnamese name, in the organisation file's order. */
  private final Map<String, String> unitGroups;

  public Recipients(IdentityService identities, OrganisationCatalog organisation) {
    this.identities = identities;
    this.unitGroups = organisation.unitGroups().stream()
        .collect(Collectors.toMap(GroupDefinition::id, GroupDefinition::name, (a, b) -> a, LinkedHashMap::new));
  }

  public String groupName(String groupId) {
    return unitGroups.getOrDefault(groupId, groupId);
  }

  /** Every member of a unit's group, each once. */
  public List<Recipient> officials() {
    return unchecked(this::allOfficials);
  }

  private List<Recipient> allOfficials() {
    Map<String, User> users = new LinkedHashMap<>();
    for (String group : unitGroups.keySet()) {
      identities.createUserQuery().memberOfGroup(group).orderByUserId().asc().list()
          .forEach(user -> users.putIfAbsent(user.getId(), user));
    }
    return users.values().stream().map(this::recipient).toList();
  }

  /** The members of the groups and the users named (an assignee), each once; unknown user ids are left out. */
  public List<Recipient> of(Collection<String> groups, Collection<String> users) {
    return unchecked(() -> members(groups, users));
  }

  private List<Recipient> members(Collection<String> groups, Collection<String> users) {
    Map<String, User> found = new LinkedHashMap<>();
    for (String group : groups) {
      identities.createUserQuery().memberOfGroup(group).orderByUserId().asc().list()
          .forEach(user -> found.putIfAbsent(user.getId(), user));
    }
    for (String id : users) {
      if (id != null && !found.containsKey(id)) {
        User user = identities.createUserQuery().userId(id).singleResult();
        if (user != null) {
          found.put(id, user);
        }
      }
    }
    return found.values().stream().map(this::recipient).toList();
  }

  /** Officials whose profile has no address: their mails are kept but cannot be sent. */
  public List<Recipient> withoutAddress() {
    return officials().stream().filter(recipient -> !recipient.hasAddress()).toList();
  }

  /**
   * Runs the lookups without the caller's authorization checks: a task created by a council member's completion
   * notifies the nominating unit's members, whom that member's grants do not let them list. The caller's
   * identity is put back afterwards.
   */
  private <T> T unchecked(Supplier<T> lookup) {
    Authentication caller = identities.getCurrentAuthentication();
    if (caller == null) {
      return lookup.get();
    }
    identities.clearAuthentication();
    try {
      return lookup.get();
    } finally {
      identities.setAuthentication(caller);
    }
  }

  private Recipient recipient(User user) {
    Set<String> memberOf = identities.createGroupQuery().groupMember(user.getId()).list().stream()
        .map(Group::getId).collect(Collectors.toSet());
    List<String> groups = new ArrayList<>(unitGroups.keySet());
    groups.retainAll(memberOf);
    String address = user.getEmail() == null || user.getEmail().isBlank() ? null : user.getEmail().strip();
    return new Recipient(user.getId(), name(user), address, List.copyOf(groups));
  }

  static String name(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? user.getId() : name;
  }
}
