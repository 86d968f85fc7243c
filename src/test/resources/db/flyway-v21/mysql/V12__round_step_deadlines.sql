-- A due date per step of a round (评价任务). The existing deadline stays as the submission deadline
-- (填报截止); bureau review, finance sign-off and publication get their own, optional. A round opened
-- before had one date by which its reports were to be approved: its bureau review and finance
-- sign-off take that date, publication keeps only the legal 20 days after approval.
ALTER TABLE evaluation_round ADD COLUMN bureau_review_deadline DATE;
ALTER TABLE evaluation_round ADD COLUMN finance_sign_off_deadline DATE;
ALTER TABLE evaluation_round ADD COLUMN publication_deadline DATE;
UPDATE evaluation_round SET bureau_review_deadline = deadline, finance_sign_off_deadline = deadline;
