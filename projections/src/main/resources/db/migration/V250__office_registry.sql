-- the office registry (issue 17 item 6, ADR 0930): every registered office with its place, its origin (and the call
-- it was established under), its licence as its events leave it and whether its staffing meets the minimum (A3,
-- A14, A15, A22, A24, A35-5/6); the licence decisions and establishment applications still waiting for a step, for
-- the GD's work queue. Rebuilt from the office and office-call events. Portable: PostgreSQL 15 and H2 2.3 in
-- PostgreSQL mode.
CREATE TABLE office_registry (
    office_id               VARCHAR(64)  NOT NULL,
    name                    VARCHAR(200) NOT NULL,
    origin                  VARCHAR(20),
    province                VARCHAR(100),
    city                    VARCHAR(100),
    registered_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    -- set when the office was established through a call for applicants (ADR 0920)
    call_id                 VARCHAR(64),
    application_id          VARCHAR(64),
    licence_required        BOOLEAN      NOT NULL DEFAULT FALSE,
    licence_issued          BOOLEAN      NOT NULL DEFAULT FALSE,
    licence_expires_at      TIMESTAMP WITH TIME ZONE,
    -- the end of a suspension not recorded as ended, and the decision or ruling that set it
    licence_suspended_until TIMESTAMP WITH TIME ZONE,
    licence_suspended_by    VARCHAR(64),
    -- REVOKED or RELINQUISHED, and the ruling of a revocation by a disciplinary ruling
    licence_ended           VARCHAR(20),
    licence_revoked_by      VARCHAR(64),
    licence_address         VARCHAR(300),
    licence_province        VARCHAR(100),
    min_manager             INTEGER      NOT NULL DEFAULT 1,
    min_legal_expert        INTEGER      NOT NULL DEFAULT 1,
    min_it_expert           INTEGER      NOT NULL DEFAULT 1,
    min_clerk               INTEGER      NOT NULL DEFAULT 2,
    staff_count             INTEGER      NOT NULL DEFAULT 0,
    staffing_complete       BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT office_registry_pk PRIMARY KEY (office_id)
);
CREATE INDEX office_registry_province ON office_registry (province, registered_at);

CREATE TABLE office_registry_staff (
    office_id   VARCHAR(64)  NOT NULL,
    -- the person's national code only as a keyed hash (PersonalDataHasher)
    person_hash VARCHAR(100) NOT NULL,
    role        VARCHAR(20)  NOT NULL,
    full_time   BOOLEAN      NOT NULL,
    CONSTRAINT office_registry_staff_pk PRIMARY KEY (office_id, person_hash)
);

CREATE TABLE office_registry_decision (
    office_id   VARCHAR(64)  NOT NULL,
    decision_id VARCHAR(64)  NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    until_at    TIMESTAMP WITH TIME ZONE,
    address     VARCHAR(300),
    province    VARCHAR(100),
    proposed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    opinion_at  TIMESTAMP WITH TIME ZONE,
    decided_at  TIMESTAMP WITH TIME ZONE,
    approved    BOOLEAN,
    CONSTRAINT office_registry_decision_pk PRIMARY KEY (office_id, decision_id)
);
CREATE INDEX office_registry_decision_open ON office_registry_decision (decided_at, opinion_at);

CREATE TABLE office_registry_call (
    call_id  VARCHAR(64)  NOT NULL,
    province VARCHAR(100),
    city     VARCHAR(100),
    offices  INTEGER      NOT NULL,
    CONSTRAINT office_registry_call_pk PRIMARY KEY (call_id)
);

CREATE TABLE office_registry_application (
    call_id        VARCHAR(64)  NOT NULL,
    application_id VARCHAR(64)  NOT NULL,
    applicant_name VARCHAR(200),
    received_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    vetted_at      TIMESTAMP WITH TIME ZONE,
    accepted       BOOLEAN,
    office_id      VARCHAR(64),
    office_name    VARCHAR(200),
    origin         VARCHAR(20),
    proposed_at    TIMESTAMP WITH TIME ZONE,
    decided_at     TIMESTAMP WITH TIME ZONE,
    approved       BOOLEAN,
    appointed_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT office_registry_application_pk PRIMARY KEY (call_id, application_id)
);
CREATE INDEX office_registry_application_office ON office_registry_application (office_id);
