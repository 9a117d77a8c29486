package ir.daftar.api.filing;

import io.swagger.v3.oas.annotations.media.Schema;
import ir.daftar.api.status.StatusLabels;
import ir.daftar.core.common.FilingKind;
import ir.daftar.core.fee.CourtFeeInputs;
import ir.daftar.core.filing.FilingRoute;
import ir.daftar.projections.casestatus.CaseStatus;
import ir.daftar.projections.casestatus.FilingDetail;
import ir.daftar.projections.casestatus.FilingSummary;
import java.time.Instant;
import java.util.List;

/** The JSON answers of the filing and competent-authority endpoints (A5–A7, A11, A13). */
final class FilingResponses {

    private FilingResponses() {
    }

    @Schema(description = "The filing that was started or acted on")
    record FilingRef(@Schema(example = "3f1c2a7e-8d7b-4e0b-9a4e-2b1f6f0c9d11") String filingId) {
    }

    @Schema(description = "An electronic document added to a filing, with the SHA-256 of its content")
    record DocumentRef(String filingId, @Schema(example = "7a0d6c1e-2f3b-4c5d-8e9f-0a1b2c3d4e5f") String documentId,
                       @Schema(example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256) {
    }

    @Schema(description = "The court fee from the tariff in force, with the tariff's version and the inputs it used (A5)")
    record FeeAssessment(String filingId, @Schema(example = "9000000") long amountRials,
                         @Schema(example = "1405-1") String tariffVersion, CourtFeeInputs inputs) {
    }

    @Schema(description = "The court fee payment recorded (A5, with its receipt: A37-6)")
    record FeePayment(String filingId, @Schema(example = "9000000") long amountRials) {
    }

    @Schema(description = "The contact details registered for all notices of the case (A7), normalized")
    record RegisteredContactDetails(String filingId, @Schema(example = "09121234567") String mobile,
                                    @Schema(example = "sana:1234567890") String electronicAddress) {
    }

    @Schema(description = "The case's tracking code (A5, A7, A11): 16 digits, the last a check digit")
    record IssuedTrackingCode(String filingId, @Schema(example = "4821093376510428") String trackingCode,
                              @Schema(description = "The same code in groups of four, for reading aloud",
                                      example = "4821-0933-7651-0428") String grouped) {
    }

    // reads (issue 12)

    @Schema(description = "A filing at a glance (no names, no contact details, nothing about other parties), its status "
            + "with its Persian and English names")
    record FilingListItem(
            @Schema(example = "3f1c2a7e-8d7b-4e0b-9a4e-2b1f6f0c9d11") String filingId,
            @Schema(description = "Null until issued", example = "4821093376510428") String trackingCode,
            CaseStatus status, StatusLabels.Label statusLabel, FilingKind kind, FilingRoute route,
            String competentAuthorityName,
            @Schema(description = "The office holding the filing; null on the portal until an office receives the originals",
                    example = "OFF-1001") String officeId,
            Instant startedAt, Instant updatedAt,
            @Schema(description = "A13: once registered as a case; null before") String caseNumber,
            @Schema(description = "A13: once registered as a case; null before") String caseBranch,
            @Schema(description = "A13: why the authority returned the filing; null unless returned") String returnReason) {

        static FilingListItem of(FilingSummary f, StatusLabels labels) {
            return new FilingListItem(f.filingId(), f.trackingCode(), f.status(), labels.status(f.status()), f.kind(),
                    f.route(), f.competentAuthorityName(), f.officeId(), f.startedAt(), f.updatedAt(), f.caseNumber(),
                    f.caseBranch(), f.returnReason());
        }
    }

    @Schema(description = "The applicant's own filings, newest first, at most `limit`")
    record MyFilings(List<FilingListItem> filings, @Schema(example = "20") int limit,
                     @Schema(description = "True when there may be more than `limit`") boolean truncated) {
    }

    @Schema(description = "A13: a filing waiting at the competent authority, with when it reached it")
    record IncomingItem(FilingListItem filing,
                        @Schema(description = "When it was submitted to the authority (A11: a paper complaint, when it was "
                                + "registered)") Instant submittedAt) {
    }

    @Schema(description = "A13: the filings waiting at the caller's competent authority (submitted, neither registered "
            + "as a case nor returned), newest submission first, at most `limit`")
    record IncomingFilings(@Schema(example = "TEH-CIV-12") String authorityId, List<IncomingItem> filings,
                           @Schema(example = "50") int limit,
                           @Schema(description = "True when there may be more than `limit`") boolean truncated) {
    }

    @Schema(description = "The filings an office holds and has not yet submitted, the most recently worked on first, at most `limit`")
    record OfficeFilings(@Schema(example = "OFF-1001") String officeId, List<FilingListItem> filings,
                         @Schema(example = "20") int limit,
                         @Schema(description = "True when there may be more than `limit`") boolean truncated) {
    }

    @Schema(description = "A filing's summary: the filing at a glance and its steps, each with its Persian and English names")
    record FilingSummaryAnswer(FilingListItem filing, List<StatusLabels.LabelledStep> steps) {

        static FilingSummaryAnswer of(FilingDetail detail, StatusLabels labels) {
            return new FilingSummaryAnswer(FilingListItem.of(detail.filing(), labels), labels.steps(detail.steps()));
        }
    }
}
