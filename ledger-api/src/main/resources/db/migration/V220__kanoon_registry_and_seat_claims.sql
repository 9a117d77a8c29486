-- A25 (ADR 1300): the Kanoons formed, one per province, written in the transaction of the KanoonFormed event.
-- Formations are computed one at a time: each takes the lock row below first.
CREATE TABLE kanoon_registry (
    kanoon_id     VARCHAR(64)  NOT NULL,
    province_code VARCHAR(40)  NOT NULL,
    formed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_kanoon_registry PRIMARY KEY (kanoon_id),
    CONSTRAINT uq_kanoon_registry_province UNIQUE (province_code)
);

CREATE TABLE kanoon_formation_lock (
    id INTEGER NOT NULL,
    CONSTRAINT pk_kanoon_formation_lock PRIMARY KEY (id)
);
INSERT INTO kanoon_formation_lock (id) VALUES (1);

-- A23 note (ADR 1300): the Council's and the Kanoon boards' seats, each claimed for its term (days [held_from,
-- held_until)) in the transaction of the event that appoints to it. A claim first locks the person's row in
-- seat_holder, so two claims of one person are checked one after the other, never side by side.
CREATE TABLE seat_holder (
    national_code VARCHAR(10) NOT NULL,
    CONSTRAINT pk_seat_holder PRIMARY KEY (national_code)
);

CREATE TABLE seat_claim (
    national_code VARCHAR(10) NOT NULL,
    body          VARCHAR(16) NOT NULL,
    scope         VARCHAR(64) NOT NULL,
    held_from     DATE        NOT NULL,
    held_until    DATE        NOT NULL,
    claimed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_seat_claim PRIMARY KEY (national_code, body, scope, held_from),
    CONSTRAINT fk_seat_claim_holder FOREIGN KEY (national_code) REFERENCES seat_holder (national_code)
);
