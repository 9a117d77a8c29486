package ir.daftar.api.security;

import ir.daftar.core.common.Actor;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The authenticated user of the current request, as an actor of the ledger. */
public final class CurrentActor {

    private CurrentActor() {
    }

    public static Optional<DaftarPrincipal> principal() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof DaftarPrincipal p) {
            return Optional.of(p);
        }
        return Optional.empty();
    }

    /**
     * The signed-in user of this request, for an endpoint the URL table of {@link SecurityConfiguration} opens
     * only to signed-in users; throws {@link java.util.NoSuchElementException} when there is none.
     */
    public static DaftarPrincipal signedIn() {
        return principal().orElseThrow();
    }

    public static Optional<Actor> get() {
        return principal().map(DaftarPrincipal::actor);
    }
}
