package ir.daftar.core.office;

import static ir.daftar.core.testing.RuleMatchers.violates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.daftar.core.calendar.JalaliDate;
import ir.daftar.core.common.Rule;
import ir.daftar.core.common.RuleViolation;
import ir.daftar.core.office.OfficeCommand.EndStaffAppointment;
import ir.daftar.core.office.OfficeCommand.HireStaffMember;
import ir.daftar.core.office.OfficeEvent.OfficeRegistered;
import ir.daftar.core.office.OfficeEvent.StaffEligibilityVerified;
import ir.daftar.core.office.OfficeEvent.StaffMemberAppointed;
import ir.daftar.core.office.StaffEligibility.GeneralConditions;
import ir.daftar.core.office.StaffEligibility.Prohibitions;
import ir.daftar.core.office.StaffEligibility.Qualifications;
import ir.daftar.core.testing.NationalCodes;
import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Who may work in an office (A15-A21, ADR 0910): each condition refused with its own code, naming the field. */
class StaffEligibilityTest {

    static final String OFFICE = "OFF-7";
    static final String OTHER_OFFICE = "OFF-8";
    static final OfficeRegistered REGISTERED = new OfficeRegistered(OFFICE, "دفتر خدمات الکترونیک قضایی کد ۷",
            OfficeOrigin.NEW, "اصفهان", "اصفهان");

    /** 1405/06/20 at 10:00 in Tehran. */
    static final Instant NOW = Instant.parse("2026-09-11T06:30:00Z");
    static final JalaliDate TODAY = JalaliDate.parse("1405/06/20");

    static final StaffMember MANAGER = member("004400001", StaffRole.MANAGER);
    static final StaffMember LEGAL = member("004400002", StaffRole.LEGAL_EXPERT);
    static final StaffMember IT = member("004400003", StaffRole.IT_EXPERT);
    static final StaffMember CLERK = member("004400004", StaffRole.CLERK);

    private StaffPosts posts;

    @BeforeEach
    void setUp() {
        posts = StaffPosts.inMemory();
    }

    /** A new fixture for each act, sharing the claims of {@link #posts} (as offices share one store). */
    private AggregateTestFixture<Office> fixture() {
        AggregateTestFixture<Office> fixture = new AggregateTestFixture<>(Office.class);
        fixture.registerInjectableResource(posts);
        return fixture;
    }

    static StaffMember member(String payload, StaffRole role) {
        return new StaffMember(NationalCodes.code(payload), "نام " + payload, role, true);
    }

    private ResultValidator<Office> hiring(StaffMember member, StaffEligibility evidence) {
        return fixture().givenCurrentTime(NOW).andGiven(REGISTERED).when(new HireStaffMember(OFFICE, member, evidence));
    }

    /** Refused with {@code rule}, naming {@code field}; nothing recorded and no post claimed. */
    private void refused(StaffMember member, StaffEligibility evidence, Rule rule, String field) {
        hiring(member, evidence).expectException(violatesAbout(rule, field)).expectNoEvents();
        assertThat(posts.claim(member.nationalCode().value(), OTHER_OFFICE)).isEmpty();
        posts.release(member.nationalCode().value(), OTHER_OFFICE);
    }

