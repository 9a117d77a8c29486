package ir.daftar.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every command names who acted, in which role, for which office. */
class ActorTest {

    @Test
    void an_office_actor_travels_as_metadata_and_back() {
        Actor clerk = new Actor("0499370899", ActorRole.OFFICE_CLERK, "OFF-1");

        assertThat(clerk.asMetaData()).containsExactlyInAnyOrderEntriesOf(Map.of(
                MetaDataKeys.ACTOR_ID, "0499370899",
                MetaDataKeys.ACTOR_ROLE, "OFFICE_CLERK",
                MetaDataKeys.OFFICE_ID, "OFF-1"));
        assertThat(Actor.from(clerk.asMetaData())).isEqualTo(clerk);
    }

    @Test
    void an_applicant_has_no_office() {
        Actor applicant = new Actor("0499370899", ActorRole.APPLICANT, null);

        assertThat(applicant.asMetaData()).doesNotContainKey(MetaDataKeys.OFFICE_ID);
        assertThat(Actor.from(applicant.asMetaData())).isEqualTo(applicant);
    }

    @Test
    void a_command_without_an_actor_is_refused_as_a_fault() {
        assertThatThrownBy(() -> Actor.from(Map.of())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Actor.from(Map.of(MetaDataKeys.ACTOR_ID, "x"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Actor.from(Map.of(MetaDataKeys.ACTOR_ROLE, "APPLICANT")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void an_unknown_role_is_refused() {
        assertThatThrownBy(() -> Actor.from(Map.of(MetaDataKeys.ACTOR_ID, "x", MetaDataKeys.ACTOR_ROLE, "JUDGE")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a15_office_staff_are_the_four_roles_of_an_office() {
        EnumSet<ActorRole> staff = EnumSet.noneOf(ActorRole.class);
        for (ActorRole role : ActorRole.values()) {
            if (role.isOfficeStaff()) {
                staff.add(role);
            }
        }
        assertThat(staff).containsExactlyInAnyOrder(ActorRole.OFFICE_CLERK, ActorRole.OFFICE_LEGAL_EXPERT,
                ActorRole.OFFICE_IT_EXPERT, ActorRole.OFFICE_MANAGER);
    }
}
