package ir.daftar.api.security;

import java.util.List;

/**
 * Accounts supplied by a part of the application other than the configuration (the demo accounts
 * of the embedded default): security signs them in without knowing where they come from.
 */
public interface AccountSource {

    /** The accounts, their passwords hashed; empty when the source is switched off. */
    List<DaftarPrincipal> accounts();
}
