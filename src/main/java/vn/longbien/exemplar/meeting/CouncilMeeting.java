package vn.longbien.exemplar.meeting;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A meeting of a ward's or the district's council (phiên họp Hội đồng TĐKT): its date and attendance, once for
 * the whole meeting, and its agenda. A draft is corrected freely; submitted once, it is never changed again.
 */
@Entity
@Table(name = "council_meeting")
public class CouncilMeeting {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String level;

  @Column(name = "unit_code", nullable = false)
  private String unitCode;

  @Column(name = "meeting_date", nullable = false)
  private LocalDate meetingDate;

  @Column(name = "members_total", nullable = false)
  private int membersTotal;

  @Column(name = "members_present", nullable = false)
  private int membersPresent;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MeetingState state;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "submitted_by")
  private String submittedBy;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Version
  private long version;

  @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<AgendaLine> lines = new ArrayList<>();

  protected CouncilMeeting() {}

  CouncilMeeting(String level, String unitCode, String createdBy, Instant createdAt) {
    this.level = level;
    this.unitCode = unitCode;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    this.state = MeetingState.DRAFT;
  }

  void record(LocalDate meetingDate, int membersTotal, int membersPresent) {
    this.meetingDate = meetingDate;
    this.membersTotal = membersTotal;
    this.membersPresent = membersPresent;
  }

  void submittedBy(String userId, Instant at) {
    this.state = MeetingState.SUBMITTED;
    this.submittedBy = userId;
    this.submittedAt = at;
  }

  public Long getId() {
    return id;
  }

  public String getLevel() {
    return level;
  }

  public String getUnitCode() {
    return unitCode;
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

  public MeetingState getState() {
    return state;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public List<AgendaLine> getLines() {
    return lines;
  }
}
