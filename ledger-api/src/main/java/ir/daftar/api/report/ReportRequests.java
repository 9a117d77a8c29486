package ir.daftar.api.report;

import ir.daftar.core.report.ReportKind;
import ir.daftar.core.report.ReportingBodyKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/** The JSON bodies of the report and paper-file endpoints (A9, A10). Times are ISO-8601 instants, e.g. 2026-05-08T21:40:00Z. */
final class ReportRequests {

    private ReportRequests() {
    }

    record RegisterBodyRequest(@NotNull @Size(max = 40) String reportingBodyId, @NotNull ReportingBodyKind kind,
                               @NotNull @Size(max = 200) String name, @NotNull @Size(max = 5) Set<ReportKind> reportKinds,
                               @Size(max = 500) List<@NotNull @Size(max = 64) String> users) {
    }

    record AddUserRequest(@NotNull @Size(max = 64) String userId) {
    }

    /** A document of a report: its content (the hash is computed here) or its SHA-256 only. */
    record DocumentInput(@NotNull @Size(max = 300) String title, @NotNull Integer pageCount, @Size(max = 64) String sha256,
                         @Size(max = 14_000_000) String contentBase64) {
    }

    record SubmitReportRequest(@NotNull @Size(max = 64) String filingId, @NotNull ReportKind kind,
                               @NotNull @Size(max = 300) String title, @Size(max = 40) String occurredAt,
                               @NotNull @Size(max = 50) List<@Valid DocumentInput> documents) {
    }

    record PaperActInput(@NotNull @Size(max = 1000) String description, @NotNull @Size(max = 40) String occurredAt) {
    }

    record RegisterPaperFileRequest(@NotNull @Size(max = 64) String filingId, @NotNull @Size(max = 64) String paperReference,
                                    @NotNull @Size(max = 200) String carriedBy,
                                    @NotNull @Size(max = 200) List<@Valid PaperActInput> acts) {
    }
}
