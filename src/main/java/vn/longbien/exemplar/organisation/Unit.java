package vn.longbien.exemplar.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A ward, district department, the district or the city: who nominates, reviews or decides. */
@Entity
@Table(name = "org_unit")
public class Unit {

  @Id
  private String code;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private UnitKind kind;

  @Column(name = "parent_code")
  private String parentCode;

  /** Collectives and individuals of the unit: the base of the "5% exemplars" target; null if unknown. */
  private Integer headcount;

  protected Unit() {}

  public Unit(String code, String name, UnitKind kind, String parentCode, Integer headcount) {
    this.code = code;
    this.name = name;
    this.kind = kind;
    this.parentCode = parentCode;
    this.headcount = headcount;
  }

  void update(String name, UnitKind kind, String parentCode, Integer headcount) {
    this.name = name;
    this.kind = kind;
    this.parentCode = parentCode;
    this.headcount = headcount;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public UnitKind getKind() {
    return kind;
  }

  public String getParentCode() {
    return parentCode;
  }

  public Integer getHeadcount() {
    return headcount;
  }
}
