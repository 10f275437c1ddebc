package vn.longbien.exemplar.nomination;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The nominations' decisions as a council meeting or a chairman's decision reads them: the ones a task completion
 * recorded, linked to the list that recorded them, and read back for the audit timeline. The one way other
 * features read and link decision records.
 */
public interface ListedDecisions extends Repository<NominationDecision, Long> {

  /** The id of the nomination's latest decision, 0 when it has none: what a completion recorded comes after. */
  @Query("select coalesce(max(d.id), 0) from NominationDecision d where d.nominationId = :id")
  long lastIdOf(@Param("id") String nominationId);

  /** The nomination's decisions of those kinds recorded after the decision {@code after}, oldest first. */
  @Query("select d from NominationDecision d where d.nominationId = :id and d.id > :after and d.kind in :kinds"
      + " order by d.id")
  List<NominationDecision> recordedAfter(@Param("id") String nominationId, @Param("after") long after,
      @Param("kinds") Collection<String> kinds);

  /** The nomination's decisions recorded by submitting a council meeting, oldest first. */
  List<NominationDecision> findByNominationIdAndMeetingIdNotNullOrderByIdAsc(String nominationId);

  /** The nomination's decisions recorded by submitting a chairman's decision, oldest first. */
  List<NominationDecision> findByNominationIdAndChairmanDecisionIdNotNullOrderByIdAsc(String nominationId);

  @Modifying
  @Query("update NominationDecision d set d.meetingId = :meeting where d.id in :ids")
  int linkToMeeting(@Param("ids") Collection<Long> decisionIds, @Param("meeting") long meetingId);

  @Modifying
  @Query("update NominationDecision d set d.chairmanDecisionId = :decision where d.id in :ids")
  int linkToChairmanDecision(@Param("ids") Collection<Long> decisionIds, @Param("decision") long decisionId);
}
