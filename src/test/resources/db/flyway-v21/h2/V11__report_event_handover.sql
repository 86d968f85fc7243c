-- A history line names the colleague a review was delegated, resolved back or transferred to,
-- and may carry a note on where a return asked the report to go next (RouteNote).
ALTER TABLE report_event ADD COLUMN other_user VARCHAR(64);
ALTER TABLE report_event ADD COLUMN route_note VARCHAR(32);
