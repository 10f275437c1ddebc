package vn.longbien.exemplar.nomination;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An objection (ý kiến phản ánh) received while the nomination was publicly posted at a level
 * ({@code reviewUnit}), as the official who entered it recorded it. Never changed afterwards, except that the level's
 * review notes once which of its steps took it in ({@link #takenInBy}).
 */
@Entity
@Table(name = "objection")
public class Objection {

  /** What a complaint or denunciation to settle does to the nomination, as the dossier and the audit say it. */
  public static final String COMPLAINT_HOLDS = "khiếu nại, tố cáo: tạm dừng đề xuất lên cấp trên đến khi giải quyết xong";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "nomination_id", nullable = false)
  private String nominationId;

  @Column(name = "review_unit")
  private String reviewUnit;

  @Column(name = "sender_name", nullable = false)
  private String senderName;

  @Column(name = "sender_contact")
  private String senderContact;

  @Column(nullable = false, length = 4000)
  private String content;

  @Column(name = "is_complaint", nullable = false)
  private boolean complaint;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(name = "activity_instance_id")
  private String activityInstanceId;

  protected Objection() {}

  public Objection(
      String nominationId, String reviewUnit, String senderName, String senderContact, String content,
      boolean complaint, String recordedBy, Instant receivedAt) {
    this.nominationId = nominationId;
    this.reviewUnit = reviewUnit;
    this.senderName = senderName;
    this.senderContact = senderContact;
    this.content = content;
    this.complaint = complaint;
    this.recordedBy = recordedBy;
    this.receivedAt = receivedAt;
  }

  public Long getId() {
    return id;
  }

  public String getNominationId() {
    return nominationId;
  }

  public String getReviewUnit() {
    return reviewUnit;
  }

  public String getSenderName() {
    return senderName;
  }

  public String getSenderContact() {
    return senderContact;
  }

  public String getContent() {
    return content;
  }

  public boolean isComplaint() {
    return complaint;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  /** The sender as the dossier and the audit show them: the name, and the contact in brackets when given. */
  public String sender() {
    return senderContact == null ? senderName : senderName + " (" + senderContact + ")";
  }

  /** The engine's activity instance of the review step that took the objection in; null until then. */
  public String getActivityInstanceId() {
    return activityInstanceId;
  }

  /** The review step (the engine's activity instance) that took the objection in. */
  public void takenInBy(String activityInstanceId) {
    this.activityInstanceId = activityInstanceId;
  }
}
