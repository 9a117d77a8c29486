package ir.daftar.core.filing;

import ir.daftar.core.filing.CourtFeeState.NotAssessed;
import ir.daftar.core.filing.DocumentState.Conformity;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an open filing gathers before it goes to the authority (A5–A7): its electronic documents and
 * their conformity, the documents the applicant confirmed, the court fee, the written undertaking
 * and the tracking code. Each change gives a new dossier.
 */
record Dossier(Map<String, DocumentState> documents, Set<String> confirmedByApplicant, CourtFeeState fee,
               boolean undertakingAcknowledged, TrackingCode trackingCode) {

    static final Dossier EMPTY = new Dossier(Map.of(), Set.of(), new NotAssessed(), false, null);

    Dossier {
        documents = Collections.unmodifiableMap(new LinkedHashMap<>(documents));
        confirmedByApplicant = Collections.unmodifiableSet(new LinkedHashSet<>(confirmedByApplicant));
    }

    /** The documents no later document replaced, in the order they were digitized. */
    List<String> currentDocumentIds() {
        return documents.entrySet().stream().filter(e -> !e.getValue().replaced()).map(Map.Entry::getKey).toList();
    }

    /** The document, if it is a current document of the filing; null otherwise. */
    DocumentState current(String documentId) {
        DocumentState state = documentId == null ? null : documents.get(documentId);
        return state == null || state.replaced() ? null : state;
    }

    Dossier digitized(ElectronicDocument document, String replacesDocumentId) {
        Map<String, DocumentState> next = new LinkedHashMap<>(documents);
        if (replacesDocumentId != null) {
            next.computeIfPresent(replacesDocumentId, (id, state) -> state.replacedByAnother());
        }
        next.put(document.documentId(), new DocumentState(document, Conformity.PENDING, false));
        return new Dossier(next, confirmedByApplicant, fee, undertakingAcknowledged, trackingCode);
    }

    Dossier decided(String documentId, Conformity decision) {
        Map<String, DocumentState> next = new LinkedHashMap<>(documents);
        next.computeIfPresent(documentId, (id, state) -> state.decided(decision));
        return new Dossier(next, confirmedByApplicant, fee, undertakingAcknowledged, trackingCode);
    }

    Dossier confirmed(List<String> documentIds) {
        Set<String> next = new LinkedHashSet<>(confirmedByApplicant);
        next.addAll(documentIds);
        return new Dossier(documents, next, fee, undertakingAcknowledged, trackingCode);
    }

    Dossier fee(CourtFeeState next) {
        return new Dossier(documents, confirmedByApplicant, next, undertakingAcknowledged, trackingCode);
    }

    Dossier withUndertakingAcknowledged() {
        return new Dossier(documents, confirmedByApplicant, fee, true, trackingCode);
    }

    Dossier trackingCode(TrackingCode code) {
        return new Dossier(documents, confirmedByApplicant, fee, undertakingAcknowledged, code);
    }
}
