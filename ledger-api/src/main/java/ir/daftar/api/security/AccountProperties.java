package ir.daftar.api.security;

import ir.daftar.core.common.ActorRole;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Local accounts (kept for the embedded default and small installations). Passwords are
 * BCrypt hashes ({@code {bcrypt}$2a$...}); never plain text in configuration.
 */
@ConfigurationProperties("daftar.security")
public class AccountProperties {

    private List<Account> accounts = new ArrayList<>();

    public List<Account> getAccounts() {
        return accounts;
    }

    public void setAccounts(List<Account> accounts) {
        this.accounts = accounts;
    }

    public record Account(String username, String password, String actorId, ActorRole role, String officeId,
                          String authorityId, String reportingBodyId) {
    }
}
