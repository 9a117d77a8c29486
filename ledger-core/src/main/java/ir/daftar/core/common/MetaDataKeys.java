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
    /** The request that caused the command, for tracing. */
    public static final String REQUEST_ID = "requestId";

    private MetaDataKeys() {
    }
}