    /** A {@link RuleViolation} of {@code rule} about the input field {@code field}. */
    static Matcher<Throwable> violatesAbout(Rule rule, String field) {
        return new TypeSafeDiagnosingMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable thrown, Description mismatch) {
                if (!(thrown instanceof RuleViolation v) || v.rule() != rule || !field.equals(v.field())) {
                    mismatch.appendText("was ").appendValue(thrown.getMessage()).appendText(" about ")
                            .appendValue(thrown instanceof RuleViolation w ? w.field() : null);
                    return false;
                }
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a RuleViolation of ").appendValue(rule).appendText(" about ").appendValue(field);
            }
        };
    }

    static Qualifications qualifications(StaffRole role, DegreeLevel degree, StudyField field, JalaliDate born,
                                         int experience, String approval) {
        Qualifications q = Eligible.qualifications(role);
        return new Qualifications(degree, field, q.fieldName(), born, experience, approval, q.servicePriority());
    }

    static Qualifications withDegree(StaffRole role, DegreeLevel degree, StudyField field) {
        Qualifications q = Eligible.qualifications(role);
        return qualifications(role, degree, field, q.birthDate(), q.relevantExperienceYears(), q.computerSkillsApproval());
    }

    static Qualifications bornOn(StaffRole role, String born) {
        Qualifications q = Eligible.qualifications(role);
        return qualifications(role, q.degree(), q.field(), JalaliDate.parse(born), q.relevantExperienceYears(),
                q.computerSkillsApproval());
    }

    static Qualifications withoutComputerSkillsApproval(StaffRole role) {
        Qualifications q = Eligible.qualifications(role);
        return qualifications(role, q.degree(), q.field(), q.birthDate(), q.relevantExperienceYears(), " ");
    }

    @Nested
    @DisplayName("HireStaffMember: what is recorded")
    class Recorded {

        @Test
        void a16_a21_the_evidence_is_recorded_with_the_jalali_hiring_day_before_the_appointment() {
            StaffEligibility evidence = Eligible.forRole(StaffRole.CLERK);

            hiring(CLERK, evidence).expectEvents(
                    new StaffEligibilityVerified(OFFICE, CLERK.nationalCode().value(), StaffRole.CLERK, TODAY, evidence),
                    new StaffMemberAppointed(OFFICE, CLERK));
        }

        @Test
        void a17_note_the_approved_service_record_that_gives_a_manager_priority_is_recorded() {
            Qualifications q = Eligible.qualifications(StaffRole.MANAGER);
            StaffEligibility evidence = Eligible.with(new Qualifications(q.degree(), q.field(), q.fieldName(), q.birthDate(),
                    q.relevantExperienceYears(), q.computerSkillsApproval(), "سابقه خدمت تأییدشده ۱۴۰۵/۹۹"));

            hiring(MANAGER, evidence).expectEvents(
                    new StaffEligibilityVerified(OFFICE, MANAGER.nationalCode().value(), StaffRole.MANAGER, TODAY, evidence),
                    new StaffMemberAppointed(OFFICE, MANAGER));
            assertThat(evidence.qualifications().servicePriority()).isEqualTo("سابقه خدمت تأییدشده ۱۴۰۵/۹۹");
        }

        @Test
        void every_post_is_hired_on_evidence_that_meets_its_conditions() {
            for (StaffMember member : new StaffMember[] {MANAGER, LEGAL, IT, CLERK}) {
                hiring(member, Eligible.forRole(member.role())).expectSuccessfulHandlerExecution();
            }
        }

        @Test
        void a_hire_without_evidence_is_malformed() {
            assertThatThrownBy(() -> new HireStaffMember(OFFICE, CLERK, null)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    @DisplayName("HireStaffMember: A16 general conditions")
    class GeneralConditionsOfA16 {

        private GeneralConditions general(String nationality, String constitution, String islam, String drugs,
                                          String record, MilitaryService service, String card, String fitness) {
            return new GeneralConditions(nationality, constitution, islam, drugs, record, service, card, fitness);
        }

        private final GeneralConditions g = Eligible.GENERAL;

        @Test
        void a16_1_iranian_nationality_is_evidenced() {
            refused(CLERK, Eligible.with(general(null, g.constitutionCommitment(), g.islam(), g.noDrugAddiction(),
                    g.noCriminalRecord(), g.militaryService(), g.militaryServiceCard(), g.physicalAndMentalFitness()),
                    StaffRole.CLERK), Rule.A16_NATIONALITY, "eligibility.general.iranianNationality");
        }

        @Test
        void a16_2_commitment_to_the_constitution_is_evidenced() {
            refused(CLERK, Eligible.with(general(g.iranianNationality(), " ", g.islam(), g.noDrugAddiction(),
                    g.noCriminalRecord(), g.militaryService(), g.militaryServiceCard(), g.physicalAndMentalFitness()),
                    StaffRole.CLERK), Rule.A16_CONSTITUTION, "eligibility.general.constitutionCommitment");
        }

        @Test
        void a16_3_the_islamic_faith_is_evidenced() {
            refused(CLERK, Eligible.with(general(g.iranianNationality(), g.constitutionCommitment(), null, g.noDrugAddiction(),
                    g.noCriminalRecord(), g.militaryService(), g.militaryServiceCard(), g.physicalAndMentalFitness()),
                    StaffRole.CLERK), Rule.A16_ISLAM, "eligibility.general.islam");
        }

        @Test
        void a16_4_no_drug_addiction_is_evidenced() {
            refused(CLERK, Eligible.with(general(g.iranianNationality(), g.constitutionCommitment(), g.islam(), null,
                    g.noCriminalRecord(), g.militaryService(), g.militaryServiceCard(), g.physicalAndMentalFitness()),
                    StaffRole.CLERK), Rule.A16_DRUG_ADDICTION, "eligibility.general.noDrugAddiction");
        }

        @Test
        void a16_5_no_criminal_record_is_evidenced() {
            refused(CLERK, Eligible.with(general(g.iranianNationality(), g.constitutionCommitment(), g.islam(),
                    g.noDrugAddiction(), null, g.militaryService(), g.militaryServiceCard(), g.physicalAndMentalFitness()),
                    StaffRole.CLERK), Rule.A16_CRIMINAL_RECORD, "eligibility.general.noCriminalRecord");
        }

        @Test
        void a16_6_a_man_whose_military_service_is_not_settled_is_refused() {
            refused(CLERK, Eligible.with(general(g.iranianNationality(), g.constitutionCommitment(), g.islam(),
                    g.noDrugAddiction(), g.noCriminalRecord(), MilitaryService.NOT_SETTLED, null, g.physicalAndMentalFitness()),
                    StaffRole.CLERK), Rule.A16_MILITARY_SERVICE, "eligibility.general.militaryService");
        }

        @Test
        void a16_6_a_completed_or_permanently_exempt_military_service_is_evidenced_by_its_card() {
            refused(CLERK, Eligible.with(general(g.iranianNationality(), g.constitutionCommitment(), g.islam(),
                    g.noDrugAddiction(), g.noCriminalRecord(), MilitaryService.PERMANENTLY_EXEMPT, null,
                    g.physicalAndMentalFitness()), StaffRole.CLERK), Rule.A16_MILITARY_SERVICE,
                    "eligibility.general.militaryServiceCard");
        }

        @Test
        void a16_6_does_not_apply_to_a_woman() {
            hiring(CLERK, Eligible.with(general(g.iranianNationality(), g.constitutionCommitment(), g.islam(),
                    g.noDrugAddiction(), g.noCriminalRecord(), MilitaryService.NOT_APPLICABLE, null,
                    g.physicalAndMentalFitness()), StaffRole.CLERK)).expectSuccessfulHandlerExecution();
        }

        @Test
        void a16_7_physical_and_mental_fitness_is_evidenced() {
            refused(CLERK, Eligible.with(general(g.iranianNationality(), g.constitutionCommitment(), g.islam(),
                    g.noDrugAddiction(), g.noCriminalRecord(), g.militaryService(), g.militaryServiceCard(), null),
                    StaffRole.CLERK), Rule.A16_FITNESS, "eligibility.general.physicalAndMentalFitness");
        }
    }

    @Nested
    @DisplayName("HireStaffMember: A17 manager")
    class Manager {

        @Test
        void a17_1_a_manager_with_a_bachelors_in_an_unrelated_field_is_refused() {
            refused(MANAGER, Eligible.with(withDegree(StaffRole.MANAGER, DegreeLevel.DOCTORATE, StudyField.COMPUTING)),
                    Rule.A17_DEGREE, "eligibility.qualifications.degree");
        }

        @Test
        void a17_1_a_manager_with_an_associate_degree_in_law_is_refused() {
            refused(MANAGER, Eligible.with(withDegree(StaffRole.MANAGER, DegreeLevel.ASSOCIATE, StudyField.LAW)),
                    Rule.A17_DEGREE, "eligibility.qualifications.degree");
        }

        @Test
        void a17_1_seminary_level_two_is_enough_for_a_manager_and_level_one_is_not() {
            refused(MANAGER, Eligible.with(withDegree(StaffRole.MANAGER, DegreeLevel.SEMINARY_LEVEL_1, StudyField.FIQH)),
                    Rule.A17_DEGREE, "eligibility.qualifications.degree");
            hiring(MANAGER, Eligible.with(withDegree(StaffRole.MANAGER, DegreeLevel.SEMINARY_LEVEL_2, StudyField.OTHER)))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void a17_2_a_manager_is_25_on_the_jalali_hiring_day_not_the_day_before() {
            refused(MANAGER, Eligible.with(bornOn(StaffRole.MANAGER, "1380/06/21")), Rule.A17_AGE,
                    "eligibility.qualifications.birthDate");
            hiring(MANAGER, Eligible.with(bornOn(StaffRole.MANAGER, "1380/06/20"))).expectSuccessfulHandlerExecution();
        }

        @Test
        void a17_3_a_manager_has_five_years_relevant_experience() {
            Qualifications q = Eligible.qualifications(StaffRole.MANAGER);
            refused(MANAGER, Eligible.with(qualifications(StaffRole.MANAGER, q.degree(), q.field(), q.birthDate(), 4,
                    q.computerSkillsApproval())), Rule.A17_EXPERIENCE, "eligibility.qualifications.relevantExperienceYears");
            hiring(MANAGER, Eligible.with(qualifications(StaffRole.MANAGER, q.degree(), q.field(), q.birthDate(), 5,
                    q.computerSkillsApproval()))).expectSuccessfulHandlerExecution();
        }

        @Test
        void a17_4_a_managers_computer_skills_are_approved_by_the_gd() {
            refused(MANAGER, Eligible.with(withoutComputerSkillsApproval(StaffRole.MANAGER)), Rule.A17_COMPUTER_SKILLS,
                    "eligibility.qualifications.computerSkillsApproval");
        }
    }

    @Nested
    @DisplayName("HireStaffMember: A18 legal expert")
    class LegalExpert {

        @Test
        void a18_1_a_legal_expert_holds_a_bachelors_in_law_fiqh_or_judicial_sciences() {
            refused(LEGAL, Eligible.with(withDegree(StaffRole.LEGAL_EXPERT, DegreeLevel.MASTER, StudyField.OTHER)),
                    Rule.A18_DEGREE, "eligibility.qualifications.degree");
            hiring(LEGAL, Eligible.with(withDegree(StaffRole.LEGAL_EXPERT, DegreeLevel.BACHELOR, StudyField.FIQH)))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void a18_2_a_legal_expert_under_25_is_refused() {
            refused(LEGAL, Eligible.with(bornOn(StaffRole.LEGAL_EXPERT, "1385/01/01")), Rule.A18_AGE,
                    "eligibility.qualifications.birthDate");
        }

        @Test
        void a18_3_a_legal_experts_computer_skills_are_approved_by_the_gd() {
            refused(LEGAL, Eligible.with(withoutComputerSkillsApproval(StaffRole.LEGAL_EXPERT)), Rule.A18_COMPUTER_SKILLS,
                    "eligibility.qualifications.computerSkillsApproval");
        }

        @Test
        void a18_experience_is_not_asked_of_a_legal_expert() {
            hiring(LEGAL, Eligible.forRole(StaffRole.LEGAL_EXPERT)).expectSuccessfulHandlerExecution();
            assertThat(Eligible.forRole(StaffRole.LEGAL_EXPERT).qualifications().relevantExperienceYears()).isZero();
        }
    }

    @Nested
    @DisplayName("HireStaffMember: A19 IT expert")
    class ItExpert {

        @Test
        void a19_1_an_it_expert_holds_an_associate_degree_or_higher_in_computing() {
            refused(IT, Eligible.with(withDegree(StaffRole.IT_EXPERT, DegreeLevel.DOCTORATE, StudyField.LAW)),
                    Rule.A19_DEGREE, "eligibility.qualifications.degree");
            refused(IT, Eligible.with(withDegree(StaffRole.IT_EXPERT, DegreeLevel.DIPLOMA, StudyField.COMPUTING)),
                    Rule.A19_DEGREE, "eligibility.qualifications.degree");
        }

        @Test
        void a19_1_a_seminary_level_is_not_a_computing_degree() {
            refused(IT, Eligible.with(withDegree(StaffRole.IT_EXPERT, DegreeLevel.SEMINARY_LEVEL_4, StudyField.COMPUTING)),
                    Rule.A19_DEGREE, "eligibility.qualifications.degree");
        }

        @Test
        void a19_2_an_it_expert_under_25_is_refused() {
            refused(IT, Eligible.with(bornOn(StaffRole.IT_EXPERT, "1390/01/01")), Rule.A19_AGE,
                    "eligibility.qualifications.birthDate");
        }

        @Test
        void a19_3_an_it_experts_computer_skills_are_approved_by_the_gd() {
            refused(IT, Eligible.with(withoutComputerSkillsApproval(StaffRole.IT_EXPERT)), Rule.A19_COMPUTER_SKILLS,
                    "eligibility.qualifications.computerSkillsApproval");
        }
    }

    @Nested
    @DisplayName("HireStaffMember: A20 clerk")
    class Clerk {

        @Test
        void a20_1_a_clerk_holds_an_associate_degree_or_higher_in_any_field() {
            refused(CLERK, Eligible.with(withDegree(StaffRole.CLERK, DegreeLevel.DIPLOMA, StudyField.OTHER)),
                    Rule.A20_DEGREE, "eligibility.qualifications.degree");
            hiring(CLERK, Eligible.with(withDegree(StaffRole.CLERK, DegreeLevel.BACHELOR, StudyField.OTHER)))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void a20_2_a_clerk_born_in_the_future_or_under_25_is_refused() {
            refused(CLERK, Eligible.with(bornOn(StaffRole.CLERK, "1381/01/01")), Rule.A20_AGE,
                    "eligibility.qualifications.birthDate");
            refused(CLERK, Eligible.with(bornOn(StaffRole.CLERK, "1406/01/01")), Rule.A20_AGE,
                    "eligibility.qualifications.birthDate");
        }

        @Test
        void a20_3_a_clerks_computer_skills_are_approved_by_the_gd() {
            refused(CLERK, Eligible.with(withoutComputerSkillsApproval(StaffRole.CLERK)), Rule.A20_COMPUTER_SKILLS,
                    "eligibility.qualifications.computerSkillsApproval");
        }
    }

    @Nested
    @DisplayName("HireStaffMember: A21 prohibitions")
    class ProhibitionsOfA21 {

        @Test
        void a21_1_a_practising_attorney_or_legal_adviser_may_not_work_in_an_office() {
            refused(LEGAL, Eligible.with(new Prohibitions(true, false, false, false, false), StaffRole.LEGAL_EXPERT),
                    Rule.A21_ATTORNEY_OR_LEGAL_ADVISER, "eligibility.prohibitions.attorneyOrLegalAdviser");
        }

        @Test
        void a21_1_an_official_judicial_expert_may_not_work_in_an_office() {
            refused(IT, Eligible.with(new Prohibitions(false, true, false, false, false), StaffRole.IT_EXPERT),
                    Rule.A21_OFFICIAL_EXPERT, "eligibility.prohibitions.officialExpert");
        }

        @Test
        void a21_2_a_permanently_dismissed_judge_or_notary_may_not_work_in_an_office() {
            refused(MANAGER, Eligible.with(new Prohibitions(false, false, true, false, false), StaffRole.MANAGER),
                    Rule.A21_DISMISSED_JUDGE_OR_NOTARY, "eligibility.prohibitions.dismissedJudgeOrNotary");
        }

        @Test
        void a21_3_a_merchant_may_not_work_in_an_office() {
            refused(CLERK, Eligible.with(new Prohibitions(false, false, false, true, false), StaffRole.CLERK),
                    Rule.A21_MERCHANT, "eligibility.prohibitions.merchant");
        }

        @Test
        void a21_4_a_government_or_public_institution_employee_may_not_work_in_an_office() {
            refused(CLERK, Eligible.with(new Prohibitions(false, false, false, false, true), StaffRole.CLERK),
                    Rule.A21_GOVERNMENT_EMPLOYEE, "eligibility.prohibitions.governmentEmployee");
        }
    }

    @Nested
    @DisplayName("HireStaffMember and EndStaffAppointment: one post in one office (ADR 0910)")
    class OnePost {

        @Test
        void a15_a_person_working_in_another_office_is_not_hired() {
            posts.claim(CLERK.nationalCode().value(), OTHER_OFFICE);

            hiring(CLERK, Eligible.forRole(StaffRole.CLERK))
                    .expectException(violates(Rule.A15_STAFF_IN_ANOTHER_OFFICE))
                    .expectNoEvents();
        }

        @Test
        void a15_a_refused_hire_claims_no_post() {
            hiring(CLERK, Eligible.with(new Prohibitions(false, false, false, true, false), StaffRole.CLERK))
                    .expectException(violates(Rule.A21_MERCHANT));

            assertThat(posts.claim(CLERK.nationalCode().value(), OTHER_OFFICE)).isEmpty();
        }

        @Test
        void a15_a_hire_claims_the_post_so_another_office_cannot() {
            hiring(CLERK, Eligible.forRole(StaffRole.CLERK)).expectSuccessfulHandlerExecution();

            assertThat(posts.claim(CLERK.nationalCode().value(), OTHER_OFFICE)).contains(OFFICE);
        }

        @Test
        void a15_the_end_of_the_appointment_frees_the_person_for_another_office() {
            posts.claim(CLERK.nationalCode().value(), OFFICE);

            fixture().givenCurrentTime(NOW).andGiven(REGISTERED, new StaffMemberAppointed(OFFICE, CLERK))
                    .when(new EndStaffAppointment(OFFICE, CLERK.nationalCode().value(), "استعفا"))
                    .expectSuccessfulHandlerExecution();

            assertThat(posts.claim(CLERK.nationalCode().value(), OTHER_OFFICE)).isEmpty();
        }

        @Test
        void a15_an_age_is_counted_in_jalali_years_and_a_leap_day_birthday_falls_on_1_farvardin() {
            JalaliDate leapDay = new JalaliDate(1379, 12, 30);
            assertThat(JalaliDate.isLeapYear(1379)).isTrue();
            assertThat(JalaliDate.isLeapYear(1404)).isFalse();
            assertThat(RoleConditionsPolicy.ageOnDay(leapDay, new JalaliDate(1404, 12, 29))).isEqualTo(24);
            assertThat(RoleConditionsPolicy.ageOnDay(leapDay, new JalaliDate(1405, 1, 1))).isEqualTo(25);
            assertThat(RoleConditionsPolicy.ageOnDay(new JalaliDate(1380, 6, 20), TODAY)).isEqualTo(25);
            assertThat(RoleConditionsPolicy.ageOnDay(new JalaliDate(1380, 6, 21), TODAY)).isEqualTo(24);
        }
    }
}
