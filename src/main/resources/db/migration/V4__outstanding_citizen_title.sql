-- The title "Công dân Thủ đô ưu tú" is capped per year (yearly-targets decision), so the city's award is
-- recorded on the nomination and counted per round year.
ALTER TABLE nomination ADD COLUMN outstanding_citizen_title BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX idx_nomination_round_title ON nomination (round_year, outstanding_citizen_title);
