-- Units of the organisation (wards, district departments, district, city), kept in step with
-- organisation/units.yaml by the application at start.
CREATE TABLE org_unit (
    code        VARCHAR(64)  NOT NULL PRIMARY KEY,
    name        VARCHAR(255) NOT NULL,
    kind        VARCHAR(32)  NOT NULL,
    parent_code VARCHAR(64)  REFERENCES org_unit (code)
);
CREATE INDEX idx_org_unit_parent ON org_unit (parent_code);
