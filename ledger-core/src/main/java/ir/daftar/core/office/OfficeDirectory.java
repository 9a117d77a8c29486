package ir.daftar.core.office;

import java.util.Optional;

/** Port: the current staffing and licence of a registered office, as the office ledger knows it now. */
public interface OfficeDirectory {

    Optional<OfficeStaffing> staffingOf(String officeId);

    /**
     * A22/A24: the office's licence as its approved decisions left it; empty when the office is unknown. The
     * default, for directories that know only staffing, is an office never asked for a licence (ADR 0900).
     */
    default Optional<Licence> licenceOf(String officeId) {
        return staffingOf(officeId).map(s -> Licence.NONE);
    }
}
