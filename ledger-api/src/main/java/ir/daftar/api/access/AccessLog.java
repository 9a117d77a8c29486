package ir.daftar.api.access;

import ir.daftar.api.security.DaftarPrincipal;
import ir.daftar.core.access.AccessEvent;
import ir.daftar.core.common.MetaDataKeys;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * Every read of case data, and every replay or as-of view of an office's record, is itself an
 * event on the ledger (A12, A37-13): who (actor, role, office or authority, in metadata), what, why.
 */
@Component
public class AccessLog {

    private final EventGateway events;

    AccessLog(EventGateway events) {
        this.events = events;
    }

    public void caseRead(DaftarPrincipal reader, String filingId, String view, String purpose) {
        publish(reader, new AccessEvent.CaseDataRead(filingId, view, purpose));
    }

    public void officeRecordViewed(DaftarPrincipal reader, String officeId, String inspectionId, String view, String parameters) {
        publish(reader, new AccessEvent.OfficeRecordViewed(officeId, inspectionId, view, parameters));
    }

    private void publish(DaftarPrincipal reader, AccessEvent event) {
        Map<String, Object> meta = new HashMap<>(reader.actor().asMetaData());
        if (reader.authorityId() != null) {
            meta.put(MetaDataKeys.AUTHORITY_ID, reader.authorityId());
        }
        String requestId = MDC.get(MetaDataKeys.REQUEST_ID);
        if (requestId != null) {
            meta.put(MetaDataKeys.REQUEST_ID, requestId);
        }
        events.publish(new GenericEventMessage<>(event, meta));
    }
}
