package vn.longbien.exemplar.nomination;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.data.repository.Repository;

/**
 * The one way other features read nominations (the review chain writes them through {@link NominationRepository}):
 * the API's and the audit's searches, the objections the audit lists, the round's outcomes for reports and targets, the documents' nominations
 * with their decisions.
 */
public interface NominationQueries extends Repository<Nomination, String>, JpaSpecificationExecutor<Nomination> {

  Optional<Nomination> findById(String id);

  /** The objections received on a nomination, in the order they were received. */
  @Query("select o from Objection o where o.nominationId = :id order by o.receivedAt, o.id")
  List<Objection> objectionsOf(@Param("id") String nominationId);

  /** Every nomination of a round's year, by nominating unit and name. */
  @Query("select n from Nomination n where n.roundYear = :year order by n.nominatingUnit, n.nomineeName, n.id")
  List<Nomination> ofYear(@Param("year") int year);

  /** Exemplars a unit introduced for a movement in a round: its nominations, except those it withdrew. */
  @Query("select count(n) from Nomination n where n.roundYear = :year and n.nominatingUnit = :unit"
      + " and n.movement = :movement and n.status <> vn.longbien.exemplar.nomination.NominationStatus.WITHDRAWN")
  long countIntroductions(@Param("year") int year, @Param("unit") String unit, @Param("movement") String movement);

  /** The recorded outcome of every nomination of a round's year. */
  @Query("select new vn.longbien.exemplar.nomination.RecordedOutcome(n.nominatingUnit, n.nomineeKind, n.status,"
      + " n.recognitionLevel, n.proposedToCity, n.movement, n.submittedAt, n.proposedForBook,"
      + " n.outstandingCitizenTitle) from Nomination n where n.roundYear = :year")
  List<RecordedOutcome> outcomesOf(@Param("year") int year);

  /** The decisions of a kind taken at a level on the nominations of a round's year, each with its nomination, oldest first. */
  @Query("select new vn.longbien.exemplar.nomination.DecidedNomination(d, n) from NominationDecision d, Nomination n"
      + " where d.nominationId = n.id and n.roundYear = :year and d.level = :level and d.kind = :kind"
      + " order by d.decidedAt, d.id")
  List<DecidedNomination> decided(@Param("year") int year, @Param("level") String level, @Param("kind") String kind);

  /** As {@link #decided}, on one nominating unit's nominations only. */
  @Query("select new vn.longbien.exemplar.nomination.DecidedNomination(d, n) from NominationDecision d, Nomination n"
      + " where d.nominationId = n.id and n.roundYear = :year and d.level = :level and d.kind = :kind"
      + " and n.nominatingUnit = :unit order by d.decidedAt, d.id")
  List<DecidedNomination> decidedOnUnit(@Param("year") int year, @Param("level") String level,
      @Param("kind") String kind, @Param("unit") String nominatingUnit);

  /** The latest round year with a decision of those kinds at a level. */
  @Query("select max(n.roundYear) from NominationDecision d, Nomination n where d.nominationId = n.id"
      + " and d.level = :level and d.kind in :kinds")
  Optional<Integer> latestDecisionYear(@Param("level") String level, @Param("kinds") Collection<String> kinds);

  /** As {@link #latestDecisionYear}, on one nominating unit's nominations only. */
  @Query("select max(n.roundYear) from NominationDecision d, Nomination n where d.nominationId = n.id"
      + " and d.level = :level and d.kind in :kinds and n.nominatingUnit = :unit")
  Optional<Integer> latestDecisionYearOnUnit(@Param("level") String level, @Param("kinds") Collection<String> kinds,
      @Param("unit") String nominatingUnit);

  /** How many nominations of the units there are in each status, in the round's year. */
  @Query("select n.status as status, count(n) as count from Nomination n"
      + " where n.roundYear = :year and n.nominatingUnit in :units group by n.status")
  List<StatusCount> countByStatus(@Param("year") int year, @Param("units") Collection<String> units);

  /** A status and how many nominations are in it. */
  interface StatusCount {
    NominationStatus getStatus();

    long getCount();
  }

  /** The latest round year with a nomination of the units, if any. */
  @Query("select max(n.roundYear) from Nomination n where n.nominatingUnit in :units")
  Optional<Integer> latestRoundYear(@Param("units") Collection<String> units);
}
