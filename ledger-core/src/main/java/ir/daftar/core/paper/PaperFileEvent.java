package ir.daftar.core.paper;

import org.axonframework.serialization.Revision;

/**
 * What was registered of a preliminary paper file (A10). The event's timestamp is when it was
 * recorded; its {@code occurredAt} metadata is when the paper act happened (earlier).
 */
public sealed interface PaperFileEvent {

    String paperFileId();

    String filingId();

    /**
     * A10: a preliminary paper file was registered after the fact by a judicial officers unit,
     * with who carried the paper file; {@code occurredAt}: its first act.
     */
    @Revision("1")
    record PaperFileRegistered(String paperFileId, String filingId, String reportingBodyId, String paperReference,
                               String carriedBy, int actCount, String registeredBy) implements PaperFileEvent {
    }

    /** A10: one act of the paper file; {@code occurredAt}: when the act happened. */
    @Revision("1")
    record PaperActRecorded(String paperFileId, String filingId, int actNo, String description) implements PaperFileEvent {
    }
}
