package ir.daftar.core.filing;

import java.util.Optional;

/**
 * Port: the cases the ledger knows (A9, A10), read from the filing ledger itself, so that a report
 * or a paper file is linked only to a case that exists, and is acknowledged by the right authority.
 */
public interface CaseDirectory {

    Optional<CaseReference> find(String filingId);
}
