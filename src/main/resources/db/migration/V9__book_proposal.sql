-- The chairman who proposes an exemplar to the city may propose it for the city's book "Những bông hoa
-- đẹp"; the district's yearly target counts these proposals (yearly-targets, sach-bong-hoa). Written with
-- the chairman's decision, in the transaction that completes the task.
ALTER TABLE nomination ADD COLUMN proposed_for_book BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX idx_nomination_round_book ON nomination (round_year, proposed_for_book);
