package ir.daftar.api.access;

import ir.daftar.api.problem.NotFound;
import ir.daftar.api.security.DaftarPrincipal;
import ir.daftar.projections.casestatus.CaseAccess;
import ir.daftar.projections.casestatus.FindCaseAccess;
import ir.daftar.projections.privacy.PersonalDataHasher;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * The access log's access rule, in one place: A12, the applicant, and only the applicant, reads who
 * read their case (matched by the keyed hash of their national code, from the read side). Someone
 * else's filing and an unknown one get the same 404.
 */
@Component
class AccessLogAccess {

    private final QueryGateway queries;
    private final PersonalDataHasher hasher;

    AccessLogAccess(QueryGateway queries, PersonalDataHasher hasher) {
        this.queries = queries;
        this.hasher = hasher;
    }

    /** Passes for the filing's applicant; NotFound for anyone else. */
    void requireApplicant(DaftarPrincipal user, String filingId) {
        CaseAccess access = queries.query(new FindCaseAccess(filingId), ResponseTypes.instanceOf(CaseAccess.class)).join();
        if (access == null || !access.hasApplicant(user.actorId(), hasher)) {
            throw new NotFound("filing");
        }
    }
}
