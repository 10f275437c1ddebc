package vn.longbien.exemplar.registry;

import vn.longbien.exemplar.nomination.NomineeKind;
import vn.longbien.exemplar.reporting.RepeatedExemplar;
import vn.longbien.exemplar.reporting.RepeatedExemplars;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.longbien.exemplar.nomination.Nomination;
import vn.longbien.exemplar.nomination.NominationQueries;
import vn.longbien.exemplar.nomination.NominationStored;
import vn.longbien.exemplar.nomination.SearchKey;

/**
 * The registry of exemplars across rounds. Every stored nomination ({@link NominationStored}) is matched, in the
 * transaction that stored it, to the entries of earlier rounds: an individual by the name without accents ("đ" as
 * "d", case and spaces ignored), the birth year and the nominating unit; a collective or a household by the name
 * without accents and the unit. A match links the nomination to that entry; otherwise it starts a new one.
 * Nominations stored before the registry existed (or written without {@code NewNominations}) are linked the same way,
 * oldest first, once at startup ({@link #catchUp()}); reading the registry never does it.
 *
 * <p>Reads the nominations only through the nomination feature's public queries, never its tables.
 */
@Service("exemplarRegistry")
public class ExemplarRegistry implements RepeatedExemplars {

  /** How many nominations without a link {@link #catchUp()} reads at a time. */
  static final int CATCH_UP_BATCH = 200;

  private static final Sort OLDEST_FIRST = Sort.by("roundYear", "submittedAt", "id");

  private final ExemplarRepository exemplars;
  private final ExemplarLinkRepository links;
  private final NominationQueries nominations;
  private final TransactionTemplate ownTransaction;

