-- inspection-list, A28/A33: the inspections each inspector takes part in (the one who opened it is
-- always one of them), with the office, the period and how far the report has come.
-- Rebuilt from the inspection events. Portable: PostgreSQL 15 and H2 2.3 in PostgreSQL mode.
CREATE TABLE inspection_list (
    inspection_id VARCHAR(255) NOT NULL,
    kind          VARCHAR(40)  NOT NULL,
    kanoon_id     VARCHAR(64)  NOT NULL,
    office_id     VARCHAR(64)  NOT NULL,
    period_from   TIMESTAMP WITH TIME ZONE NOT NULL,
    period_to     TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_by     VARCHAR(100) NOT NULL,
    opened_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    -- OPEN, FINALIZED (the report), SENT_TO_GD
    state         VARCHAR(20)  NOT NULL,
    CONSTRAINT inspection_list_pk PRIMARY KEY (inspection_id)
);

CREATE TABLE inspection_list_inspector (
    inspection_id VARCHAR(255) NOT NULL,
    inspector_id  VARCHAR(100) NOT NULL,
    CONSTRAINT inspection_list_inspector_pk PRIMARY KEY (inspector_id, inspection_id)
);
