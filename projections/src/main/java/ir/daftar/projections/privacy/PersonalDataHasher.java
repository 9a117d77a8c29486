package ir.daftar.projections.privacy;

/**
 * Turns a personal identifier (a national code or a legal person's national id) into a keyed
 * hash, so that a read model can check an identifier someone types without ever storing it.
 * There are only ten billion national codes: an unkeyed hash is reversed by trying them all, so
 * implementations must be keyed with a secret that does not live in the database
 * ({@link HmacPersonalDataHasher}).
 */
public interface PersonalDataHasher {

    /**
     * The hash of {@code personalIdentifier}, deterministic for one key. Callers pass the
     * canonical form (ASCII digits, no separators), so that the same person always hashes alike.
     */
    String hash(String personalIdentifier);
}
