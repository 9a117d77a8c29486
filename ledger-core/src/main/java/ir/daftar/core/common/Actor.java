package ir.daftar.core.common;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Who is acting, read from the metadata every command carries (see {@link MetaDataKeys}):
 * the person's id, role and, depending on the role, the office (office staff), the competent
 * authority (court staff) or the reporting body (A9: judicial officers, experts, forensic
 * medicine, prisons) the person acts for.
 */
public record Actor(String id, ActorRole role, String officeId, String authorityId, String reportingBodyId) {

    public Actor {
        Objects.requireNonNull(id, "actor id");
        Objects.requireNonNull(role, "actor role");
    }

    /** An actor without an authority or a reporting body (applicants, office staff, system accounts). */
    public Actor(String id, ActorRole role, String officeId) {
        this(id, role, officeId, null, null);
    }

    /** Court staff of a competent authority (A13). */
    public static Actor ofAuthority(String id, String authorityId) {
        return new Actor(id, ActorRole.COURT_STAFF, null, authorityId, null);
    }

    /** A user of a registered reporting body (A9). */
    public static Actor ofReportingBody(String id, String reportingBodyId) {
        return new Actor(id, ActorRole.REPORTING_BODY, null, null, reportingBodyId);
    }

    /** Reads the actor from command metadata; fails when a command arrives without one. */
    public static Actor from(Map<String, ?> metaData) {
        Object id = metaData.get(MetaDataKeys.ACTOR_ID);
        Object role = metaData.get(MetaDataKeys.ACTOR_ROLE);
        if (id == null || role == null) {
            throw new IllegalStateException("command without an actor: every act on the ledger names who did it");
        }
        return new Actor(id.toString(), ActorRole.valueOf(role.toString()), text(metaData.get(MetaDataKeys.OFFICE_ID)),
                text(metaData.get(MetaDataKeys.AUTHORITY_ID)), text(metaData.get(MetaDataKeys.REPORTING_BODY_ID)));
    }

    public Map<String, String> asMetaData() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(MetaDataKeys.ACTOR_ID, id);
        m.put(MetaDataKeys.ACTOR_ROLE, role.name());
        if (officeId != null) {
            m.put(MetaDataKeys.OFFICE_ID, officeId);
        }
        if (authorityId != null) {
            m.put(MetaDataKeys.AUTHORITY_ID, authorityId);
        }
        if (reportingBodyId != null) {
            m.put(MetaDataKeys.REPORTING_BODY_ID, reportingBodyId);
        }
        return Map.copyOf(m);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
