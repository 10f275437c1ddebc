package vn.longbien.exemplar.decision;

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
 * A decision of a ward's or the district's chairman (quyết định của Chủ tịch UBND) over a list of nominees: one
 * number, one date, one signer. A draft is corrected freely; submitted once, it is never changed again.
 */
@Entity
@Table(name = "chairman_decision")
public class SignedDecision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String level;

  @Column(name = "unit_code", nullable = false)
  private String unitCode;

  @Column(name = "decision_number", nullable = false)
  private String decisionNumber;

  @Column(name = "decision_date", nullable = false)
  private LocalDate decisionDate;

  @Column(nullable = false)
  private String signer;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DecisionState state;

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

  @OneToMany(mappedBy = "decision", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<DecisionLine> lines = new ArrayList<>();

  protected SignedDecision() {}

  SignedDecision(String level, String unitCode, String createdBy, Instant createdAt) {
    this.level = level;
    this.unitCode = unitCode;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    this.state = DecisionState.DRAFT;
  }

  void record(String decisionNumber, LocalDate decisionDate, String signer) {
    this.decisionNumber = decisionNumber;
    this.decisionDate = decisionDate;
    this.signer = signer;
  }

  void submittedBy(String userId, Instant at) {
    this.state = DecisionState.SUBMITTED;
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

  public String getDecisionNumber() {
    return decisionNumber;
  }

  public LocalDate getDecisionDate() {
    return decisionDate;
  }

  public String getSigner() {
    return signer;
  }

  public DecisionState getState() {
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

  public List<DecisionLine> getLines() {
    return lines;
  }
}
