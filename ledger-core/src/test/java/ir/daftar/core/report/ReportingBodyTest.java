package ir.daftar.core.report;

import static ir.daftar.core.testing.Cases.ADMIN;
import static ir.daftar.core.testing.Refusal.refusedBy;

import ir.daftar.core.common.Rule;
import ir.daftar.core.report.ReportingBodyCommand.AddReportingBodyUser;
import ir.daftar.core.report.ReportingBodyCommand.RegisterReportingBody;
import ir.daftar.core.report.ReportingBodyEvent.ReportingBodyRegistered;
import ir.daftar.core.report.ReportingBodyEvent.ReportingBodyUserAdded;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A9: the registration of reporting bodies and their users. */
class ReportingBodyTest {

    private static final ReportingBodyRegistered REGISTERED = new ReportingBodyRegistered("FORENSIC-TEH",
            ReportingBodyKind.FORENSIC_MEDICINE, "پزشکی قانونی تهران", Set.of(ReportKind.FORENSIC_REPORT), List.of("DR-1"),
            ADMIN.id());

    private FixtureConfiguration<ReportingBody> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ReportingBody.class);
    }

    @Nested
    class Register {

        @Test
        void a9_a_body_registers_with_its_kind_report_kinds_and_users() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterReportingBody("FORENSIC-TEH", ReportingBodyKind.FORENSIC_MEDICINE, "پزشكي قانوني تهران",
                            Set.of(ReportKind.FORENSIC_REPORT), List.of("DR-1", "DR-1")), ADMIN.asMetaData())
                    .expectEvents(REGISTERED);
        }

        @Test
        void a9_a_body_is_registered_once() {
            fixture.given(REGISTERED)
                    .when(new RegisterReportingBody("FORENSIC-TEH", ReportingBodyKind.FORENSIC_MEDICINE, "دیگری",
                            Set.of(ReportKind.FORENSIC_REPORT), List.of()), ADMIN.asMetaData())
                    .expectException(refusedBy(Rule.A9_BODY_ALREADY_REGISTERED));
        }

        @Test
        void a9_a_body_is_registered_for_at_least_one_kind_of_report() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterReportingBody("PRISON-EVIN", ReportingBodyKind.PRISON, "زندان", Set.of(), List.of("P-1")),
                            ADMIN.asMetaData())
                    .expectException(refusedBy(Rule.A9_NO_REPORT_KINDS))
                    .expectNoEvents();
        }
    }

    @Nested
    class AddUser {

        @Test
        void a9_a_further_user_is_registered() {
            fixture.given(REGISTERED)
                    .when(new AddReportingBodyUser("FORENSIC-TEH", "DR-2"), ADMIN.asMetaData())
                    .expectEvents(new ReportingBodyUserAdded("FORENSIC-TEH", "DR-2", ADMIN.id()));
        }

        @Test
        void a9_a_user_is_registered_once() {
            fixture.given(REGISTERED)
                    .when(new AddReportingBodyUser("FORENSIC-TEH", "DR-1"), ADMIN.asMetaData())
                    .expectException(refusedBy(Rule.A9_USER_ALREADY_REGISTERED));
        }
    }
}
