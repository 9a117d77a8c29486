package ir.daftar.core.common;

import java.util.Map;
import java.util.Objects;

/**
 * Who is acting, read from the metadata every command carries (see {@link MetaDataKeys}):
 * the person's id, role and, for office staff, the office.
 */
public record Actor(String id, ActorRole role, String officeId) {

    public Actor {
        Objects.requireNonNull(id, "actor id");
        Objects.requireNonNull(role, "actor role");
    }

    /** Reads the actor from command metadata; fails when a command arrives without one. */
    public static Actor from(Map<String, ?> metaData) {
        Object id = metaData.get(MetaDataKeys.ACTOR_ID);
        Object role = metaData.get(MetaDataKeys.ACTOR_ROLE);
        if (id == null || role == null) {
            throw new IllegalStateException("command without an actor: every act on the ledger names who did it");
        }
        Object office = metaData.get(MetaDataKeys.OFFICE_ID);
        return new Actor(id.toString(), ActorRole.valueOf(role.toString()), office == null ? null : office.toString());
    }

    public Map<String, String> asMetaData() {
        return officeId == null
                ? Map.of(MetaDataKeys.ACTOR_ID, id, MetaDataKeys.ACTOR_ROLE, role.name())
                : Map.of(MetaDataKeys.ACTOR_ID, id, MetaDataKeys.ACTOR_ROLE, role.name(), MetaDataKeys.OFFICE_ID, officeId);
    }
}
