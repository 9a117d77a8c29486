package ir.daftar.api.demo;

import ir.daftar.api.security.AccountSource;
import ir.daftar.api.security.DaftarPrincipal;
import ir.daftar.core.common.ActorRole;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The demo accounts of the embedded default (README lists them). All share one password,
 * hashed at start; they exist only while {@code daftar.demo.enabled} is true.
 */
@Component
public class DemoAccounts implements AccountSource {

    public static final String PASSWORD = "daftar-demo";
    public static final String OFFICE = "OFF-1001";
    public static final String UNDERSTAFFED_OFFICE = "OFF-1002";
    /** A9/A10: the demo reporting bodies (seeded by DemoData) and the actor ids of their users. */
    public static final String POLICE_UNIT = "POLICE-TEH-12";
    public static final String POLICE_OFFICER = "POLICE-TEH-12-0731";
    public static final String FORENSIC_MEDICINE = "FORENSIC-TEH";
    public static final String FORENSIC_DOCTOR = "FORENSIC-TEH-DR-18";
    public static final String OFFICIAL_EXPERT = "EXPERT-0042";
    public static final String EXPERT = "EXPERT-0042-U1";
    /** Kanoon inspectors (A28, A33): national codes of inspector1 and inspector2. */
    public static final String INSPECTOR_1 = "0511111118";
    public static final String INSPECTOR_2 = "0522222226";
    /** The Center head, who forms the demo Kanoon and seats its board member (A25, A26). */
    public static final String CENTER_HEAD = "0246802468";
    /** The Center's representative on the board of Tehran's Kanoon, who orders inspections (A26, A28). */
    public static final String KANOON_BOARD_MEMBER = "0044444443";

    private final List<DaftarPrincipal> accounts;

    DemoAccounts(@Value("${daftar.demo.enabled:false}") boolean enabled, PasswordEncoder encoder) {
        if (!enabled) {
            this.accounts = List.of();
            return;
        }
        String hash = encoder.encode(PASSWORD);
        this.accounts = List.of(
                new DaftarPrincipal("manager1001", hash, "0012345679", ActorRole.OFFICE_MANAGER, OFFICE, null),
                new DaftarPrincipal("legal1001", hash, "0023456787", ActorRole.OFFICE_LEGAL_EXPERT, OFFICE, null),
                new DaftarPrincipal("it1001", hash, "0034567895", ActorRole.OFFICE_IT_EXPERT, OFFICE, null),
                new DaftarPrincipal("clerk1001", hash, "0045678911", ActorRole.OFFICE_CLERK, OFFICE, null),
                new DaftarPrincipal("clerk1001b", hash, "0056789122", ActorRole.OFFICE_CLERK, OFFICE, null),
                new DaftarPrincipal("manager1002", hash, "0067891233", ActorRole.OFFICE_MANAGER, UNDERSTAFFED_OFFICE, null),
                new DaftarPrincipal("clerk1002", hash, "0078912342", ActorRole.OFFICE_CLERK, UNDERSTAFFED_OFFICE, null),
                new DaftarPrincipal("applicant", hash, "0089123451", ActorRole.APPLICANT, null, null),
                new DaftarPrincipal("applicant2", hash, "0091234565", ActorRole.APPLICANT, null, null),
                new DaftarPrincipal("court", hash, "COURT-TEH-CIV-12-07", ActorRole.COURT_STAFF, null, "TEH-CIV-12"),
                new DaftarPrincipal("gd", hash, "0123456789", ActorRole.GD_OFFICER, null, null),
                new DaftarPrincipal("admin", hash, "ADMIN-1", ActorRole.ADMIN, null, null),
                // reports, paper-origin cases and the court side (A9-A11, A13)
                new DaftarPrincipal("prosecutor", hash, "COURT-TEH-PROS-1-03", ActorRole.COURT_STAFF, null, "TEH-PROS-1"),
                new DaftarPrincipal("police", hash, POLICE_OFFICER, ActorRole.REPORTING_BODY, null, null, POLICE_UNIT),
                new DaftarPrincipal("forensic", hash, FORENSIC_DOCTOR, ActorRole.REPORTING_BODY, null, null, FORENSIC_MEDICINE),
                new DaftarPrincipal("expert", hash, EXPERT, ActorRole.REPORTING_BODY, null, null, OFFICIAL_EXPERT),
                // Kanoon inspectors (A28, A33)
                new DaftarPrincipal("inspector1", hash, INSPECTOR_1, ActorRole.INSPECTOR, null, null),
                new DaftarPrincipal("inspector2", hash, INSPECTOR_2, ActorRole.INSPECTOR, null, null),
                // licence decisions (A22(b), A24; ADR 0900): a Council member and the Center head
                new DaftarPrincipal("council", hash, "0135791357", ActorRole.COUNCIL_MEMBER, null, null),
                new DaftarPrincipal("centerhead", hash, CENTER_HEAD, ActorRole.CENTER_HEAD, null, null),
                // office service fee schedules (A22(c); ADR 0921): the Head of the Judiciary confirms
                new DaftarPrincipal("judiciaryhead", hash, "0357913574", ActorRole.HEAD_OF_JUDICIARY, null, null),
                // the Kanoon of Tehran (A25-A28; ADR 1300): the Center's representative on its board
                new DaftarPrincipal("kanoonboard", hash, KANOON_BOARD_MEMBER, ActorRole.KANOON_BOARD_MEMBER, null, null));
    }

    @Override
    public List<DaftarPrincipal> accounts() {
        return accounts;
    }
}
