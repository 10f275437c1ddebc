package vn.longbien.exemplar.nomination.api;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.longbien.exemplar.organisation.Role;
import vn.longbien.exemplar.nomination.DuplicateNominationException;
import vn.longbien.exemplar.nomination.NewNominations;
import vn.longbien.exemplar.nomination.Nomination;
import vn.longbien.exemplar.nomination.NominationDecision;
import vn.longbien.exemplar.nomination.NominationDecisionRepository;
import vn.longbien.exemplar.nomination.NominationQueries;
import vn.longbien.exemplar.nomination.NominationRepository;
import vn.longbien.exemplar.nomination.NominationStatus;
import vn.longbien.exemplar.nomination.PublicPostingPeriod;
import vn.longbien.exemplar.nomination.PublicPostingRepository;
import vn.longbien.exemplar.nomination.RoundCalendar;
import vn.longbien.exemplar.nomination.RoundNotOpenException;
import vn.longbien.exemplar.nomination.NominationFilter;
import vn.longbien.exemplar.organisation.OrganisationCatalog;
import vn.longbien.exemplar.security.CurrentOfficial;
import vn.longbien.exemplar.security.CurrentOfficial.Official;
import vn.longbien.exemplar.web.RecordNotFoundException;

/**
 * Submits nominations and reads them for the API's caller. A nomination is stored and its
 * {@code nomination-review} instance started (business key = its id) in one transaction: if the engine
 * refuses the start, no record remains. Only the round open today takes nominations; after its deadline,
 * Phòng Nội vụ or an administrator may still accept one explicitly, and the record keeps who and when.
 */
@Service
public class NominationService {

  static final String REVIEW_PROCESS = "nomination-review";
  static final String NOMINATING_ROLE = Role.NOMINATING.code();

  /** Search criteria; any may be null. */
  public record Search(Integer year, String unit, String movement, NominationStatus status, String name) {}

  private final NominationRepository nominations;
  private final NominationQueries queries;
  private final NominationDecisionRepository decisions;
  private final PublicPostingRepository postings;
  private final NewNominations newNominations;
  private final RuntimeService runtimeService;
  private final CurrentOfficial currentOfficial;
  private final RoundCalendar rounds;
  private final OrganisationCatalog organisation;

  NominationService(
      NominationRepository nominations, NominationQueries queries, NominationDecisionRepository decisions,
      PublicPostingRepository postings, NewNominations newNominations, RuntimeService runtimeService,
      CurrentOfficial currentOfficial, RoundCalendar rounds, OrganisationCatalog organisation) {
    this.nominations = nominations;
    this.queries = queries;
    this.decisions = decisions;
    this.postings = postings;
    this.newNominations = newNominations;
    this.runtimeService = runtimeService;
    this.currentOfficial = currentOfficial;
    this.rounds = rounds;
    this.organisation = organisation;
  }

  /** The caller submits for one of their own nominating units (403 otherwise); a duplicate is 409. */
  @Transactional
  public Nomination submit(NominationRequest request) {
    return submit(request, false);
  }

  /**
   * As {@link #submit(NominationRequest)}; with {@code acceptLate}, Phòng Nội vụ or an administrator accepts,
   * for any nominating unit they may read, a nomination whose round has closed (403 for anyone else).
   */
  @Transactional
  public Nomination submit(NominationRequest request, boolean acceptLate) {
    Official caller = currentOfficial.get();
    if (acceptLate) {
      if (!mayAcceptLateFor(caller, request.nominatingUnit())) {
        throw new AuthorizationException(caller.userId() + " may not accept a late nomination for " + request.nominatingUnit());
      }
      return review(newNominations.storeAcceptedLate(newNomination(request), caller.userId()));
    }
    if (!mayNominateFor(caller, request.nominatingUnit())) {
      throw new AuthorizationException(
          caller.userId() + " is not a member of the nominating unit " + request.nominatingUnit());
    }
    return start(request);
  }

  /**
   * Stores the nomination and starts its review, in the caller's transaction.
   *
   * @throws RoundNotOpenException the round of the nomination's year is not open today
   * @throws DuplicateNominationException the nominee is already nominated by the unit in the round
   */
  @Transactional
  public Nomination start(NominationRequest request) {
    return review(newNominations.store(newNomination(request)));
  }

