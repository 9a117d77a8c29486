package ir.daftar.projections.report;

/**
 * A9: the report with this tracking code (its own, issued when it was sent), typed with or without
 * separators; answered with a {@link ReportView}, or {@code null} when no report has that code. Who
 * may see it is the caller's business: the body that sent it and the case's competent authority.
 */
public record FindReportByTrackingCode(String trackingCode) {
}
