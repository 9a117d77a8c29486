package ir.daftar.projections.paperfile;

import static org.assertj.core.api.Assertions.assertThat;

import ir.daftar.core.common.OccurredAt;
import ir.daftar.core.paper.PaperFileEvent.PaperActRecorded;
import ir.daftar.core.paper.PaperFileEvent.PaperFileRegistered;
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

/** A10: the registration delay of paper files is visible and can be queried. */
class PaperFileProjectionH2Test {

    private static final Instant RECORDED = Instant.parse("2026-05-10T08:00:00Z");

    private TestDatabase database;
    private PaperFileProjection projection;
    private Axon axon;
    private final SimpleQueryBus queries = SimpleQueryBus.builder().build();

    @BeforeEach
    void open() {
        database = TestDatabase.h2();
        projection = new PaperFileProjection(database.jdbc());
        axon = new Axon(projection);
        new AnnotationQueryHandlerAdapter<>(projection).subscribe(queries);
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    private static GenericDomainEventMessage<?> registered(String id, String filingId, Duration late) {
        return new GenericDomainEventMessage<>("PaperFile", id, 0, new PaperFileRegistered(id, filingId, "POLICE-TEH-12",
                "K12/" + id, "ستوان رضایی", 1, "OFFICER-1"), OccurredAt.metaData(RECORDED.minus(late)), "e-" + id, RECORDED);
    }

    private List<PaperFileView> find(FindPaperFiles query) throws Exception {
        return queries.query(new GenericQueryMessage<>(query, ResponseTypes.multipleInstancesOf(PaperFileView.class)))
                .get().getPayload();
    }

    @Test
    void a10_paper_files_are_found_by_their_registration_delay_longest_first() throws Exception {
        axon.feed(registered("p-1", "f-1", Duration.ofHours(2)));
        axon.feed(registered("p-2", "f-1", Duration.ofHours(50)));
        axon.feed(registered("p-3", "f-2", Duration.ofHours(30)));
        axon.feed(new GenericDomainEventMessage<>("PaperFile", "p-3", 1, new PaperActRecorded("p-3", "f-2", 1, "دستگیری"),
                OccurredAt.metaData(RECORDED.minus(Duration.ofHours(30))), "e-p-3-1", RECORDED));
        axon.feed(registered("p-3", "f-2", Duration.ofHours(30)));

        assertThat(find(new FindPaperFiles(null, null))).extracting(PaperFileView::paperFileId).containsExactly("p-2", "p-3", "p-1");
        List<PaperFileView> late = find(new FindPaperFiles(Duration.ofHours(24), null));
        assertThat(late).extracting(PaperFileView::paperFileId).containsExactly("p-2", "p-3");
        assertThat(late.get(0).delaySeconds()).isEqualTo(Duration.ofHours(50).toSeconds());
        assertThat(late.get(0).firstActAt()).isEqualTo(RECORDED.minus(Duration.ofHours(50)));
        assertThat(late.get(0).recordedAt()).isEqualTo(RECORDED);
        assertThat(late.get(0).carriedBy()).isEqualTo("ستوان رضایی");
        assertThat(find(new FindPaperFiles(Duration.ofHours(24), "f-2"))).extracting(PaperFileView::paperFileId)
                .containsExactly("p-3");

        axon.reset();
        assertThat(find(new FindPaperFiles(null, null))).isEmpty();
    }
}
