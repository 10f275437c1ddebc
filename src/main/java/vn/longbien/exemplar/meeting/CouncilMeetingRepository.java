package vn.longbien.exemplar.meeting;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The councils' meetings. */
interface CouncilMeetingRepository extends Repository<CouncilMeeting, Long> {

  CouncilMeeting save(CouncilMeeting meeting);

  CouncilMeeting saveAndFlush(CouncilMeeting meeting);

  Optional<CouncilMeeting> findById(Long id);

  List<CouncilMeeting> findByUnitCodeInOrderByMeetingDateDescIdDesc(Collection<String> unitCodes);
}
