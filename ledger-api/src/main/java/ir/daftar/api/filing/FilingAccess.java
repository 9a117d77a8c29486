package ir.daftar.api.filing;

import ir.daftar.api.problem.NotFound;
import ir.daftar.api.security.DaftarPrincipal;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.filing.FilingRoute;
import ir.daftar.projections.casestatus.CaseAccess;
import ir.daftar.projections.casestatus.FindCaseAccess;
import ir.daftar.projections.inspection.FindInspectionsOfInspector;
import ir.daftar.projections.inspection.InspectionSummary;
import ir.daftar.projections.privacy.PersonalDataHasher;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The filing feature's access rules, in one place; the URL table of
 * {@link ir.daftar.api.security.SecurityConfiguration} only lets the roles in. The rules about the
 * filing's own state (which office holds it, which authority decides on it) are the aggregate's.
 *
 * <p>A12/A13: who may read a filing's data, one rule for every read of it (its history, its summary),
 * answered from the read side ({@link FindCaseAccess}):
 * <ul>
 *   <li>office staff, a filing their office acted on (A6);</li>
 *   <li>court staff, a filing that goes to their own authority (A13);</li>
 *   <li>the applicant, their own filing (A5, A7: matched by the keyed hash of their national code);</li>
 *   <li>an inspector, a filing of an office under one of their open inspections (A28, A33);</li>
 *   <li>an administrator, any filing.</li>
 * </ul>
 * Anyone else, and an unknown filing, get the same 404: the answer does not say which.
 */
@Component
public class FilingAccess {

    private final QueryGateway queries;
    private final PersonalDataHasher hasher;

    FilingAccess(QueryGateway queries, PersonalDataHasher hasher) {
        this.queries = queries;
        this.hasher = hasher;
    }

    /** Why the reader may read the case: the purpose kept in the access log when they give none. */
    public record Granted(String defaultPurpose) {
    }

    /** A12/A13: the grant to read the filing's data, or NotFound. */
    public Granted requireReader(DaftarPrincipal user, String filingId) {
        ActorRole role = user.role();
        CaseAccess access = queries.query(new FindCaseAccess(filingId), ResponseTypes.instanceOf(CaseAccess.class)).join();
        if (access == null) {
            throw new NotFound("filing");
        }
        if (role == ActorRole.APPLICANT && access.hasApplicant(user.actorId(), hasher)) {
            return new Granted("own case");
        }
        if (role.isOfficeStaff() && access.actedOnBy(user.officeId())) {
            return new Granted(null);
        }
        // A12: court staff read the cases of their own authority only
        if (role == ActorRole.COURT_STAFF && access.goesTo(user.authorityId())) {
            return new Granted(null);
        }
        if (role == ActorRole.INSPECTOR) {
            // A28: inspectors see only the offices of their own open inspections
            List<InspectionSummary> mine = queries.query(new FindInspectionsOfInspector(user.actorId()),
                    ResponseTypes.multipleInstancesOf(InspectionSummary.class)).join();
            return mine.stream()
                    .filter(i -> i.state() != InspectionSummary.State.SENT_TO_GD)
                    .filter(i -> access.actedOnBy(i.officeId()))
                    .findFirst()
                    .map(i -> new Granted("inspection " + i.inspectionId()))
                    .orElseThrow(() -> new NotFound("filing"));
        }
        if (role == ActorRole.ADMIN) {
            return new Granted(null);
        }
        throw new NotFound("filing");
    }

    /**
     * A12: whether the reader sees who acted by their personal ids. The applicant reads their case
     * history as they read its access log: by role, office and authority ({@link ApplicantHistory}).
     */
    boolean seesStaffIds(DaftarPrincipal user) {
        return user.role() != ActorRole.APPLICANT;
    }

    /** A6: the office whose filings a staff member works on: their own. */
    String staffOffice(DaftarPrincipal user) {
        if (!user.role().isOfficeStaff() || user.officeId() == null) {
            throw new AccessDeniedException("an office's filings are read by its staff");
        }
        return user.officeId();
    }

    /** A6: the office a filing starts in: the starter's own office on the office route, none on the portal. */
    String startingOffice(DaftarPrincipal user, FilingRoute route) {
        if (route != FilingRoute.OFFICE) {
            return null;
        }
        if (user.officeId() == null) {
            throw new AccessDeniedException("office filings are started by office staff");
        }
        return user.officeId();
    }
}
