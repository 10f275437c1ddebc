-- One row per round year and capped award ("cong-dan-thu-do-uu-tu"): the check of the yearly cap locks it
-- (SELECT ... FOR UPDATE) before counting the awards of the year, and holds it until its transaction ends, so
-- that two city outcomes recorded at the same moment are counted one after the other and cannot both take
-- the last title. The count itself stays in nomination.outstanding_citizen_title. A row is added the first
-- time a year is checked.
CREATE TABLE yearly_cap_lock (
    round_year INTEGER     NOT NULL,
    award      VARCHAR(40) NOT NULL,
    PRIMARY KEY (round_year, award)
);
