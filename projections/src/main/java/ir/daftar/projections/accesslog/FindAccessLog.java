package ir.daftar.projections.accesslog;

/** The reads of one filing's data, oldest first. */
public record FindAccessLog(String filingId) {
}
