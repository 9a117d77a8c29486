package ir.daftar.core.filing;

import ir.daftar.core.contact.ContactDetails;

/**
 * A filing as other ledgers need to see it: who the applicant is, which authority it went to,
 * whether it was submitted, and the applicant's contact details in force now (A7; null before
 * they are registered).
 */
public record CaseSnapshot(String filingId, String applicantId, String competentAuthorityId, boolean submitted,
                           ContactDetails applicantContact) {
}
