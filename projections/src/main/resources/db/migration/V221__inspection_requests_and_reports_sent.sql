-- inspection-list, A33/A37-9 (ADR 1300): the inspectors' requests to an office and whether each was answered, for the
-- office's manager (pending requests and their deadlines); and when a report was sent to the GD, for the GD's list.
-- Rebuilt from the inspection events. Portable: PostgreSQL 15 and H2 2.3 in PostgreSQL mode.
CREATE TABLE inspection_request (
    inspection_id VARCHAR(255)  NOT NULL,
    request_id    VARCHAR(64)   NOT NULL,
    office_id     VARCHAR(64)   NOT NULL,
    text          VARCHAR(4000) NOT NULL,
    deadline      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    answered_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT inspection_request_pk PRIMARY KEY (inspection_id, request_id)
);
CREATE INDEX inspection_request_office ON inspection_request (office_id, answered_at);

ALTER TABLE inspection_list ADD COLUMN sent_at TIMESTAMP WITH TIME ZONE;
