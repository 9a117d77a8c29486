package ir.daftar.core.common;

/**
 * Metadata carried by every command and copied onto every event it causes: who acted, in
 * which role, for which office or authority. The recording time is the event's timestamp.
 */
public final class MetaDataKeys {

    /** The acting person's id: a staff member's national code, an applicant's national code, or a system account. */
    public static final String ACTOR_ID = "actorId";
    /** The acting person's role, one of the roles of the design (OFFICE_CLERK, APPLICANT, ...). */
    public static final String ACTOR_ROLE = "actorRole";
    /** The office the actor works for, when the actor is office staff. */
    public static final String OFFICE_ID = "officeId";
    /** The authority the actor works for, when the actor is court staff. */
    public static final String AUTHORITY_ID = "authorityId";
    /** The reporting body the actor acts for, when the actor is a reporting body's user (A9). */
    public static final String REPORTING_BODY_ID = "reportingBodyId";
    /**
     * A10: when the act happened, if that differs from when it was recorded (the event's
     * timestamp): an ISO-8601 UTC instant, set by the aggregate on paper-origin events only.
     */
    public static final String OCCURRED_AT = "occurredAt";
    /** The request that caused the command, for tracing. */
    public static final String REQUEST_ID = "requestId";

    private MetaDataKeys() {
    }
}