  ExemplarRegistry(ExemplarRepository exemplars, ExemplarLinkRepository links, NominationQueries nominations,
      PlatformTransactionManager transactionManager) {
    this.exemplars = exemplars;
    this.links = links;
    this.nominations = nominations;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** A new nomination: linked to its exemplar in the transaction that stored it. */
  @EventListener
  public void onStored(NominationStored stored) {
    link(stored.nominationId(), stored.roundYear(), stored.nominatingUnit(), stored.nomineeKind(),
        stored.nomineeName(), stored.birthYear());
  }

  /** The entry the nomination was linked to. */
  Exemplar link(String nominationId, int roundYear, String unit, String kind, String name, Integer birthYear) {
    Optional<ExemplarLink> linked = links.findById(nominationId);
    if (linked.isPresent()) {
      return exemplars.findById(linked.get().getExemplarId()).orElseThrow();
    }
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Exemplar exemplar = match(unit, kind, name, birthYear)
        .orElseGet(() -> exemplars.save(new Exemplar(kind, name, birthYear, unit, now)));
    links.save(new ExemplarLink(nominationId, exemplar.getId(), roundYear, now));
    return exemplar;
  }

  /**
   * The entry in use with the same unit, kind and name without accents (and, for an individual, the same birth year,
   * a missing one matching only a missing one); the oldest when a split left several.
   */
  Optional<Exemplar> match(String unit, String kind, String name, Integer birthYear) {
    boolean person = NomineeKind.of(kind).orElse(NomineeKind.INDIVIDUAL) == NomineeKind.INDIVIDUAL;
    return exemplars.findByUnitCodeAndNomineeKindAndSearchNameAndMergedIntoIsNullOrderByIdAsc(
            unit, kind, SearchKey.of(name)).stream()
        .filter(e -> !person || Objects.equals(e.getBirthYear(), birthYear))
        .findFirst();
  }

  /** Links the nominations stored before the registry existed, once, when the application has started (after the migrations). */
  @EventListener(ApplicationReadyEvent.class)
  public void catchUpAtStartup() {
    catchUp();
  }

  /**
   * Links every nomination the registry does not know yet, oldest round first, each in a transaction of its own. The
   * nominations without a link are found by one query ({@code not exists} a link), {@value #CATCH_UP_BATCH} at a time;
   * nothing else is read. A nomination whose linking fails (linked meanwhile by its own transaction) is not tried again.
   */
  public void catchUp() {
    Set<String> tried = new HashSet<>();
    boolean more = true;
    while (more) {
      List<Nomination> batch = nominations.findBy(unlinked(), query -> query.sortBy(OLDEST_FIRST)
          .limit(CATCH_UP_BATCH).all());
      boolean progress = false;
      for (Nomination n : batch) {
        if (!tried.add(n.getId())) {
          continue;
        }
        progress = true;
        try {
          ownTransaction.executeWithoutResult(status -> link(n.getId(), n.getRoundYear(), n.getNominatingUnit(),
              n.getNomineeKind(), n.getNomineeName(), n.getBirthYear()));
        } catch (RuntimeException linkedMeanwhile) {
          // Linked by its own transaction at the same moment: nothing to do.
        }
      }
      more = progress && batch.size() == CATCH_UP_BATCH;
    }
  }

  /** The nominations without a link to an entry: an anti-join on the registry's links. */
  private static Specification<Nomination> unlinked() {
    return (root, query, builder) -> {
      Subquery<String> link = query.subquery(String.class);
      Root<ExemplarLink> linked = link.from(ExemplarLink.class);
      link.select(linked.get("nominationId")).where(builder.equal(linked.get("nominationId"), root.get("id")));
      return builder.not(builder.exists(link));
    };
  }

  /** The entry a nomination is linked to. */
  @Transactional(readOnly = true)
  public Optional<Exemplar> exemplarOf(String nominationId) {
    return links.findById(nominationId).flatMap(link -> exemplars.findById(link.getExemplarId()));
  }

  /** An entry by id, following merges to the entry in use. */
  @Transactional(readOnly = true)
  public Optional<Exemplar> find(long id) {
    Optional<Exemplar> found = exemplars.findById(id);
    Set<Long> seen = new HashSet<>();
    while (found.isPresent() && found.get().getMergedInto() != null && seen.add(found.get().getId())) {
      found = exemplars.findById(found.get().getMergedInto());
    }
    return found;
  }

  /** The entries in use whose name without accents contains the query's, of the given units, by name. */
  @Transactional(readOnly = true)
  public List<Exemplar> search(String query, Collection<String> units) {
    if (units.isEmpty()) {
      return List.of();
    }
    return exemplars.findTop100BySearchNameContainingAndUnitCodeInAndMergedIntoIsNullOrderBySearchNameAscIdAsc(
        SearchKey.of(query), units);
  }

  /** The nominations linked to an entry, oldest round first. */
  @Transactional(readOnly = true)
  public List<Nomination> nominationsOf(long exemplarId) {
    return inOrder(links.findByExemplarIdOrderByRoundYearAscLinkedAtAsc(exemplarId).stream()
        .map(ExemplarLink::getNominationId).toList());
  }

  /** The nominations of the ids, in the ids' order; none is read when there are no ids. */
  private List<Nomination> inOrder(List<String> ids) {
    Map<String, Nomination> byId = byId(ids);
    return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
  }

  /** The other nominations of the nomination's exemplar in earlier rounds, oldest first. */
  @Transactional(readOnly = true)
  public List<Nomination> earlierNominationsOf(String nominationId) {
    Optional<ExemplarLink> link = links.findById(nominationId);
    if (link.isEmpty()) {
      return List.of();
    }
    int year = link.get().getRoundYear();
    // Filtered on the links, so that for a new nominee (most of them) no nomination is read at all.
    return inOrder(links.findByExemplarIdOrderByRoundYearAscLinkedAtAsc(link.get().getExemplarId()).stream()
        .filter(l -> !l.getNominationId().equals(nominationId) && l.getRoundYear() < year)
        .map(ExemplarLink::getNominationId).toList());
  }

  /**
   * The exemplars recognised (at any level) in at least two distinct round years of {@code fromYear..toYear}, by
   * name; each with its years in order. For the period's review (tổng kết giai đoạn).
   */
  @Override
  public List<RepeatedExemplar> recognisedInSeveralYears(int fromYear, int toYear) {
    return ownTransaction.execute(status -> {
      List<ExemplarLink> inRange = links.findByRoundYearBetween(Math.min(fromYear, toYear), Math.max(fromYear, toYear));
      Map<String, Nomination> byId = byId(inRange.stream().map(ExemplarLink::getNominationId).toList());
      Map<Long, TreeSet<Integer>> years = new HashMap<>();
      for (ExemplarLink link : inRange) {
        Nomination n = byId.get(link.getNominationId());
        if (n != null && n.getRecognitionLevel() != null) {
          years.computeIfAbsent(link.getExemplarId(), id -> new TreeSet<>()).add(n.getRoundYear());
        }
      }
      List<RepeatedExemplar> repeated = new ArrayList<>();
      years.forEach((id, recognised) -> {
        if (recognised.size() >= 2) {
          Exemplar e = exemplars.findById(id).orElseThrow();
          repeated.add(new RepeatedExemplar(id, e.getName(), e.getNomineeKind(), e.getUnitCode(),
              List.copyOf(recognised)));
        }
      });
      repeated.sort(Comparator.comparing(RepeatedExemplar::name).thenComparing(RepeatedExemplar::exemplarId));
      return repeated;
    });
  }

  Map<String, Nomination> byId(Collection<String> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<String, Nomination> found = new LinkedHashMap<>();
    List<String> all = List.copyOf(new java.util.LinkedHashSet<>(ids));
    for (int from = 0; from < all.size(); from += 500) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
      nominations.findAll((root, query, builder) -> root.get("id").in(chunk)).forEach(n -> found.put(n.getId(), n));
    }
    return found;
  }
}
