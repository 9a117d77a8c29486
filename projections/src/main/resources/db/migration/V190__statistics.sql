-- statistics, A12/A22(d)/A28(c)/A37-3: counts and durations for the progress reports and the offices'
-- evaluation (ADR 1100). One row per counted event (a fact), kept with its recording time and its Tehran
-- day, so that any period and any past instant is a filter (recorded_at <= instant), not a replay. The dimensions
-- a fact does not carry itself (a filing's route, kind and competent authority; an office's province; an
-- inspection's office) are in the small tables below, joined when a report is read.
-- No personal data: ids of filings, offices, authorities and inspections only.
-- Portable: PostgreSQL 15 and H2 2.3 in PostgreSQL mode.
CREATE TABLE stat_fact (
    -- the event's identifier: a redelivered event finds its row and changes nothing
    event_id     VARCHAR(64)  NOT NULL,
    -- FILING_STARTED, TRACKING_CODE_ISSUED, SUBMITTED, RETURNED, REGISTERED_AS_CASE, CONFORMITY_VERIFIED,
    -- CONFORMITY_REJECTED, NOTICE_ISSUED, NOTICE_SERVED, NOTICE_VIEWED, ALERT_FAILED, FINDING_ACCEPTED,
    -- LICENCE_DECIDED
    measure      VARCHAR(32)  NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the day in Tehran of recorded_at (TehranTime); Jalali months and years are derived from it when read
    tehran_day   DATE         NOT NULL,
    -- the filing (filing and notice facts) or the inspection (findings) or the office (licences)
    subject_id   VARCHAR(255) NOT NULL,
    -- the office the event names, when it names one (else the filing's office is used, see stat_filing)
    office_id    VARCHAR(64),
    -- the authority the event names, when it names one (else the filing's competent authority)
    authority_id VARCHAR(64),
    -- a finding's rule code, which names its clause (A37_4_DELAY_FEE_PAID_TO_SUBMITTED, ...); a licence decision's kind
    clause       VARCHAR(64),
    CONSTRAINT stat_fact_pk PRIMARY KEY (event_id)
);
CREATE INDEX stat_fact_day ON stat_fact (tehran_day, measure);
CREATE INDEX stat_fact_subject ON stat_fact (subject_id);

-- A filing's dimensions, from FilingStarted; office_id is the office that holds it (the starting office on the
-- office route, the office that received the originals on the portal route; null for a paper complaint).
CREATE TABLE stat_filing (
    filing_id      VARCHAR(255) NOT NULL,
    route          VARCHAR(16)  NOT NULL,
    kind           VARCHAR(16)  NOT NULL,
    authority_id   VARCHAR(64)  NOT NULL,
    authority_name VARCHAR(200) NOT NULL,
    office_id      VARCHAR(64),
    started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT stat_filing_pk PRIMARY KEY (filing_id)
);

-- An office's name and province, from OfficeRegistered.
CREATE TABLE stat_office (
    office_id VARCHAR(64)  NOT NULL,
    name      VARCHAR(200) NOT NULL,
    province  VARCHAR(100),
    city      VARCHAR(100),
    registered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT stat_office_pk PRIMARY KEY (office_id)
);

-- An inspection's office, from InspectionOpened, for the findings by office.
CREATE TABLE stat_inspection (
    inspection_id VARCHAR(255) NOT NULL,
    office_id     VARCHAR(64)  NOT NULL,
    CONSTRAINT stat_inspection_pk PRIMARY KEY (inspection_id)
);
