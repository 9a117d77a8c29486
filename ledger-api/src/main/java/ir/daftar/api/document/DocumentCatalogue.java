package ir.daftar.api.document;

import ir.daftar.core.filing.ElectronicDocument;
import ir.daftar.core.filing.FilingEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateNotFoundException;

/**
 * A5/A6: the documents a filing's events name, from the events themselves (the ledger is the record of
 * which document has which hash): every {@code DocumentDigitized}, a replaced one included (A5: a replaced
 * document is not erased, the court and the inspectors still read it), and those of a complaint registered
 * from paper (A11).
 */
public class DocumentCatalogue {

    private final EventStore events;

    public DocumentCatalogue(EventStore events) {
        this.events = events;
    }

    /** Every document the filing's events name, by id, the latest digitization of an id last. */
    public Map<String, ElectronicDocument> documentsOf(String filingId) {
        Map<String, ElectronicDocument> found = new LinkedHashMap<>();
        DomainEventStream stream;
        try {
            stream = events.readEvents(filingId);
        } catch (AggregateNotFoundException e) {
            return found;
        }
        while (stream.hasNext()) {
            DomainEventMessage<?> m = stream.next();
            Object payload = m.getPayload();
            if (payload instanceof FilingEvent.DocumentDigitized d) {
                found.put(d.document().documentId(), d.document());
            } else if (payload instanceof FilingEvent.PaperComplaintRegistered p && p.documents() != null) {
                p.documents().forEach(doc -> found.put(doc.documentId(), doc));
            }
        }
        return found;
    }

    public Optional<ElectronicDocument> find(String filingId, String documentId) {
        return Optional.ofNullable(documentsOf(filingId).get(documentId));
    }
}
