package ir.daftar.ops.engines;

import org.axonframework.serialization.Revision;

/**
 * The payload both engines store: shaped like the ledger's filing events (a filing id, an office, who
 * acted, a document's SHA-256 and page count), about as long in JSON as their average (194 bytes).
 */
@Revision("1")
public record DocumentRecorded(
        String filingId,
        int step,
        String officeId,
        String documentId,
        String sha256,
        int pages,
        String recordedBy) {
}
