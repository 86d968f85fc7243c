-- When a report was approved (the 20-day publication limit counts from it) and, while a
-- publication is scheduled, the date it is due to be published.
ALTER TABLE report ADD COLUMN approved_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE report ADD COLUMN publication_scheduled_for TIMESTAMP WITH TIME ZONE;
