package ir.daftar.projections.inspection;

import ir.daftar.core.inspection.InspectionEvent;
import ir.daftar.core.inspection.InspectionEvent.FindingAccepted;
import ir.daftar.core.inspection.InspectionEvent.FindingDismissed;
import ir.daftar.core.inspection.InspectionEvent.InspectionOpened;
import ir.daftar.core.inspection.InspectionEvent.ReportCorrected;
import ir.daftar.core.inspection.InspectionEvent.ReportFinalized;
import ir.daftar.core.inspection.InspectionEvent.ReportSentToGd;
import ir.daftar.core.inspection.InspectionEvent.RequestAnswered;
import ir.daftar.core.inspection.InspectionEvent.RequestSentToOffice;
import ir.daftar.core.inspection.LedgerEntry;
import ir.daftar.projections.store.EventStoreCursor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An inspection as its events tell it, read from the event store: who inspects which office
 * over which period, the requests and answers, the decisions on findings, the report.
 */
public final class InspectionFile {

    public record Request(String requestId, String text, Instant deadline, Instant sentAt, String answer, Instant answeredAt,
                          String answeredBy) {
    }

    public record Decision(String findingId, boolean accepted, FindingAccepted acceptedAs, String reason, String decidedBy,
                           Instant at) {
    }

    public record Correction(String text, String by, Instant at) {
    }

    private InspectionOpened opened;
    private Instant openedAt;
    private final Map<String, Request> requests = new LinkedHashMap<>();
    private final Map<String, Decision> decisions = new LinkedHashMap<>();
    private ReportFinalized report;
    private Instant finalizedAt;
    private Instant sentAt;
    private final List<Correction> corrections = new ArrayList<>();

    /** The inspection's file, or empty when no inspection has this id. */
    public static Optional<InspectionFile> load(EventStoreCursor cursor, String inspectionId) {
        InspectionFile file = new InspectionFile();
        cursor.streamAggregate(inspectionId, e -> {
            file.apply(e);
            return true;
        });
        return file.opened == null ? Optional.empty() : Optional.of(file);
    }

    private void apply(LedgerEntry e) {
        if (!(e.payload() instanceof InspectionEvent event)) {
            return;
        }
        Instant at = e.recordedAt();
        if (event instanceof InspectionOpened o) {
            opened = o;
            openedAt = at;
        } else if (event instanceof RequestSentToOffice r) {
            requests.put(r.requestId(), new Request(r.requestId(), r.text(), r.deadline(), at, null, null, null));
        } else if (event instanceof RequestAnswered a) {
            Request r = requests.get(a.requestId());
            if (r != null) {
                requests.put(a.requestId(), new Request(r.requestId(), r.text(), r.deadline(), r.sentAt(), a.answer(), at,
                        a.answeredBy()));
            }
        } else if (event instanceof FindingAccepted f) {
            decisions.put(f.findingId(), new Decision(f.findingId(), true, f, f.reason(), f.decidedBy(), at));
        } else if (event instanceof FindingDismissed f) {
            decisions.put(f.findingId(), new Decision(f.findingId(), false, null, f.reason(), f.decidedBy(), at));
        } else if (event instanceof ReportFinalized f) {
            report = f;
            finalizedAt = at;
        } else if (event instanceof ReportSentToGd) {
            sentAt = at;
        } else if (event instanceof ReportCorrected c) {
            corrections.add(new Correction(c.correction(), c.correctedBy(), at));
        }
    }

    public InspectionOpened opened() {
        return opened;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public String officeId() {
        return opened.officeId();
    }

    public List<Request> requests() {
        return List.copyOf(requests.values());
    }

    public Map<String, Decision> decisions() {
        return Map.copyOf(decisions);
    }

    public Optional<ReportFinalized> report() {
        return Optional.ofNullable(report);
    }

    public Instant finalizedAt() {
        return finalizedAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public List<Correction> corrections() {
        return List.copyOf(corrections);
    }

    /** Open: its report not yet sent to the GD. */
    public boolean isOpen() {
        return sentAt == null;
    }

    public boolean hasInspector(String actorId) {
        return opened.inspectorIds().contains(actorId);
    }
}
