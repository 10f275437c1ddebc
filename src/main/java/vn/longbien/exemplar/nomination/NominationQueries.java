package vn.longbien.exemplar.nomination;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.data.repository.Repository;

/** Searches over the nominations for the application's API (the review chain uses {@link NominationRepository}). */
public interface NominationQueries extends Repository<Nomination, String>, JpaSpecificationExecutor<Nomination> {

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
