package ir.daftar.api.inspection;

import ir.daftar.api.security.DaftarPrincipal;
import ir.daftar.core.common.ActorRole;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * The inspection feature's access rules, in one place (A28, A33); the URL table of
 * {@link ir.daftar.api.security.SecurityConfiguration} only lets the roles in. What is not
 * allowed is answered as unknown (404) by the controller.
 */
@Component
class InspectionAccess {

    /**
     * A28: an inspection is worked (and read) by its own inspectors; an act that changes it, only
     * while it is open.
     */
    boolean mayWork(DaftarPrincipal user, Predicate<String> isInspector, boolean open, boolean mustBeOpen) {
        return user.role() == ActorRole.INSPECTOR && isInspector.test(user.actorId()) && (open || !mustBeOpen);
    }

    /** A33: the General Directorate reads every inspection report. */
    boolean readsEveryReport(DaftarPrincipal user) {
        return user.role() == ActorRole.GD_OFFICER;
    }
}
