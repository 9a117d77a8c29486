package ir.daftar.api.inspection;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import ir.daftar.core.inspection.ActivityEntry;
import ir.daftar.core.inspection.Finding;
import ir.daftar.core.inspection.InspectionEvent.InspectionOpened;
import ir.daftar.core.inspection.InspectionEvent.ReportFinalized;
import ir.daftar.core.inspection.OfficeAudit;
import ir.daftar.projections.casehistory.CaseHistoryView;
import ir.daftar.projections.casestatus.CaseStatusView;
import ir.daftar.projections.replay.AsOfViews;
import ir.daftar.projections.inspection.InspectionFile;
import ir.daftar.projections.inspection.InspectionSummary;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The JSON answers of the inspection endpoints (A28, A33, A37). */
final class InspectionResponses {

    private InspectionResponses() {
    }

    @Schema(description = "The inspection acted on")
    record InspectionRef(@Schema(example = "9d2c4b1a-6e5f-4a3b-8c7d-1e2f3a4b5c6d") String inspectionId) {
    }

    @Schema(description = "A request to the inspected office (A37-9)")
    record RequestRef(String inspectionId, @Schema(example = "REQ-1") String requestId) {
    }

    @Schema(description = "A finding decided on (A33)")
    record FindingRef(String inspectionId, String findingId) {
    }

    @Schema(description = "The inspection's file: office, period, requests, decisions on findings, report state")
    record InspectionState(InspectionOpened inspection, boolean open, List<InspectionFile.Request> requests,
                           Collection<InspectionFile.Decision> decisions,
                           @Schema(description = "Null until the report is finalized") ReportFinalized report,
                           List<InspectionFile.Correction> corrections) {
    }

    @Schema(description = "The findings over the inspected period, with the decisions so far and the statistics")
    record InspectionFindings(List<InspectionReports.ReportFinding> findings, InspectionReports.Statistics statistics) {
    }

    @Schema(description = "A filing's status page and timeline at one instant")
    record FilingAtInstant(@Schema(description = "Null when the filing had no status page yet") CaseStatusView status,
                           @Schema(description = "Null when the filing did not exist yet") CaseHistoryView history) {
    }

    @Schema(description = "A filing as shown at an instant, beside the same as known now")
    record FilingAsOf(Instant at, @Schema(example = "1405/03/11 11:30") String atJalali, FilingAtInstant asShownThen,
                      FilingAtInstant asKnownNow) {
    }

    @Schema(description = "The office's queue (filings held, not yet submitted) at an instant")
    record QueueAsOf(String officeId, Instant at, @Schema(example = "1405/03/11 11:30") String atJalali,
                     List<AsOfViews.QueueItem> queue) {
    }

    // reads (issue 12)
    @Schema(description = "The inspector's inspections, newest first (A28, A33)")
    record MyInspections(List<InspectionSummary> inspections) {
    }

    /** One line of the replay's NDJSON stream; which fields it has depends on its {@code type}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "One line of the replay stream (NDJSON). `progress`: scanned, total, percent; `activity`: "
            + "entry; `finding`: finding; `statistics` (the last line): statistics, durationMillis, headIndex")
    record ReplayLine(@Schema(allowableValues = {"progress", "activity", "finding", "statistics"}) String type,
                      Long scanned, Long total, Integer percent, ActivityEntry entry, Finding finding,
                      OfficeAudit.Statistics statistics, Long durationMillis, Long headIndex) {

        static ReplayLine progress(long scanned, long total, int percent) {
            return new ReplayLine("progress", scanned, total, percent, null, null, null, null, null);
        }

        static ReplayLine activity(ActivityEntry entry) {
            return new ReplayLine("activity", null, null, null, entry, null, null, null, null);
        }

        static ReplayLine finding(Finding finding) {
            return new ReplayLine("finding", null, null, null, null, finding, null, null, null);
        }

        static ReplayLine statistics(OfficeAudit.Statistics statistics, long durationMillis, long headIndex) {
            return new ReplayLine("statistics", null, null, null, null, null, statistics, durationMillis, headIndex);
        }
    }
}
