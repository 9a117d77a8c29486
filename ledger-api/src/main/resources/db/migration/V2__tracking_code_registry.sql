-- A5/A7: every tracking code ever issued, so that no two filings share one. The code is
-- reserved in the same transaction as the TrackingCodeIssued event that records it.
CREATE TABLE tracking_code_registry (
    tracking_code VARCHAR(16)  NOT NULL,
    filing_id     VARCHAR(64)  NOT NULL,
    issued_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_tracking_code_registry PRIMARY KEY (tracking_code)
);
