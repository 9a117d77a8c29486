package ir.daftar.projections.inspection;

import java.time.Instant;

/** A33/A37-9: a request of the inspectors the office has not answered, with its deadline. */
public record PendingRequest(String inspectionId, String requestId, String text, Instant deadline, Instant sentAt) {
}
