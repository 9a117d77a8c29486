-- The instances of the application that share this database, each with the time it last said it was
-- alive (application clock, like token_entry.time_stamp). The segment balancer divides the event
-- processors' segments among the live ones; a row is removed on a clean shutdown and ignored once it
-- is older than the token claim timeout (a killed instance).
-- Portable: runs unchanged on PostgreSQL 15 and on H2 2.3 in PostgreSQL mode.

CREATE TABLE processing_node (
    node_id VARCHAR(255)             NOT NULL,
    seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT processing_node_pk PRIMARY KEY (node_id)
);
