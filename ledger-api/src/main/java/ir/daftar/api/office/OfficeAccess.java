package ir.daftar.api.office;

import ir.daftar.api.security.DaftarPrincipal;
import org.springframework.stereotype.Component;

/**
 * The office feature's read rule, in one place (A12, A15); the URL table of
 * {@link ir.daftar.api.security.SecurityConfiguration} only lets the roles in: office staff read
 * only their own office's staffing (another office looks unknown); the GD, operators and inspectors any.
 */
@Component
class OfficeAccess {

    boolean mayReadStaffing(DaftarPrincipal user, String officeId) {
        return !user.role().isOfficeStaff() || officeId.equals(user.officeId());
    }
}
