package ir.daftar.api.filing;

import io.swagger.v3.oas.annotations.media.Schema;
import ir.daftar.core.fee.CourtFeeInputs;

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
}
