-- A13: the competent authorities filings are routed to (courts and their branches, prosecutor's
-- offices, dispute-resolution councils), as reference data imported from CSV. Seeded from the
-- shipped authorities.csv on first start; later imports add and update rows, never delete them
-- (filings and their events name the authorities they were sent to).
CREATE TABLE competent_authority (
    authority_id VARCHAR(40)  NOT NULL,
    kind         VARCHAR(40)  NOT NULL,
    name         VARCHAR(200) NOT NULL,
    province     VARCHAR(100) NOT NULL,
    city         VARCHAR(100) NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_competent_authority PRIMARY KEY (authority_id)
);
