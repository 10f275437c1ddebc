-- One row per nomination (đề cử). Its id is the business key of the "nomination-review" process
-- instance that carries it through the review chain; status and current_step follow the process.
CREATE TABLE nomination (
    id                 VARCHAR(64)   NOT NULL PRIMARY KEY,
    round_year         INTEGER       NOT NULL,
    nominating_unit    VARCHAR(64)   NOT NULL REFERENCES org_unit (code),
    nominee_kind       VARCHAR(16)   NOT NULL,
    nominee_name       VARCHAR(255)  NOT NULL,
    birth_year         INTEGER,
    gender             VARCHAR(8),
    position_title     VARCHAR(255),
    workplace          VARCHAR(255),
    ward_or_unit       VARCHAR(255),
    movement           VARCHAR(64)   NOT NULL,
    achievements       VARCHAR(8000) NOT NULL,
    general_criteria   VARCHAR(64)   NOT NULL,
    specific_criteria  VARCHAR(1000) NOT NULL,
    discipline_pending BOOLEAN       NOT NULL,
    complaint_pending  BOOLEAN       NOT NULL,
    status             VARCHAR(32)   NOT NULL,
    status_reason      VARCHAR(2000),
    current_step       VARCHAR(64),
    recognition_level  VARCHAR(16),
    submitted_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX idx_nomination_round_unit ON nomination (round_year, nominating_unit);
CREATE INDEX idx_nomination_status ON nomination (status);
