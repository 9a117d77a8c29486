package ir.daftar.core.access;

import org.axonframework.serialization.Revision;

/**
 * Reads of case data, recorded as events (A12, A37-13): every time staff, court or inspectors
 * look at a case, the ledger says who (in metadata: actor, role, office or authority), what and
 * why. These events belong to no aggregate; they are published on the event bus and stored.
 */
public sealed interface AccessEvent {

    /** A12/A37-13: someone read the data of a filing. {@code view} names what was read, e.g. {@code history}. */
    @Revision("1")
    record CaseDataRead(String filingId, String view, String purpose) implements AccessEvent {
    }

    /** A28/A33: an inspector replayed or viewed an office's record; the inspection is itself on the record. */
    @Revision("1")
    record OfficeRecordViewed(String officeId, String inspectionId, String view, String parameters)
            implements AccessEvent {
    }
}