  /** Why a nomination for this round is refused today (closed, or not yet open); empty while it is open. */
  public Optional<String> roundRefusal(int roundYear) {
    return rounds.refusal(roundYear);
  }

  /** The round open today, or the next one: the year an import row or a start form left empty means. */
  public int currentRoundYear() {
    return rounds.currentRoundYear();
  }

  private static Nomination newNomination(NominationRequest request) {
    return request.toNomination("DC-" + request.roundYear() + "-" + UUID.randomUUID().toString().substring(0, 8));
  }

  private Nomination review(Nomination nomination) {
    try {
      runtimeService.startProcessInstanceByKey(REVIEW_PROCESS, nomination.getId());
    } catch (AuthorizationException e) {
      throw e;
    } catch (ProcessEngineException e) {
      throw new ReviewNotStartedException(e.getMessage());
    }
    return nomination;
  }

  /**
   * A member of the unit's nominating group, for a nominating unit of the organisation file: the group of a former
   * unit (kept after a switch of file, {@code FormerUnits}) nominates nothing new.
   */
  public boolean mayNominateFor(Official caller, String unitCode) {
    return unitCode != null && caller.hasRole(unitCode.trim(), NOMINATING_ROLE)
        && organisation.unit(unitCode.trim()).filter(unit -> unit.roles().contains(NOMINATING_ROLE)).isPresent();
  }

  /** Phòng Nội vụ or an administrator, for a nominating unit they may read. */
  private boolean mayAcceptLateFor(Official caller, String unitCode) {
    return unitCode != null && (caller.isSecretariat() || caller.isAdministrator()) && caller.canRead(unitCode.trim())
        && organisation.unit(unitCode.trim()).filter(unit -> unit.roles().contains(NOMINATING_ROLE)).isPresent();
  }

  /** The same nominee (name without accents, birth year) already nominated by the unit this round. */
  public Optional<Nomination> existing(NominationRequest request) {
    return newNominations.existing(request.roundYear(), request.nominatingUnit(), request.nomineeName(), request.birthYear());
  }

  /** A nomination of a unit the caller may read; any other id is unknown to them (404). */
  @Transactional(readOnly = true)
  public Nomination readable(String id) {
    Official caller = currentOfficial.get();
    return nominations.findById(id)
        .filter(n -> caller.canRead(n.getNominatingUnit()))
        .orElseThrow(() -> new RecordNotFoundException("Không tìm thấy hồ sơ đề cử " + id));
  }

  @Transactional(readOnly = true)
  public List<NominationDecision> decisionsOf(String id) {
    return decisions.findByNominationIdOrderByDecidedAtAscIdAsc(id);
  }

  /** The nomination's public postings, in the order they started. */
  @Transactional(readOnly = true)
  public List<PublicPostingPeriod> postingsOf(String id) {
    return postings.findByNominationIdOrderByStartsOnAscIdAsc(id);
  }

  /** How many of the caller's readable nominations of the year are in each status, in the statuses' order. */
  @Transactional(readOnly = true)
  public Map<NominationStatus, Long> countByStatus(int year) {
    Official caller = currentOfficial.get();
    Map<NominationStatus, Long> counts = new EnumMap<>(NominationStatus.class);
    if (!caller.readableUnits().isEmpty()) {
      queries.countByStatus(year, caller.readableUnits()).forEach(c -> counts.put(c.getStatus(), c.getCount()));
    }
    return counts;
  }

  /** The latest round year in which the caller may read a nomination. */
  @Transactional(readOnly = true)
  public Optional<Integer> latestYear() {
    Official caller = currentOfficial.get();
    return caller.readableUnits().isEmpty() ? Optional.empty() : queries.latestRoundYear(caller.readableUnits());
  }

  /** The caller's readable nominations matching the search, newest first. */
  @Transactional(readOnly = true)
  public Page<Nomination> search(Search search, int page, int size) {
    Official caller = currentOfficial.get();
    Specification<Nomination> spec = new NominationFilter(caller.readableUnits(), search.year(), search.unit(),
        search.movement(), search.status(), search.name()).specification();
    if (caller.readableUnits().isEmpty()) {
      return Page.empty(PageRequest.of(page, size));
    }
    return queries.findAll(spec, PageRequest.of(page, size, Sort.by(Sort.Order.desc("submittedAt"), Sort.Order.asc("id"))));
  }
}
