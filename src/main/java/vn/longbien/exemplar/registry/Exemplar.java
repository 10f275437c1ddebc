package vn.longbien.exemplar.registry;

import vn.longbien.exemplar.nomination.NomineeKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.longbien.exemplar.nomination.SearchKey;

/**
 * One exemplar (a person, a collective or a household) across rounds: the entry its nominations are linked to. An
 * entry merged into another is retired ({@link #getMergedInto()}) and keeps no nomination.
 */
@Entity
@Table(name = "exemplar")
public class Exemplar {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "nominee_kind", nullable = false)
  private String nomineeKind;

  @Column(nullable = false)
  private String name;

  @Column(name = "search_name", nullable = false)
  private String searchName;

  @Column(name = "birth_year")
  private Integer birthYear;

  @Column(name = "unit_code", nullable = false)
  private String unitCode;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "merged_into")
  private Long mergedInto;

  protected Exemplar() {}

  Exemplar(String nomineeKind, String name, Integer birthYear, String unitCode, Instant createdAt) {
    this.nomineeKind = nomineeKind;
    this.name = name;
    this.searchName = SearchKey.of(name);
    this.birthYear = getKind() == NomineeKind.INDIVIDUAL ? birthYear : null;
    this.unitCode = unitCode;
    this.createdAt = createdAt;
  }

  void mergeInto(Long target) {
    this.mergedInto = target;
  }

  public Long getId() {
    return id;
  }

  public String getNomineeKind() {
    return nomineeKind;
  }

  public NomineeKind getKind() {
    return NomineeKind.of(nomineeKind).orElse(NomineeKind.INDIVIDUAL);
  }

  public String getName() {
    return name;
  }

  public String getSearchName() {
    return searchName;
  }

  public Integer getBirthYear() {
    return birthYear;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  /** The entry this one was merged into; null while it is in use. */
  public Long getMergedInto() {
    return mergedInto;
  }
}
