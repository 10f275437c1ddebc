package vn.longbien.exemplar.decision;

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
 * A decision of a ward's or the district's chairman (quyết định của Chủ tịch UBND) over a list of nominees: one
 * number, one date, one signer. A draft is corrected freely; submitted once, it is never changed again.
 */
@Entity
@Table(name = "chairman_decision")
public class SignedDecision extends ListRecord {

  @Column(name = "decision_number", nullable = false)
  private String decisionNumber;

  @Column(name = "decision_date", nullable = false)
  private LocalDate decisionDate;

  @Column(nullable = false)
  private String signer;

  @OneToMany(mappedBy = "decision", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<DecisionLine> lines = new ArrayList<>();

  protected SignedDecision() {}

  SignedDecision(String level, String unitCode, String createdBy, Instant createdAt) {
    super(level, unitCode, createdBy, createdAt);
  }

  void record(String decisionNumber, LocalDate decisionDate, String signer) {
    this.decisionNumber = decisionNumber;
    this.decisionDate = decisionDate;
    this.signer = signer;
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

  public List<DecisionLine> getLines() {
    return lines;
  }
}
