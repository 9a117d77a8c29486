-- A15 (ADR 0910): the office each person holds a post in now, one row per person across all offices. A hire
-- claims the row in the transaction that records its events; the end of the appointment deletes it in its own.
-- Two offices hiring the same person at once race on the primary key: the second waits for the first and
-- finds its row.
CREATE TABLE staff_post (
    national_code VARCHAR(10)  NOT NULL,
    office_id     VARCHAR(40)  NOT NULL,
    claimed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_staff_post PRIMARY KEY (national_code)
);
