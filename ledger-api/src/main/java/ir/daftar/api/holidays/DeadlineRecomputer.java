package ir.daftar.api.holidays;

import ir.daftar.core.calendar.HolidayListEvent.OfficialHolidaysLoaded;
import ir.daftar.core.calendar.TehranTime;
import ir.daftar.core.common.Actor;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.notice.NoticeCommand.RecomputeDeadline;
import ir.daftar.projections.notices.FindOpenDeadlines;
import ir.daftar.projections.notices.OpenDeadlines;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
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

    private static final Logger log = LoggerFactory.getLogger(DeadlineRecomputer.class);

    private final CommandGateway commands;
    private final QueryGateway queries;

    DeadlineRecomputer(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @EventHandler
    @DisallowReplay
    void on(OfficialHolidaysLoaded event) {
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
}
