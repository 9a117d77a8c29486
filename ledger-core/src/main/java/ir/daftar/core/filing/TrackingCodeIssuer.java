package ir.daftar.core.filing;

/**
 * Port: issues a tracking code that no other filing has. Implementations reserve the code
 * in the same transaction as the event that records it.
 */
public interface TrackingCodeIssuer {

    TrackingCode issueFor(String filingId);
}
