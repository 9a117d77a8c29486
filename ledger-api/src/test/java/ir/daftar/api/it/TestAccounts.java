package ir.daftar.api.it;

import ir.daftar.core.common.ActorRole;
import java.util.ArrayList;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One account per role for the tests ({@code daftar.security.accounts}, the same mechanism an
 * installation uses for its local accounts), so that every role can be tried, including those the
 * demo does not staff. Tests only: the password is {@code {noop}}, which production must never use.
 */
public final class TestAccounts {

    /** Every role a person can sign in with (SYSTEM acts only from inside the application). */
    public static final List<ActorRole> ROLES = List.of(ActorRole.values()).stream()
            .filter(r -> r != ActorRole.SYSTEM).toList();

    /**
     * A board member whose actor id may sit on a disciplinary board (A34: member ids are letters, digits and dashes,
     * which {@code TEST-BOARD_MEMBER} is not): the chair of the discipline pages' test.
     */
    public static final String BOARD_CHAIR = "test-board-chair";
    public static final String BOARD_CHAIR_ID = "TEST-BOARD-CHAIR";

    private TestAccounts() {
    }

    public static String username(ActorRole role) {
        return "test-" + role.name().toLowerCase().replace('_', '-');
    }

    static void register(DynamicPropertyRegistry registry) {
        List<ActorRole> roles = new ArrayList<>(ROLES);
        for (int i = 0; i < roles.size(); i++) {
            ActorRole role = roles.get(i);
            String p = "daftar.security.accounts[" + i + "].";
            registry.add(p + "username", () -> username(role));
            registry.add(p + "password", () -> "{noop}" + ApiClient.PASSWORD);
            registry.add(p + "actor-id", () -> "TEST-" + role.name());
            registry.add(p + "role", role::name);
            if (role.isOfficeStaff()) {
                registry.add(p + "office-id", () -> "OFF-1001");
            }
            if (role == ActorRole.COURT_STAFF) {
                registry.add(p + "authority-id", () -> "TEH-CIV-12");
            }
        }
        String chair = "daftar.security.accounts[" + roles.size() + "].";
        registry.add(chair + "username", () -> BOARD_CHAIR);
        registry.add(chair + "password", () -> "{noop}" + ApiClient.PASSWORD);
        registry.add(chair + "actor-id", () -> BOARD_CHAIR_ID);
        registry.add(chair + "role", ActorRole.BOARD_MEMBER::name);
    }
}
