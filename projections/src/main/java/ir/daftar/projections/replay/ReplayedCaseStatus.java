package ir.daftar.projections.replay;

import ir.daftar.core.common.FilingKind;
import ir.daftar.core.filing.FilingEvent;
import ir.daftar.core.filing.FilingRoute;
import ir.daftar.core.inspection.LedgerEntry;
import ir.daftar.projections.casestatus.CaseStatus;
import ir.daftar.projections.casestatus.CaseStatusChange;
import ir.daftar.projections.casestatus.CaseStatusView;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.TreeMap;

/**
 * One filing's status page folded in memory from its events in order (no table), each event
 * mapped by {@link CaseStatusChange#of}, the function the {@code case-status} projection uses, and
 * applied as the projection applies it: a step per event numbered by its sequence number, the
 * status only moving forward, the office kept once known. Events before the filing started change nothing.
 */
final class ReplayedCaseStatus {

    private final String filingId;
    private String trackingCode;
    private CaseStatus status;
    private FilingKind kind;
    private FilingRoute route;
    private String competentAuthorityName;
    private String officeId;
    private Instant startedAt;
    private Instant updatedAt;
    private CaseStatusChange.Decision decision;
    private final TreeMap<Long, CaseStatusView.Step> steps = new TreeMap<>();

    ReplayedCaseStatus(String filingId) {
        this.filingId = filingId;
    }

    String filingId() {
        return filingId;
    }

    String officeId() {
        return officeId;
    }

    CaseStatus status() {
        return status;
    }

    boolean started() {
        return status != null;
    }

    void apply(LedgerEntry entry) {
        if (!(entry.payload() instanceof FilingEvent event)) {
            return;
        }
        CaseStatusChange change = CaseStatusChange.of(event);
        Instant at = entry.recordedAt().truncatedTo(ChronoUnit.MICROS);
        if (change.start() != null && status == null) {
            status = CaseStatus.STARTED;
            kind = change.start().kind();
            route = change.start().route();
            competentAuthorityName = change.start().competentAuthorityName();
            officeId = change.start().officeId();
            startedAt = at;
            updatedAt = at;
        }
        if (status == null) {
            return;
        }
        if (change.trackingCode() != null) {
            trackingCode = change.trackingCode();
        }
        if (officeId == null && change.officeIfAbsent() != null) {
            officeId = change.officeIfAbsent();
        }
        if (change.competentAuthorityName() != null) {
            competentAuthorityName = change.competentAuthorityName();
        }
        if (change.decision() != null) {
            decision = change.decision();
        }
        steps.put(entry.sequenceNumber(), new CaseStatusView.Step(change.step(), at));
        if (change.reached() != null && change.reached().compareTo(status) > 0) {
            status = change.reached();
        }
        if (at.isAfter(updatedAt)) {
            updatedAt = at;
        }
    }

    /** The status page as it was, or null before the filing started. */
    CaseStatusView view() {
        if (status == null) {
            return null;
        }
        return new CaseStatusView(trackingCode, status, kind, route, competentAuthorityName, startedAt, updatedAt,
                new ArrayList<>(steps.values()), decision == null ? null : decision.caseNumber(),
                decision == null ? null : decision.caseBranch(), decision == null ? null : decision.returnReason());
    }
}
