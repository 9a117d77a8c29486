package ir.daftar.projections.inspection;

/** A33 (ADR 1300): the inspections whose report was sent to the GD, the latest sent first; nothing before it is sent. */
public record FindReportsSentToGd() {
}
