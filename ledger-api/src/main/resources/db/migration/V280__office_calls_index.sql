-- A22(a) (ADR 0920): the calls for applicants are listed from the event store by their first event, found through
-- this partial index (a few rows) rather than by reading the whole store.
CREATE INDEX ix_domain_event_office_call_opened ON domain_event_entry (global_index)
    WHERE payload_type = 'ir.daftar.core.establishment.OfficeCallEvent$OfficeCallOpened';
