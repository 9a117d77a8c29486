package ir.daftar.core.paper;

import static ir.daftar.core.testing.Cases.FILING;
import static ir.daftar.core.testing.Cases.FORENSIC_DOCTOR;
import static ir.daftar.core.testing.Cases.NOW;
import static ir.daftar.core.testing.Cases.OFFICER;
import static ir.daftar.core.testing.Cases.POLICE;
import static ir.daftar.core.testing.Cases.PROSECUTOR_STAFF;
import static ir.daftar.core.testing.Refusal.refusedBy;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.predicate;

import ir.daftar.core.common.Actor;
import ir.daftar.core.common.MetaDataKeys;
import ir.daftar.core.common.Rule;
import ir.daftar.core.paper.PaperFileCommand.RegisterPaperFile;
import ir.daftar.core.paper.PaperFileEvent.PaperActRecorded;
import ir.daftar.core.paper.PaperFileEvent.PaperFileRegistered;
import ir.daftar.core.testing.Cases;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A10: judicial officers register their preliminary paper file after the fact, bitemporally. */
class PaperFileTest {

    private static final Instant ARREST = NOW.minus(Duration.ofHours(30));
    private static final Instant SCENE = NOW.minus(Duration.ofHours(29));

    private FixtureConfiguration<PaperFile> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PaperFile.class);
        fixture.registerInjectableResource(Cases.bodies());
        fixture.registerInjectableResource(Cases.cases());
    }

    private static RegisterPaperFile paperFile(String filingId, List<PaperAct> acts) {
        return new RegisterPaperFile("paper-1", filingId, "K12/1405/330", "ستوان علی رضایی", acts);
    }

    private static List<PaperAct> acts() {
        return List.of(new PaperAct("صورت‌جلسه معاینه محل", SCENE), new PaperAct("دستگیری متهم", ARREST));
    }

    @Nested
    class Register {

        @Test
        void a10_the_paper_file_records_who_carried_it_and_when_each_act_happened() {
            fixture.givenCurrentTime(NOW)
                    .when(paperFile(FILING, acts()), OFFICER.asMetaData())
                    .expectEventsMatching(exactSequenceOf(
                            predicate((EventMessage<?> m) -> m.getPayload().equals(new PaperFileRegistered("paper-1", FILING,
                                    POLICE.reportingBodyId(), "K12/1405/330", "ستوان علی رضایی", 2, OFFICER.id()))
                                    && ARREST.toString().equals(m.getMetaData().get(MetaDataKeys.OCCURRED_AT))),
                            predicate((EventMessage<?> m) -> m.getPayload().equals(
                                    new PaperActRecorded("paper-1", FILING, 1, "صورت‌جلسه معاینه محل"))
                                    && SCENE.toString().equals(m.getMetaData().get(MetaDataKeys.OCCURRED_AT))),
                            predicate((EventMessage<?> m) -> m.getPayload().equals(
                                    new PaperActRecorded("paper-1", FILING, 2, "دستگیری متهم"))
                                    && ARREST.toString().equals(m.getMetaData().get(MetaDataKeys.OCCURRED_AT))),
                            andNoMore()));
        }

        @Test
        void a10_acts_in_the_future_are_refused() {
            fixture.givenCurrentTime(NOW)
                    .when(paperFile(FILING, List.of(new PaperAct("دستگیری", ARREST), new PaperAct("بازجویی", NOW.plusSeconds(1)))),
                            OFFICER.asMetaData())
                    .expectException(refusedBy(Rule.A10_ACTS_IN_FUTURE))
                    .expectNoEvents();
        }

        @Test
        void a10_a_paper_file_records_at_least_one_act() {
            fixture.givenCurrentTime(NOW)
                    .when(paperFile(FILING, List.of()), OFFICER.asMetaData())
                    .expectException(refusedBy(Rule.A10_NO_ACTS));
        }

        @Test
        void a10_a_paper_file_of_a_draft_portal_filing_is_refused_as_unknown() {
            fixture.givenCurrentTime(NOW)
                    .when(paperFile(Cases.DRAFT_FILING, acts()), OFFICER.asMetaData())
                    .expectException(refusedBy(Rule.A10_CASE_UNKNOWN))
                    .expectNoEvents();
        }

        @Test
        void a10_a_paper_file_of_an_unknown_case_is_refused() {
            fixture.givenCurrentTime(NOW)
                    .when(paperFile("no-such-case", acts()), OFFICER.asMetaData())
                    .expectException(refusedBy(Rule.A10_CASE_UNKNOWN));
        }

        @Test
        void a10_only_a_registered_judicial_officers_unit_registers_a_paper_file() {
            fixture.givenCurrentTime(NOW)
                    .when(paperFile(FILING, acts()), FORENSIC_DOCTOR.asMetaData())
                    .expectException(refusedBy(Rule.A10_JUDICIAL_OFFICERS_ONLY));
            fixture.givenCurrentTime(NOW)
                    .when(paperFile(FILING, acts()), Actor.ofReportingBody("OFFICER-9", "POLICE-NOWHERE").asMetaData())
                    .expectException(refusedBy(Rule.A10_JUDICIAL_OFFICERS_ONLY));
            fixture.givenCurrentTime(NOW)
                    .when(paperFile(FILING, acts()), Actor.ofReportingBody("OFFICER-9", POLICE.reportingBodyId()).asMetaData())
                    .expectException(refusedBy(Rule.A10_JUDICIAL_OFFICERS_ONLY));
            fixture.givenCurrentTime(NOW)
                    .when(paperFile(FILING, acts()), PROSECUTOR_STAFF.asMetaData())
                    .expectException(refusedBy(Rule.A10_JUDICIAL_OFFICERS_ONLY));
        }
    }
}
