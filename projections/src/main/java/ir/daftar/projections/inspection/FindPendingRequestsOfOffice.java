package ir.daftar.projections.inspection;

/** A33/A37-9 (ADR 1300): the inspectors' requests to the office not answered yet, the earliest deadline first. */
public record FindPendingRequestsOfOffice(String officeId) {
}
