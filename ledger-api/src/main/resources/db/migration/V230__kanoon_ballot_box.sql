-- A27 secret ballot (ADR 1310): the sealed ballots of the Kanoon boards' open elections. A row names the election and
-- holds the choice, the random nonce and the commitment (SHA-256 over Kanoon, election, choice and nonce), under a
-- random key: no voter, no time, nothing in the order of the rows. Each ballot cast rewrites the election's rows under
-- fresh keys in a shuffled order; the count publishes them in one event and empties the box.
CREATE TABLE kanoon_ballot_box (
    box_key     VARCHAR(36)  NOT NULL,
    kanoon_id   VARCHAR(64)  NOT NULL,
    election_id VARCHAR(64)  NOT NULL,
    choice      VARCHAR(10)  NOT NULL,
    nonce       VARCHAR(64)  NOT NULL,
    commitment  VARCHAR(64)  NOT NULL,
    CONSTRAINT pk_kanoon_ballot_box PRIMARY KEY (box_key),
    CONSTRAINT uq_kanoon_ballot_box_commitment UNIQUE (commitment)
);
CREATE INDEX ix_kanoon_ballot_box_election ON kanoon_ballot_box (kanoon_id, election_id);
