package ir.daftar.api.security;

import ir.daftar.core.common.Actor;
import ir.daftar.core.common.ActorRole;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * An account of Daftar: the person behind it (actor id: a national code, or an authority's
 * staff number), one role, and the office, authority or reporting body (A9) the person works for.
 */
public record DaftarPrincipal(String username, String passwordHash, String actorId, ActorRole role, String officeId,
                              String authorityId, String reportingBodyId) implements UserDetails {

    /** An account that does not act for a reporting body. */
    public DaftarPrincipal(String username, String passwordHash, String actorId, ActorRole role, String officeId,
                           String authorityId) {
        this(username, passwordHash, actorId, role, officeId, authorityId, null);
    }

    public Actor actor() {
        return new Actor(actorId, role, officeId, authorityId, reportingBodyId);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String toString() {
        return "DaftarPrincipal[" + username + ", " + role + "]";
    }
}
