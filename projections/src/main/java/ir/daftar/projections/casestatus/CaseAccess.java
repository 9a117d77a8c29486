package ir.daftar.projections.casestatus;

import ir.daftar.core.common.Digits;
import ir.daftar.projections.privacy.PersonalDataHasher;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * Who a filing belongs to, as far as reading it goes (A5, A6, A12, A13): the competent authority it
 * goes to, the offices that acted on it, and its applicant, whose identifier is kept only as a keyed hash.
 *
 * @param officeIds the offices that acted on the filing: the office holding it, when one does. Only
 *                  the holding office acts on a filing (A6), and once an office holds it, it keeps it.
 */
public record CaseAccess(String filingId, String competentAuthorityId, List<String> officeIds, String applicantIdHash) {

    public CaseAccess {
        officeIds = List.copyOf(officeIds);
    }

    /** Whether this office acted on the filing. */
    public boolean actedOnBy(String officeId) {
        return officeId != null && officeIds.contains(officeId);
    }

    /** Whether the filing goes to this competent authority. */
    public boolean goesTo(String authorityId) {
        return authorityId != null && authorityId.equals(competentAuthorityId);
    }

    /**
     * Whether the person with this national code (or legal person's national id) is the applicant:
     * compared by the keyed hash, in constant time.
     */
    public boolean hasApplicant(String nationalCode, PersonalDataHasher hasher) {
        String canonical = nationalCode == null ? null : Digits.digitsOnly(nationalCode).strip();
        if (canonical == null || canonical.isEmpty() || applicantIdHash == null) {
            return false;
        }
        return MessageDigest.isEqual(applicantIdHash.getBytes(StandardCharsets.UTF_8),
                hasher.hash(canonical).getBytes(StandardCharsets.UTF_8));
    }
}
