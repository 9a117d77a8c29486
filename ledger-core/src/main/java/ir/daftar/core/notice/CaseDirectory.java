package ir.daftar.core.notice;

import ir.daftar.core.filing.CaseSnapshot;
import java.util.Optional;

/**
 * Port: what the filing ledger says about a case now: its applicant, competent authority, whether
 * it was submitted, and the applicant's contact details in force (A7). Read at the moment of the
 * act, so a notice is deposited to the channels registered at that moment.
 */
public interface CaseDirectory {

    Optional<CaseSnapshot> find(String filingId);
}
