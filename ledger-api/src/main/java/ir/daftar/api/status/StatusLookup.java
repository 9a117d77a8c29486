package ir.daftar.api.status;

import ir.daftar.api.problem.InvalidInput;
import ir.daftar.api.problem.NotFound;
import ir.daftar.api.problem.TooManyRequests;
import ir.daftar.api.throttle.FailureThrottle;
import ir.daftar.core.common.Digits;
import ir.daftar.core.filing.TrackingCode;
import ir.daftar.projections.casestatus.CaseStatusView;
import ir.daftar.projections.casestatus.FindCaseStatus;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * A4/A12: one status lookup, for the API ({@link StatusController}) and the public status page ({@link StatusPage})
 * alike: the tracking code's check digit, the national code's form, the limit on failed lookups per tracking code,
 * the query, and the lookup log (keyed hashes only). An unknown code and a wrong national code are the same
 * {@link NotFound}.
 */
@Component
class StatusLookup {

    private final QueryGateway queries;
    private final StatusLookupLog lookups;
    private final TrackingCodeThrottle codeLimit;
    private final StatusLabels labels;

    StatusLookup(QueryGateway queries, StatusLookupLog lookups, TrackingCodeThrottle codeLimit, StatusLabels labels) {
        this.queries = queries;
        this.lookups = lookups;
        this.codeLimit = codeLimit;
        this.labels = labels;
    }

    /** The case's status for {@code client} (its address, as {@link StatusLookupGuard} found it). */
    StatusAnswer answer(String client, String trackingCode, String nationalCode) {
        String code = Digits.digitsOnly(trackingCode);
        String id = Digits.digitsOnly(nationalCode);
        if (!TrackingCode.isValid(code)) {
            lookups.record(client, null, id, StatusLookupLog.Outcome.INVALID);
            throw InvalidInput.of("trackingCode", "TRACKING_CODE_INVALID", "16 digits with a valid check digit");
        }
        if (!StatusLookupLog.wellFormedNationalCode(id)) {
            lookups.record(client, code, null, StatusLookupLog.Outcome.INVALID);
            throw InvalidInput.of("nationalCode", "INVALID", "10-digit national code or 11-digit national id");
        }
        FailureThrottle.Attempt attempt = codeLimit.begin(code, client);
        if (attempt.refused()) {
            lookups.record(client, code, id, StatusLookupLog.Outcome.LIMITED);
            throw new TooManyRequests("TOO_MANY_REQUESTS", attempt.retryAfter());
        }
        try {
            CaseStatusView view = queries.query(new FindCaseStatus(code, id), ResponseTypes.instanceOf(CaseStatusView.class))
                    .join();
            lookups.record(client, code, id, view == null ? StatusLookupLog.Outcome.NOT_FOUND : StatusLookupLog.Outcome.FOUND);
            if (view == null) {
                codeLimit.failed(attempt, code);
                throw new NotFound("case", "/api/v1/status");
            }
            attempt.succeeded();
            return StatusAnswer.of(view, labels);
        } finally {
            attempt.release();
        }
    }
}
