-- When a report was approved (the 20-day publication limit counts from it) and, while a
-- publication is scheduled, the date it is due to be published.
ALTER TABLE report ADD COLUMN approved_at DATETIME(6);
ALTER TABLE report ADD COLUMN publication_scheduled_for DATETIME(6);
