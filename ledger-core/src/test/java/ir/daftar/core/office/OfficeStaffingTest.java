package ir.daftar.core.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.daftar.core.testing.NationalCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A15: a full-time manager, one legal expert, one IT expert and two clerks at least. */
class OfficeStaffingTest {

    private static int next = 1;

    static StaffMember member(StaffRole role, boolean fullTime) {
        String payload = String.format("0044%05d", next++);
        return new StaffMember(NationalCodes.code(payload), "کارمند " + next, role, fullTime);
    }

    static List<StaffMember> regulationStaff() {
        return new ArrayList<>(List.of(
                member(StaffRole.MANAGER, true),
                member(StaffRole.LEGAL_EXPERT, true),
                member(StaffRole.IT_EXPERT, false),
                member(StaffRole.CLERK, true),
                member(StaffRole.CLERK, false)));
    }

    static OfficeStaffing staffing(List<StaffMember> staff) {
        return new OfficeStaffing("OFF-1", staff, MinimumStaffing.REGULATION);
    }

    @Nested
    class MeetsMinimum {

        @Test
        void a15_a_full_time_manager_a_legal_expert_an_it_expert_and_two_clerks_meet_it() {
            assertThat(staffing(regulationStaff()).meetsMinimum()).isTrue();
        }

        @Test
        void a15_without_a_manager_the_office_is_below_it() {
            List<StaffMember> staff = regulationStaff();
            staff.removeIf(m -> m.role() == StaffRole.MANAGER);

            assertThat(staffing(staff).meetsMinimum()).isFalse();
        }

        @Test
        void a15_a_part_time_manager_does_not_count() {
            List<StaffMember> staff = regulationStaff();
            staff.removeIf(m -> m.role() == StaffRole.MANAGER);
            staff.add(member(StaffRole.MANAGER, false));

            assertThat(staffing(staff).meetsMinimum()).isFalse();
        }

        @Test
        void a15_without_a_legal_expert_the_office_is_below_it() {
            List<StaffMember> staff = regulationStaff();
            staff.removeIf(m -> m.role() == StaffRole.LEGAL_EXPERT);

            assertThat(staffing(staff).meetsMinimum()).isFalse();
        }

        @Test
        void a15_without_an_it_expert_the_office_is_below_it() {
            List<StaffMember> staff = regulationStaff();
            staff.removeIf(m -> m.role() == StaffRole.IT_EXPERT);

            assertThat(staffing(staff).meetsMinimum()).isFalse();
        }

        @Test
        void a15_one_clerk_is_not_enough() {
            List<StaffMember> staff = regulationStaff();
            staff.remove(staff.size() - 1);

            assertThat(staffing(staff).meetsMinimum()).isFalse();
        }

        @Test
        void a15_more_staff_than_the_minimum_is_fine() {
            List<StaffMember> staff = regulationStaff();
            staff.add(member(StaffRole.CLERK, false));
            staff.add(member(StaffRole.LEGAL_EXPERT, true));

            assertThat(staffing(staff).meetsMinimum()).isTrue();
        }

        @Test
        void a15_note_a_higher_minimum_ordered_by_the_gd_applies() {
            MinimumStaffing threeClerks = new MinimumStaffing(Map.of(
                    StaffRole.MANAGER, 1, StaffRole.LEGAL_EXPERT, 1, StaffRole.IT_EXPERT, 1, StaffRole.CLERK, 3));
            List<StaffMember> staff = regulationStaff();

            assertThat(new OfficeStaffing("OFF-1", staff, threeClerks).meetsMinimum()).isFalse();
            staff.add(member(StaffRole.CLERK, true));
            assertThat(new OfficeStaffing("OFF-1", staff, threeClerks).meetsMinimum()).isTrue();
        }

        @Test
        void an_empty_office_is_below_it() {
            assertThat(staffing(List.of()).meetsMinimum()).isFalse();
        }
    }

    @Test
    void counts_every_role_including_the_empty_ones() {
        List<StaffMember> staff = regulationStaff();
        staff.removeIf(m -> m.role() == StaffRole.IT_EXPERT);

        assertThat(staffing(staff).countByRole()).containsExactlyInAnyOrderEntriesOf(Map.of(
                StaffRole.MANAGER, 1, StaffRole.LEGAL_EXPERT, 1, StaffRole.IT_EXPERT, 0, StaffRole.CLERK, 2));
    }

