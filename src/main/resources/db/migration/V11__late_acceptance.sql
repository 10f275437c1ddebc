-- A nomination for a round whose deadline has passed is refused, unless Phòng Nội vụ or an administrator
-- accepts it explicitly: who accepted it and when are kept on the record, for reports and the audit.
ALTER TABLE nomination ADD COLUMN late_accepted_by VARCHAR(255);
ALTER TABLE nomination ADD COLUMN late_accepted_at TIMESTAMP WITH TIME ZONE;
