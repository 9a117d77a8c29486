package ir.daftar.api.report;

import ir.daftar.api.security.DaftarPrincipal;
import ir.daftar.core.common.ActorRole;
import ir.daftar.projections.report.ReportView;
import org.springframework.stereotype.Component;

/**
 * The reporting feature's read rules, in one place (A9, A12, A13); the URL table of
 * {@link ir.daftar.api.security.SecurityConfiguration} only lets the roles in. What is not
 * readable is answered as unknown (404) by the controller.
 */
@Component
class ReportAccess {

    /** A9: a body's own users see only their own body; the GD, operators and court staff any. */
    boolean mayReadBody(DaftarPrincipal user, String reportingBodyId) {
        return user.role() != ActorRole.REPORTING_BODY || reportingBodyId.equals(user.reportingBodyId());
    }

    /** A9/A13: a report is read by the body that sent it and by court staff of the case's competent authority. */
    boolean mayRead(DaftarPrincipal user, ReportView report) {
        if (user.role() == ActorRole.REPORTING_BODY) {
            return report.reportingBodyId().equals(user.reportingBodyId());
        }
        return user.role() == ActorRole.COURT_STAFF && report.competentAuthorityId().equals(user.authorityId());
    }
}
