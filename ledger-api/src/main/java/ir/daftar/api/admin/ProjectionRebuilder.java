package ir.daftar.api.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import ir.daftar.projections.store.EventTable;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rebuilds a projection from the event store: stop its processor, reset its tokens (the
 * projection's {@code @ResetHandler} clears its tables), start it again, and report how far
 * the replay has come against the head of the stream.
 */
@Component
public class ProjectionRebuilder {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilder.class);
    /** Heaviest first (the first two handle every filing event): {@link OnePassRebuild} deals them to its workers in this order. */
    private static final List<String> PROJECTIONS = List.of("case-status", "case-history", "paper-files", "notices",
            "access-log", "reports", "inspection-list", "statistics", "discipline", "office-registry");

    private final EventProcessingConfiguration processing;
    private final EventStore events;
    /** The database of the JDBC event store, to tell a gap that was filled from one that never will be. */
    private final JdbcTemplate jdbc;

    @Autowired
    public ProjectionRebuilder(EventProcessingConfiguration processing, EventStore events,
                               ObjectProvider<JdbcTemplate> jdbc) {
        this(processing, events, jdbc.getIfAvailable());
    }

    public ProjectionRebuilder(EventProcessingConfiguration processing, EventStore events, JdbcTemplate jdbc) {
        this.processing = processing;
        this.events = events;
        this.jdbc = jdbc;
    }

    public record Progress(boolean replaying, long position, long head, int percent) {
    }

    public List<String> projectionNames() {
        return PROJECTIONS;
    }

    public void rebuild(String name) {
        StreamingEventProcessor processor = processor(name);
        log.info("rebuilding projection {} from the event store", name);
        processor.shutDown();
        processor.resetTokens();
        processor.start();
    }

    public Progress progress(String name) {
        StreamingEventProcessor processor = processor(name);
        long head = position(events.createHeadToken());
        long lowest = Long.MAX_VALUE;
        boolean replaying = false;
        for (EventTrackerStatus status : processor.processingStatus().values()) {
            replaying |= status.isReplaying();
            lowest = Math.min(lowest, position(status.getTrackingToken()));
        }
        if (lowest == Long.MAX_VALUE) {
            lowest = 0;
        }
        int percent = head <= 0 ? 100 : (int) Math.min(100, lowest * 100 / head);
        return new Progress(replaying, lowest, head, percent);
    }

    /**
     * Waits until the projection has processed every event up to the head at call time: its tokens at or past the
     * head, and no event committed since at one of their gaps (a global index handed to a transaction that had not
     * committed when the processor read past it; the processor handles it once it appears). Gaps where no event was
     * ever committed (a rolled-back transaction's index) do not hold it up.
     */
    public boolean awaitCaughtUp(String name, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Progress p = progress(name);
            if (p.position() >= p.head() && !eventsWaitingInGaps(name, p.head())) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    private boolean eventsWaitingInGaps(String name, long head) {
        List<Long> gaps = new java.util.ArrayList<>();
        for (EventTrackerStatus status : processor(name).processingStatus().values()) {
            WrappedToken.unwrap(status.getTrackingToken(), GapAwareTrackingToken.class)
                    .ifPresent(t -> t.getGaps().stream().filter(g -> g <= head).forEach(gaps::add));
        }
        if (gaps.isEmpty() || jdbc == null) {
            return false;
        }
        String in = String.join(",", java.util.Collections.nCopies(gaps.size(), "?"));
        Long found = jdbc.queryForObject("SELECT count(*) FROM " + EventTable.NAME + " WHERE " + EventTable.GLOBAL_INDEX
                + " IN (" + in + ")", Long.class, gaps.toArray());
        return found != null && found > 0;
    }

    private StreamingEventProcessor processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalArgumentException("no streaming processor " + name));
    }

    /** A token's global-index position; 0 for none (an empty store, a processor not yet started). */
    static long position(TrackingToken token) {
        if (token == null) {
            return 0;
        }
        OptionalLong p = token.position();
        return p.orElse(0);
    }
}
