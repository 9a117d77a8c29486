package ir.daftar.projections.discipline;

import static org.assertj.core.api.Assertions.assertThat;

import ir.daftar.core.discipline.BoardLevel;
import ir.daftar.core.discipline.CaseOrigin;
import ir.daftar.core.discipline.DisciplinaryCaseEvent;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.CaseReferredToBoard;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.DisciplinaryCaseOpened;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.ReprimandPublished;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.ReprimandWithdrawn;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.RulingBecameFinal;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.RulingIssued;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.RulingSetAside;
import ir.daftar.core.discipline.FinalRuling;
import ir.daftar.core.discipline.FinalityBasis;
import ir.daftar.core.discipline.Penalty;
import ir.daftar.core.office.StaffRole;
import ir.daftar.projections.discipline.DisciplineViews.DocketEntry;
import ir.daftar.projections.discipline.DisciplineViews.HistoryEntry;
import ir.daftar.projections.discipline.DisciplineViews.PublicReprimand;
import ir.daftar.projections.testing.Axon;
import ir.daftar.projections.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The discipline read model (A34-A38): docket, history as of an instant, public reprimands, the repeat-offence port. */
class DisciplineProjectionH2Test {

    static final Instant T0 = Instant.parse("2026-05-01T08:00:00Z");
    static final String OFFICE = "OFF-7";
    static final String MANAGER = "0011000015";

    private TestDatabase database;
    private DisciplineProjection projection;
    private Axon axon;
    private final SimpleQueryBus queries = SimpleQueryBus.builder().build();
    private long sequence;

    @BeforeEach
    void open() {
        database = TestDatabase.h2();
        projection = new DisciplineProjection(database.jdbc());
        axon = new Axon(projection);
        new AnnotationQueryHandlerAdapter<>(projection).subscribe(queries);
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    private void feed(DisciplinaryCaseEvent event, Instant at) {
        axon.feed(new GenericDomainEventMessage<>("DisciplinaryCase", event.caseId(), sequence++, event, java.util.Map.of(),
                "e-" + sequence, at));
    }

    private <R> List<R> find(Object query, Class<R> type) throws Exception {
        return queries.query(new GenericQueryMessage<>(query, ResponseTypes.multipleInstancesOf(type))).get().getPayload();
    }

    private void reprimandCase(String caseId, Instant at) {
        feed(new DisciplinaryCaseOpened(caseId, CaseOrigin.COMPLAINT, OFFICE, MANAGER, StaffRole.MANAGER, List.of(8), "شکایت",
                null, null, List.of()), at);
        feed(new CaseReferredToBoard(caseId, "P1", BoardLevel.PRIMARY, List.of(), "J1"), at);
        feed(new RulingIssued(caseId, "R-1", BoardLevel.PRIMARY, "P1", "J1", List.of("J1", "J2", "K1"), List.of("J1", "J2"),
                Penalty.of(4), List.of(8), "دلایل", false, null), at.plusSeconds(60));
        feed(new RulingBecameFinal(caseId, "R-1", OFFICE, MANAGER, Penalty.of(4), FinalityBasis.ON_ISSUE, at.plusSeconds(60),
                null), at.plusSeconds(60));
        feed(new ReprimandPublished(caseId, "R-1", OFFICE, MANAGER), at.plusSeconds(61));
    }

    @Test
    void a_reprimand_is_on_the_docket_in_the_history_and_on_the_public_list_until_set_aside() throws Exception {
        reprimandCase("DC-1", T0);
        reprimandCase("DC-1", T0); // redelivered: nothing doubles

        assertThat(find(new FindBoardDocket("P1"), DocketEntry.class)).singleElement()
                .satisfies(d -> assertThat(d.degree()).isEqualTo(4));
        assertThat(find(new FindPublicReprimands(), PublicReprimand.class)).singleElement().satisfies(r -> {
            assertThat(r.officeId()).isEqualTo(OFFICE);
            assertThat(r.accusedRole()).isEqualTo("MANAGER");
            assertThat(r.charges()).isEqualTo("8");
        });
        assertThat(projection.finalRulingsAgainst(MANAGER)).containsExactly(new FinalRuling("DC-1", "R-1", 4,
                T0.plusSeconds(60)));

        Instant setAside = T0.plus(Duration.ofDays(10));
        feed(new RulingSetAside("DC-1", "R-1", "R-2", OFFICE, Penalty.of(4)), setAside);
        feed(new ReprimandWithdrawn("DC-1", "R-1", OFFICE), setAside);

        assertThat(find(new FindPublicReprimands(), PublicReprimand.class)).isEmpty();
        assertThat(projection.finalRulingsAgainst(MANAGER)).isEmpty();
        List<HistoryEntry> then = find(new FindDisciplinaryHistory(OFFICE, T0.plus(Duration.ofDays(1))), HistoryEntry.class);
        assertThat(then).singleElement().satisfies(h -> assertThat(h.rulings()).singleElement()
                .satisfies(r -> assertThat(r.state()).isEqualTo("FINAL")));
        List<HistoryEntry> now = find(new FindDisciplinaryHistory(OFFICE, setAside), HistoryEntry.class);
        assertThat(now.get(0).rulings().get(0).state()).isEqualTo("SET_ASIDE");
        assertThat(find(new FindDisciplinaryHistory(OFFICE, T0.minusSeconds(1)), HistoryEntry.class)).isEmpty();

        axon.reset();
        assertThat(find(new FindBoardDocket("P1"), DocketEntry.class)).isEmpty();
    }

    @Test
    void a36_a_suspension_notified_and_not_appealed_is_due_for_finality_the_day_after_its_last_day() throws Exception {
        feed(new DisciplinaryCaseOpened("DC-5", CaseOrigin.COMPLAINT, OFFICE, MANAGER, StaffRole.MANAGER, List.of(12),
                "شکایت", null, null, List.of()), T0);
        feed(new RulingIssued("DC-5", "R-1", BoardLevel.PRIMARY, "P1", "J1", List.of("J1", "J2", "K1"), List.of("J1", "J2"),
                Penalty.suspension(3), List.of(12), "دلایل", false, null), T0);
        java.time.LocalDate due = java.time.LocalDate.of(2026, 5, 22);
        feed(new DisciplinaryCaseEvent.RulingNotified("DC-5", "R-1", MANAGER, T0, new ir.daftar.core.notice.Deadline(
                ir.daftar.core.discipline.DisciplinaryCase.APPEAL_PERIOD, java.time.LocalDate.of(2026, 5, 1), due)), T0);

        assertThat(find(new FindUnappealedRulingsPastDue(due), String.class)).isEmpty();
        assertThat(find(new FindUnappealedRulingsPastDue(due.plusDays(1)), String.class)).containsExactly("DC-5/R-1");
        feed(new DisciplinaryCaseEvent.AppealLodged("DC-5", "R-1", MANAGER, "اعتراض", due, due), T0.plus(Duration.ofDays(20)));
        assertThat(find(new FindUnappealedRulingsPastDue(due.plusDays(1)), String.class)).isEmpty();
    }
}
