package ir.daftar.api.filing;

import ir.daftar.api.problem.NotFound;
import ir.daftar.api.security.DaftarPrincipal;
import ir.daftar.core.common.ActorRole;
import ir.daftar.projections.casehistory.CaseHistoryView;
import ir.daftar.projections.casehistory.FindCaseHistory;
import ir.daftar.projections.casestatus.FindOwnFiling;
import ir.daftar.projections.casestatus.FilingDetail;
import ir.daftar.projections.inspection.FindInspectionsOfInspector;
import ir.daftar.projections.inspection.InspectionSummary;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * A12/A13: who may read a filing's data, one rule for every read of it (its history, its summary):
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
class CaseReadAccess {

    private final QueryGateway queries;

    CaseReadAccess(QueryGateway queries) {
        this.queries = queries;
    }

    /** Why the reader may read the case: the purpose kept in the access log when they give none. */
    record Granted(String defaultPurpose) {
    }

    /** The grant, or NotFound. */
    Granted require(DaftarPrincipal user, String filingId) {
        ActorRole role = user.role();
        if (role == ActorRole.APPLICANT) {
            if (ownFiling(user, filingId).isEmpty()) {
                throw new NotFound("filing");
            }
            return new Granted("own case");
        }
        if (!role.isOfficeStaff() && role != ActorRole.COURT_STAFF && role != ActorRole.INSPECTOR
                && role != ActorRole.ADMIN) {
            throw new NotFound("filing");
        }
        CaseHistoryView whole = queries.query(new FindCaseHistory(filingId), ResponseTypes.instanceOf(CaseHistoryView.class))
                .join();
        if (whole == null) {
            throw new NotFound("filing");
        }
        if (role.isOfficeStaff()) {
            if (whole.entries().stream().noneMatch(e -> Objects.equals(e.officeId(), user.officeId()))) {
                throw new NotFound("filing");
            }
            return new Granted(null);
        }
        if (role == ActorRole.COURT_STAFF) {
            // A12: court staff read the cases of their own authority only
            if (!Objects.equals(competentAuthorityOf(whole), user.authorityId())) {
                throw new NotFound("filing");
            }
            return new Granted(null);
        }
        if (role == ActorRole.INSPECTOR) {
            // A28: inspectors see only the offices of their own open inspections
            List<InspectionSummary> mine = queries.query(new FindInspectionsOfInspector(user.actorId()),
                    ResponseTypes.multipleInstancesOf(InspectionSummary.class)).join();
            return mine.stream()
                    .filter(i -> i.state() != InspectionSummary.State.SENT_TO_GD)
                    .filter(i -> whole.entries().stream().anyMatch(e -> i.officeId().equals(e.officeId())
                            || i.officeId().equals(e.details().path("officeId").asText(null))))
                    .findFirst()
                    .map(i -> new Granted("inspection " + i.inspectionId()))
                    .orElseThrow(() -> new NotFound("filing"));
        }
        return new Granted(null);
    }

    /** The applicant's own filing, or empty when unknown or someone else's. */
    Optional<FilingDetail> ownFiling(DaftarPrincipal user, String filingId) {
        return Optional.ofNullable(queries.query(new FindOwnFiling(filingId, user.actorId()),
                ResponseTypes.instanceOf(FilingDetail.class)).join());
    }

    static String competentAuthorityOf(CaseHistoryView view) {
        return view.entries().stream().filter(e -> "FilingStarted".equals(e.eventType())).findFirst()
                .map(e -> e.details().path("competentAuthority").path("id").asText(null)).orElse(null);
    }
}
