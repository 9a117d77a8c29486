-- discipline, A34-A38 (ADR 1200): disciplinary cases, their rulings and the public list of reprimands,
-- for a case's docket entry, a board's docket, an office's disciplinary history as of any instant and the
-- repeat-offence rule (A38 note 3). Rebuilt from the disciplinary case events. Portable: PostgreSQL 15 and
-- H2 2.3 in PostgreSQL mode.
CREATE TABLE discipline_case (
    case_id             VARCHAR(64)  NOT NULL,
    origin              VARCHAR(30)  NOT NULL,
    office_id           VARCHAR(64)  NOT NULL,
    accused_id          VARCHAR(40)  NOT NULL,
    accused_role        VARCHAR(20)  NOT NULL,
    charges             VARCHAR(200) NOT NULL,
    inspection_id       VARCHAR(64),
    finding_id          VARCHAR(64),
    opened_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    primary_board_id    VARCHAR(64),
    appeal_board_id     VARCHAR(64),
    crime_referred      BOOLEAN      NOT NULL DEFAULT FALSE,
    complaint_withdrawn BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT discipline_case_pk PRIMARY KEY (case_id)
);
CREATE INDEX discipline_case_office ON discipline_case (office_id, opened_at);
CREATE INDEX discipline_case_primary_board ON discipline_case (primary_board_id);
CREATE INDEX discipline_case_appeal_board ON discipline_case (appeal_board_id);

CREATE TABLE discipline_ruling (
    case_id           VARCHAR(64) NOT NULL,
    ruling_id         VARCHAR(64) NOT NULL,
    office_id         VARCHAR(64) NOT NULL,
    accused_id        VARCHAR(40) NOT NULL,
    level             VARCHAR(10) NOT NULL,
    board_id          VARCHAR(64) NOT NULL,
    -- null: no violation found
    degree            INTEGER,
    suspension_months INTEGER,
    issued_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    notified_at       TIMESTAMP WITH TIME ZONE,
    appeal_due        DATE,
    appealed_at       TIMESTAMP WITH TIME ZONE,
    objected_at       TIMESTAMP WITH TIME ZONE,
    final_at          TIMESTAMP WITH TIME ZONE,
    final_basis       VARCHAR(30),
    suspended_until   TIMESTAMP WITH TIME ZONE,
    set_aside_at      TIMESTAMP WITH TIME ZONE,
    set_aside_by      VARCHAR(64),
    CONSTRAINT discipline_ruling_pk PRIMARY KEY (case_id, ruling_id)
);
CREATE INDEX discipline_ruling_office ON discipline_ruling (office_id, issued_at);
CREATE INDEX discipline_ruling_accused ON discipline_ruling (accused_id);

CREATE TABLE discipline_reprimand (
    case_id      VARCHAR(64) NOT NULL,
    ruling_id    VARCHAR(64) NOT NULL,
    office_id    VARCHAR(64) NOT NULL,
    accused_role VARCHAR(20) NOT NULL,
    charges      VARCHAR(200) NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE NOT NULL,
    withdrawn_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT discipline_reprimand_pk PRIMARY KEY (case_id, ruling_id)
);
