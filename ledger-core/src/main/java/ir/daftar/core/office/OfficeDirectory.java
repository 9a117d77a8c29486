package ir.daftar.core.office;

import java.util.Optional;

/** Port: the current staffing of a registered office, as the office ledger knows it now. */
public interface OfficeDirectory {

    Optional<OfficeStaffing> staffingOf(String officeId);
}
