package vn.longbien.exemplar.organisation;

/** Level of government or kind of body a unit belongs to. */
public enum UnitKind {
  CITY,
  DISTRICT,
  WARD,
  DEPARTMENT
}
