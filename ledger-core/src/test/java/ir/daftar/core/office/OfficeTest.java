package ir.daftar.core.office;

import static ir.daftar.core.testing.RuleMatchers.violates;
import static org.assertj.core.api.Assertions.assertThat;

import ir.daftar.core.common.Rule;
import ir.daftar.core.calendar.JalaliDate;
import ir.daftar.core.calendar.TehranTime;
import ir.daftar.core.office.OfficeCommand.HireStaffMember;
import ir.daftar.core.office.OfficeCommand.EndStaffAppointment;
import ir.daftar.core.office.OfficeCommand.OrderMinimumStaffing;
import ir.daftar.core.office.OfficeCommand.RegisterOffice;
import ir.daftar.core.office.OfficeEvent.MinimumStaffingOrdered;
import ir.daftar.core.office.OfficeEvent.OfficeRegistered;
import ir.daftar.core.office.OfficeEvent.StaffAppointmentEnded;
import ir.daftar.core.office.OfficeEvent.StaffEligibilityVerified;
import ir.daftar.core.office.OfficeEvent.StaffMemberAppointed;
import ir.daftar.core.testing.NationalCodes;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The office registry and its staff (A3, A14, A15). */
class OfficeTest {

    static final String OFFICE = "OFF-1";
    static final OfficeRegistered REGISTERED = new OfficeRegistered(OFFICE, "دفتر خدمات الکترونیک قضایی کد ۱۰۱",
            OfficeOrigin.NOTARY_OFFICE, "تهران", "تهران");

    static final StaffMember MANAGER = member("003300001", "مدیر دفتر", StaffRole.MANAGER, true);
    static final StaffMember PART_TIME_MANAGER = member("003300002", "مدیر پاره‌وقت", StaffRole.MANAGER, false);
    static final StaffMember SECOND_MANAGER = member("003300003", "مدیر دوم", StaffRole.MANAGER, true);
    static final StaffMember LEGAL = member("003300004", "کارشناس حقوقی", StaffRole.LEGAL_EXPERT, true);
    static final StaffMember IT = member("003300005", "کارشناس فناوری", StaffRole.IT_EXPERT, true);
    static final StaffMember CLERK_A = member("003300006", "متصدی الف", StaffRole.CLERK, true);
    static final StaffMember CLERK_B = member("003300007", "متصدی ب", StaffRole.CLERK, false);

