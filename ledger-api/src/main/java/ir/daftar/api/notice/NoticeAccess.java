package ir.daftar.api.notice;

import ir.daftar.api.problem.NotFound;
import ir.daftar.api.security.DaftarPrincipal;
import ir.daftar.core.common.ActorRole;
import ir.daftar.projections.notices.FindInbox;
import ir.daftar.projections.notices.NoticeList;
import ir.daftar.projections.notices.NoticeView;
import java.util.Objects;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * The notice feature's read rules, in one place (A8, A12); the URL table of
 * {@link ir.daftar.api.security.SecurityConfiguration} only lets the roles in. Court staff read
 * the notices of their own authority, a recipient their own, operators any; someone else's notice
 * and an unknown one look the same (404).
 */
@Component
public class NoticeAccess {

    private final QueryGateway queries;

    NoticeAccess(QueryGateway queries) {
        this.queries = queries;
    }

    /** Passes when the user may read this notice; NotFound otherwise. */
    public void requireReader(DaftarPrincipal user, NoticeView view) {
        if (user.role() == ActorRole.COURT_STAFF && !Objects.equals(user.authorityId(), view.authorityId())) {
            throw new NotFound("notice");
        }
        if (user.role() == ActorRole.APPLICANT) {
            NoticeList mine = queries.query(new FindInbox(user.actorId()), NoticeList.class).join();
            if (mine.notices().stream().noneMatch(n -> n.noticeId().equals(view.noticeId()))) {
                throw new NotFound("notice");
            }
        }
    }

    /** The notices of a case this user may see: court staff, their own authority's. */
    NoticeList visible(DaftarPrincipal user, NoticeList all) {
        if (user.role() == ActorRole.COURT_STAFF) {
            return new NoticeList(all.notices().stream()
                    .filter(n -> Objects.equals(n.authorityId(), user.authorityId())).toList());
        }
        return all;
    }
}
