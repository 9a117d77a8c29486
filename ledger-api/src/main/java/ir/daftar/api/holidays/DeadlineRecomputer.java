package ir.daftar.api.holidays;

import ir.daftar.core.calendar.HolidayListEvent.OfficialHolidaysLoaded;
import ir.daftar.core.calendar.TehranTime;
import ir.daftar.core.common.Actor;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.notice.NoticeCommand.RecomputeDeadline;
import ir.daftar.projections.notices.FindOpenDeadlines;
import ir.daftar.projections.notices.NoticesProjection;
import ir.daftar.projections.notices.OpenDeadlines;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * ADR 0800: when an official holiday list is loaded, every notice whose deadline still runs is asked to
 * compute it again ({@link RecomputeDeadline}, one command per notice, sent by the system). The notice
 * records a new {@code DeadlineRecomputed} only when its dates change; the deadline recorded before
 * stays as it was. Never replayed: a rebuild of the read models does not recompute deadlines.
 */
@Component
@ProcessingGroup(DeadlineRecomputer.PROCESSING_GROUP)
class DeadlineRecomputer {

    static final String PROCESSING_GROUP = "deadline-recomputation";
    static final Actor SYSTEM = new Actor("system:holiday-lists", ActorRole.SYSTEM, null);
    static final Duration NOTICES_WAIT = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(DeadlineRecomputer.class);

    private final CommandGateway commands;
    private final QueryGateway queries;

    private final EventProcessingConfiguration processing;

    DeadlineRecomputer(CommandGateway commands, QueryGateway queries, EventProcessingConfiguration processing) {
        this.commands = commands;
        this.queries = queries;
        this.processing = processing;
    }

    @EventHandler
    @DisallowReplay
    void on(OfficialHolidaysLoaded event, TrackingToken position) throws InterruptedException {
        awaitNoticesAt(position);
        OpenDeadlines open = queries.query(new FindOpenDeadlines(TehranTime.dayOf(GenericEventMessage.clock.instant())), OpenDeadlines.class)
                .join();
        int changed = 0;
        for (String noticeId : open.noticeIds()) {
            Object result = commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RecomputeDeadline(noticeId))
                    .andMetaData(SYSTEM.asMetaData()));
            if (result != null) {
                changed++;
            }
        }
        log.info("official holidays of {} (revision {}) loaded: {} open deadline(s) checked, {} recomputed",
                event.year(), event.revision(), open.noticeIds().size(), changed);
    }

    /**
     * The open deadlines are found in the notices read model: first let it reach the load, so that a notice
     * served just before it is not missed (bounded: on an instance that holds only some of its segments the
     * wait ends after {@link #NOTICES_WAIT} with a warning).
     */
    private void awaitNoticesAt(TrackingToken position) throws InterruptedException {
        if (position == null) {
            return;
        }
        Instant until = Instant.now().plus(NOTICES_WAIT);
        while (Instant.now().isBefore(until)) {
            Optional<StreamingEventProcessor> notices = processing.eventProcessor(NoticesProjection.PROCESSING_GROUP,
                    StreamingEventProcessor.class);
            if (notices.isEmpty()) {
                return;
            }
            Map<Integer, EventTrackerStatus> status = notices.get().processingStatus();
            if (!status.isEmpty() && status.values().stream()
                    .allMatch(s -> s.getTrackingToken() != null && s.getTrackingToken().covers(position))) {
                return;
            }
            Thread.sleep(50);
        }
        log.warn("the notices read model did not reach the holiday list load within {}; recomputing with what it has",
                NOTICES_WAIT);
    }
}
