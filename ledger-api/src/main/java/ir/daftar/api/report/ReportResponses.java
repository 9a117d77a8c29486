package ir.daftar.api.report;

import io.swagger.v3.oas.annotations.media.Schema;

/** The JSON answers of the report and paper-file endpoints (A9, A10). */
final class ReportResponses {

    private ReportResponses() {
    }

    @Schema(description = "A registered reporting body")
    record ReportingBodyRef(@Schema(example = "POLICE-TEH-12") String reportingBodyId) {
    }

    @Schema(description = "A user added to a reporting body")
    record ReportingBodyUser(@Schema(example = "POLICE-TEH-12") String reportingBodyId,
                             @Schema(example = "officer-0042") String userId) {
    }

    @Schema(description = "A report on a case, with its own tracking code (A9)")
    record SubmittedReport(String reportId, String filingId, @Schema(example = "4821093376510428") String trackingCode,
                           @Schema(example = "4821-0933-7651-0428") String grouped) {
    }

    @Schema(description = "The report acted on")
    record ReportRef(String reportId) {
    }

    @Schema(description = "A preliminary paper file registered after the fact (A10)")
    record PaperFileRef(String paperFileId, String filingId) {
    }
}