    private AggregateTestFixture<Office> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Office.class);
        fixture.registerInjectableResource(StaffPosts.inMemory());
    }

    private HireStaffMember hire(StaffMember member) {
        return new HireStaffMember(OFFICE, member, Eligible.forRole(member.role()));
    }

    /** A16-A21: the evidence recorded, then the appointment (ADR 0910). */
    private Object[] hired(StaffMember member) {
        JalaliDate today = JalaliDate.of(TehranTime.dayOf(fixture.currentTime()));
        return new Object[] {new StaffEligibilityVerified(OFFICE, member.nationalCode().value(), member.role(), today,
                Eligible.forRole(member.role())), appointed(member)};
    }

    static StaffMember member(String payload, String name, StaffRole role, boolean fullTime) {
        return new StaffMember(NationalCodes.code(payload), name, role, fullTime);
    }

    static StaffMemberAppointed appointed(StaffMember member) {
        return new StaffMemberAppointed(OFFICE, member);
    }

    private static ResultValidator<Office> refused(ResultValidator<Office> result, Rule rule) {
        return result.expectException(violates(rule)).expectNoEvents();
    }

    @Nested
    @DisplayName("RegisterOffice")
    class Register {

        @Test
        void a14_the_gd_registers_an_office_with_its_origin_and_persian_name() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterOffice(OFFICE, " دفتر خدمات الکترونيک قضايي  کد ۱۰۱", OfficeOrigin.NOTARY_OFFICE,
                            "تهران", "تهران"))
                    .expectEvents(REGISTERED);
        }

        @Test
        void a14_a_new_office_starts_with_no_staff_and_the_regulation_minimum() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterOffice(OFFICE, "دفتر", OfficeOrigin.NEW, "فارس", "شیراز"))
                    .expectState(office -> {
                        assertThat(office.staffing().staff()).isEmpty();
                        assertThat(office.staffing().minimum()).isEqualTo(MinimumStaffing.REGULATION);
                        assertThat(office.staffing().meetsMinimum()).isFalse();
                    });
        }

        @Test
        void an_office_id_outside_letters_digits_and_dashes_is_malformed() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterOffice("OFF 1/2", "دفتر", OfficeOrigin.OTHER, "تهران", "تهران"))
                    .expectException(IllegalArgumentException.class)
                    .expectNoEvents();
        }

        @Test
        void an_office_without_a_name_is_malformed() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterOffice(OFFICE, "  ", OfficeOrigin.OTHER, "تهران", "تهران"))
                    .expectException(IllegalArgumentException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    @DisplayName("HireStaffMember (A15)")
    class Appoint {

        @Test
        void a15_a_full_time_manager_is_appointed() {
            fixture.given(REGISTERED).when(hire(MANAGER)).expectEvents(hired(MANAGER));
        }

        @Test
        void a15_staff_other_than_the_manager_may_work_part_time() {
            fixture.given(REGISTERED).when(hire(CLERK_B)).expectEvents(hired(CLERK_B));
        }

        @Test
        void a15_the_manager_works_full_time() {
            refused(fixture.given(REGISTERED).when(hire(PART_TIME_MANAGER)),
                    Rule.A15_MANAGER_FULL_TIME);
        }

        @Test
        void a15_an_office_has_one_manager() {
            refused(fixture.given(REGISTERED, appointed(MANAGER)).when(hire(SECOND_MANAGER)),
                    Rule.A15_ONE_MANAGER);
        }

        @Test
        void a15_a_new_manager_may_be_appointed_once_the_previous_one_left() {
            fixture.given(REGISTERED, appointed(MANAGER),
                            new StaffAppointmentEnded(OFFICE, MANAGER.nationalCode().value(), StaffRole.MANAGER, "بازنشستگی"))
                    .when(hire(SECOND_MANAGER)).expectEvents(hired(SECOND_MANAGER));
        }

        @Test
        void a15_a_person_already_working_in_the_office_is_not_appointed_again() {
            refused(fixture.given(REGISTERED, appointed(LEGAL)).when(hire(LEGAL)),
                    Rule.A15_STAFF_ALREADY_APPOINTED);
        }

        @Test
        void a15_a_person_holds_one_post_in_the_office() {
            StaffMember samePersonAsClerk = new StaffMember(LEGAL.nationalCode(), LEGAL.name(), StaffRole.CLERK, true);

            refused(fixture.given(REGISTERED, appointed(LEGAL)).when(hire(samePersonAsClerk)),
                    Rule.A15_STAFF_ALREADY_APPOINTED);
        }

        @Test
        void a15_the_office_meets_the_minimum_once_every_post_is_filled() {
            fixture.given(REGISTERED, appointed(MANAGER), appointed(LEGAL), appointed(IT), appointed(CLERK_A))
                    .when(hire(CLERK_B)).expectEvents(hired(CLERK_B))
                    .expectState(office -> {
                        OfficeStaffing staffing = office.staffing();
                        assertThat(staffing.officeId()).isEqualTo(OFFICE);
                        assertThat(staffing.staff()).containsExactly(MANAGER, LEGAL, IT, CLERK_A, CLERK_B);
                        assertThat(staffing.meetsMinimum()).isTrue();
                    });
        }
    }

    @Nested
    @DisplayName("EndStaffAppointment")
    class End {

        @Test
        void a15_an_appointment_ends_with_the_role_and_the_reason_recorded() {
            fixture.given(REGISTERED, appointed(MANAGER), appointed(CLERK_A))
                    .when(new EndStaffAppointment(OFFICE, CLERK_A.nationalCode().value(), "استعفا "))
                    .expectEvents(new StaffAppointmentEnded(OFFICE, CLERK_A.nationalCode().value(), StaffRole.CLERK, "استعفا"))
                    .expectState(office -> assertThat(office.staffing().staff()).containsExactly(MANAGER));
        }

        @Test
        void a15_an_office_falls_below_the_minimum_when_a_clerk_leaves() {
            fixture.given(REGISTERED, appointed(MANAGER), appointed(LEGAL), appointed(IT), appointed(CLERK_A),
                            appointed(CLERK_B))
                    .when(new EndStaffAppointment(OFFICE, CLERK_B.nationalCode().value(), "انتقال"))
                    .expectSuccessfulHandlerExecution()
                    .expectState(office -> assertThat(office.staffing().meetsMinimum()).isFalse());
        }

        @Test
        void a15_only_a_person_working_in_the_office_leaves_it() {
            refused(fixture.given(REGISTERED, appointed(MANAGER))
                            .when(new EndStaffAppointment(OFFICE, CLERK_A.nationalCode().value(), "استعفا")),
                    Rule.A15_STAFF_UNKNOWN);
        }

        @Test
        void a15_a_person_who_left_may_be_appointed_again() {
            fixture.given(REGISTERED, appointed(CLERK_A),
                            new StaffAppointmentEnded(OFFICE, CLERK_A.nationalCode().value(), StaffRole.CLERK, "مرخصی"))
                    .when(hire(CLERK_A)).expectEvents(hired(CLERK_A));
        }
    }

    @Nested
    @DisplayName("OrderMinimumStaffing")
    class OrderMinimum {

        static final MinimumStaffing BUSY_OFFICE = new MinimumStaffing(Map.of(
                StaffRole.MANAGER, 1, StaffRole.LEGAL_EXPERT, 2, StaffRole.IT_EXPERT, 1, StaffRole.CLERK, 4));

        @Test
        void a15_note_the_gd_orders_more_staff_for_a_busy_office() {
            fixture.given(REGISTERED, appointed(MANAGER), appointed(LEGAL), appointed(IT), appointed(CLERK_A),
                            appointed(CLERK_B))
                    .when(new OrderMinimumStaffing(OFFICE, BUSY_OFFICE))
                    .expectEvents(new MinimumStaffingOrdered(OFFICE, BUSY_OFFICE))
                    .expectState(office -> {
                        assertThat(office.staffing().minimum()).isEqualTo(BUSY_OFFICE);
                        assertThat(office.staffing().meetsMinimum()).isFalse();
                    });
        }

        @Test
        void a15_ordering_a_minimum_below_the_regulation_is_refused() {
            MinimumStaffing oneClerk = new MinimumStaffing(Map.of(
                    StaffRole.MANAGER, 1, StaffRole.LEGAL_EXPERT, 1, StaffRole.IT_EXPERT, 1, StaffRole.CLERK, 1));

            refused(fixture.given(REGISTERED).when(new OrderMinimumStaffing(OFFICE, oneClerk)),
                    Rule.A15_MINIMUM_BELOW_REGULATION);
        }

        @Test
        void a15_a_role_left_out_of_the_order_counts_as_zero_and_is_refused() {
            MinimumStaffing noItExpert = new MinimumStaffing(Map.of(
                    StaffRole.MANAGER, 1, StaffRole.LEGAL_EXPERT, 3, StaffRole.CLERK, 5));

            refused(fixture.given(REGISTERED).when(new OrderMinimumStaffing(OFFICE, noItExpert)),
                    Rule.A15_MINIMUM_BELOW_REGULATION);
        }

        @Test
        void a15_ordering_exactly_the_regulation_minimum_is_accepted() {
            fixture.given(REGISTERED, new MinimumStaffingOrdered(OFFICE, BUSY_OFFICE))
                    .when(new OrderMinimumStaffing(OFFICE, MinimumStaffing.REGULATION))
                    .expectEvents(new MinimumStaffingOrdered(OFFICE, MinimumStaffing.REGULATION));
        }
    }

    @Test
    void the_staff_list_keeps_the_order_of_appointment() {
        fixture.given(REGISTERED, appointed(CLERK_B), appointed(MANAGER), appointed(LEGAL))
                .when(hire(IT))
                .expectState(office -> assertThat(office.staffing().staff())
                        .isEqualTo(List.of(CLERK_B, MANAGER, LEGAL, IT)));
    }
}
