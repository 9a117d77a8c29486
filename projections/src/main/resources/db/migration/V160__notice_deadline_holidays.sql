-- notices: the holiday list each deadline was computed with, the provisional (computed lunar) holidays
-- it rests on, and the due date before a recomputation after the official list changed (ADR 0800).
-- Portable: runs unchanged on PostgreSQL 15 and on H2 2.3 in PostgreSQL mode.

ALTER TABLE notice ADD COLUMN holiday_list_version VARCHAR(40);
-- ISO dates separated by commas; empty when the deadline rests on no provisional holiday
ALTER TABLE notice ADD COLUMN provisional_holidays VARCHAR(400);
ALTER TABLE notice ADD COLUMN previous_due_date DATE;
ALTER TABLE notice ADD COLUMN deadline_recomputed_at TIMESTAMP WITH TIME ZONE;

CREATE INDEX notice_due_date_ix ON notice (due_date);