    @Test
    void employs_is_by_national_code() {
        List<StaffMember> staff = regulationStaff();
        OfficeStaffing staffing = staffing(staff);

        assertThat(staffing.employs(staff.get(0).nationalCode().value())).isTrue();
        assertThat(staffing.employs(NationalCodes.withCheckDigit("009999999"))).isFalse();
    }

    @Test
    void the_staff_list_is_a_copy() {
        List<StaffMember> staff = regulationStaff();
        OfficeStaffing staffing = staffing(staff);
        staff.clear();

        assertThat(staffing.staff()).hasSize(5);
        assertThatThrownBy(() -> staffing.staff().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Nested
    class Minimum {

        @Test
        void a15_the_regulation_minimum_is_one_manager_one_legal_expert_one_it_expert_and_two_clerks() {
            assertThat(MinimumStaffing.REGULATION.of(StaffRole.MANAGER)).isEqualTo(1);
            assertThat(MinimumStaffing.REGULATION.of(StaffRole.LEGAL_EXPERT)).isEqualTo(1);
            assertThat(MinimumStaffing.REGULATION.of(StaffRole.IT_EXPERT)).isEqualTo(1);
            assertThat(MinimumStaffing.REGULATION.of(StaffRole.CLERK)).isEqualTo(2);
            assertThat(MinimumStaffing.REGULATION.atLeastRegulation()).isTrue();
        }

        @Test
        void a_role_not_named_counts_as_zero() {
            MinimumStaffing onlyClerks = new MinimumStaffing(Map.of(StaffRole.CLERK, 3));

            assertThat(onlyClerks.of(StaffRole.MANAGER)).isZero();
            assertThat(onlyClerks.atLeastRegulation()).isFalse();
        }

        @Test
        void roles_are_kept_in_their_order_whatever_map_was_given_so_the_event_json_is_stable() {
            MinimumStaffing minimum = new MinimumStaffing(Map.of(StaffRole.CLERK, 4, StaffRole.MANAGER, 1));

            assertThat(minimum.perRole().keySet()).containsExactly(StaffRole.values());
            assertThat(minimum).isEqualTo(new MinimumStaffing(new java.util.TreeMap<>(minimum.perRole())));
            assertThatThrownBy(() -> minimum.perRole().put(StaffRole.CLERK, 0))
                    .isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void a_negative_minimum_is_malformed() {
            assertThatThrownBy(() -> new MinimumStaffing(Map.of(StaffRole.CLERK, -1)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class FoldedFromEvents {

        @Test
        void a15_the_fold_sees_appointments_endings_and_a_raised_minimum_in_order() {
            List<StaffMember> staff = regulationStaff();
            StaffMember leaving = staff.get(3);
            MinimumStaffing raised = new MinimumStaffing(Map.of(StaffRole.MANAGER, 1, StaffRole.LEGAL_EXPERT, 1,
                    StaffRole.IT_EXPERT, 1, StaffRole.CLERK, 3));
            List<OfficeEvent> events = new ArrayList<>();
            events.add(new OfficeEvent.OfficeRegistered("OFF-1", "دفتر یک", OfficeOrigin.NEW, "تهران", "تهران"));
            staff.forEach(m -> events.add(new OfficeEvent.StaffMemberAppointed("OFF-1", m)));
            events.add(new OfficeEvent.StaffAppointmentEnded("OFF-1", leaving.nationalCode().value(), leaving.role(), "استعفا"));
            events.add(new OfficeEvent.MinimumStaffingOrdered("OFF-1", raised));

            OfficeStaffing folded = Office.staffingFrom(events);

            assertThat(folded.officeId()).isEqualTo("OFF-1");
            assertThat(folded.employs(leaving.nationalCode().value())).isFalse();
            assertThat(folded.staff()).hasSize(4);
            assertThat(folded.minimum()).isEqualTo(raised);
            assertThat(folded.meetsMinimum()).isFalse();
            assertThat(Office.staffingFrom(events.subList(0, 6)).meetsMinimum()).isTrue();
        }
    }
}
