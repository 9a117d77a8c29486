package ir.daftar.api.office;

import static org.assertj.core.api.Assertions.assertThat;

import ir.daftar.api.it.PostgresIntegrationTest;
import ir.daftar.core.calendar.JalaliDate;
import ir.daftar.core.office.DegreeLevel;
import ir.daftar.core.office.MilitaryService;
import ir.daftar.core.office.OfficeCommand;
import ir.daftar.core.office.OfficeOrigin;
import ir.daftar.core.office.StaffEligibility;
import ir.daftar.core.office.StaffMember;
import ir.daftar.core.office.StaffRole;
import ir.daftar.core.office.StudyField;
import ir.daftar.core.party.NationalCode;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * ADR 0910: a ledger whose appointments were made before {@code staff_post} existed has its posts claimed at start,
 * from the appointment and end events, so the one-post rule holds for people hired before it too.
 */
class StaffPostBackfillIT extends PostgresIntegrationTest {

    @Autowired
    private JdbcStaffPosts posts;
    @Autowired
    private CommandGateway commands;

    private static String code(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (10 - i);
        }
        int r = sum % 11;
        return nine + (r < 2 ? r : 11 - r);
    }

    private static StaffEligibility evidence() {
        String ref = "BF-1";
        return new StaffEligibility(new StaffEligibility.GeneralConditions(ref, ref, ref, ref, ref,
                MilitaryService.NOT_APPLICABLE, null, ref),
                new StaffEligibility.Qualifications(DegreeLevel.ASSOCIATE, StudyField.OTHER, "مدیریت",
                        JalaliDate.parse("1360/01/01"), 0, ref, null),
                new StaffEligibility.Prohibitions(false, false, false, false, false));
    }

    private String holder(String nationalCode) {
        List<String> office = jdbc.queryForList("SELECT office_id FROM staff_post WHERE national_code = ?", String.class,
                nationalCode);
        return office.isEmpty() ? null : office.get(0);
    }

    @Test
    void posts_held_before_the_registry_are_claimed_and_posts_left_are_not() {
        String office = "OFF-BF-" + UUID.randomUUID().toString().substring(0, 8);
        String seed = String.valueOf(1_000_000 + (int) (Math.random() * 8_999_999)).substring(0, 7);
        String stays = code("08" + seed);
        String leaves = code("09" + seed);
        commands.sendAndWait(new OfficeCommand.RegisterOffice(office, "دفتر آزمون", OfficeOrigin.NEW, "تهران", "تهران"));
        for (String person : List.of(stays, leaves)) {
            commands.sendAndWait(new OfficeCommand.HireStaffMember(office,
                    new StaffMember(new NationalCode(person), "کارمند", StaffRole.CLERK, true), evidence()));
        }
        commands.sendAndWait(new OfficeCommand.EndStaffAppointment(office, leaves, "استعفا"));

        jdbc.update("DELETE FROM staff_post"); // as in a ledger written before the table
        posts.claimPostsHeldBeforeTheRegistry();

        assertThat(holder(stays)).isEqualTo(office);
        assertThat(holder(leaves)).isNull();
        assertThat(holder("0012345679")).as("the demo manager of OFF-1001").isEqualTo("OFF-1001");
        assertThat(posts.claim(stays, "OFF-1002")).contains(office);

        // once the table holds claims, a start claims nothing more
        jdbc.update("DELETE FROM staff_post WHERE national_code = ?", stays);
        posts.claimPostsHeldBeforeTheRegistry();
        assertThat(holder(stays)).isNull();
        posts.claimPostsHeldBeforeTheRegistry();
        assertThat(posts.claim(stays, office)).isEmpty();
    }
}
