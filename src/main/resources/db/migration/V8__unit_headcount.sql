-- Headcount (tổng số tập thể, cá nhân) of each district department: the base of the yearly target
-- "at least 5% exemplars" (yearly-targets, phong-ban). Set from organisation/units.yaml at every start;
-- NULL where unknown, and the target then reads "chưa đủ số liệu".
ALTER TABLE org_unit ADD COLUMN headcount INTEGER;
