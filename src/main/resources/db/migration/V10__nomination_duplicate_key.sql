-- "One achievement is not rewarded twice": a unit nominates the same nominee (name without accents, birth
-- year) at most once per round, withdrawn nominations aside. The database enforces it, so that two
-- submissions at the same moment (API, import, Tasklist start form) cannot both pass. The application
-- writes the key with the record ("<year>|<unit>|<birth year or empty>|<name key>") and clears it when the
-- nomination is withdrawn; a unique index ignores NULLs on H2 and PostgreSQL alike (no partial index needed).
ALTER TABLE nomination ADD COLUMN duplicate_key VARCHAR(400);
-- Existing rows: the earliest nomination of each nominee keeps the key; later duplicates, if any were
-- stored before this constraint, stay readable but hold no key.
UPDATE nomination SET duplicate_key = CAST(round_year AS VARCHAR(10)) || '|' || nominating_unit || '|'
    || COALESCE(CAST(birth_year AS VARCHAR(10)), '') || '|' || nominee_search_name
WHERE status <> 'WITHDRAWN'
  AND NOT EXISTS (
    SELECT 1 FROM nomination earlier
    WHERE earlier.round_year = nomination.round_year
      AND earlier.nominating_unit = nomination.nominating_unit
      AND earlier.nominee_search_name = nomination.nominee_search_name
      AND (earlier.birth_year = nomination.birth_year OR (earlier.birth_year IS NULL AND nomination.birth_year IS NULL))
      AND earlier.status <> 'WITHDRAWN'
      AND (earlier.submitted_at < nomination.submitted_at
           OR (earlier.submitted_at = nomination.submitted_at AND earlier.id < nomination.id)));
CREATE UNIQUE INDEX uq_nomination_duplicate_key ON nomination (duplicate_key);
