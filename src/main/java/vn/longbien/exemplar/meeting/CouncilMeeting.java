package vn.longbien.exemplar.meeting;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.longbien.exemplar.review.ListRecord;

/**
 * A meeting of a ward's or the district's council (phiên họp Hội đồng TĐKT): its date and attendance, once for
 * the whole meeting, and its agenda. A draft is corrected freely; submitted once, it is never changed again.
 */
@Entity
@Table(name = "council_meeting")
public class CouncilMeeting extends ListRecord {

  @Column(name = "meeting_date", nullable = false)
  private LocalDate meetingDate;

  @Column(name = "members_total", nullable = false)
  private int membersTotal;

  @Column(name = "members_present", nullable = false)
  private int membersPresent;

  @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<AgendaLine> lines = new ArrayList<>();

  protected CouncilMeeting() {}

  CouncilMeeting(String level, String unitCode, String createdBy, Instant createdAt) {
    super(level, unitCode, createdBy, createdAt);
  }

  void record(LocalDate meetingDate, int membersTotal, int membersPresent) {
    this.meetingDate = meetingDate;
    this.membersTotal = membersTotal;
    this.membersPresent = membersPresent;
  }

  public LocalDate getMeetingDate() {
    return meetingDate;
  }

  public int getMembersTotal() {
    return membersTotal;
  }

  public int getMembersPresent() {
    return membersPresent;
  }

  public List<AgendaLine> getLines() {
    return lines;
  }
}
