package ir.daftar.api.discipline;

import ir.daftar.core.calendar.TehranTime;
import ir.daftar.core.discipline.DisciplinaryCaseCommand.FinalizeUnappealedRuling;
import ir.daftar.core.discipline.RulingExecution;
import ir.daftar.projections.discipline.FindUnappealedRulingsPastDue;
import java.util.List;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A36 (ADR 1200): a Primary ruling of degree 5 or 6 whose appeal period ran out without an appeal or an objection
 * becomes final; this sweep asks each such case to record it, as the system, on the ledger's clock. The case checks
 * the period itself ({@code A36_APPEAL_PERIOD_RUNNING}): a read model that lags cannot make a ruling final early, and
 * a case finalized by another instance first refuses the second request.
 */
@Component
class UnappealedRulingSweep {

    private static final Logger log = LoggerFactory.getLogger(UnappealedRulingSweep.class);

    private final QueryGateway queries;
    private final CommandGateway commands;

    UnappealedRulingSweep(QueryGateway queries, CommandGateway commands) {
        this.queries = queries;
        this.commands = commands;
    }

    @Scheduled(fixedDelayString = "${daftar.discipline.finality-sweep-interval:PT1M}",
            initialDelayString = "${daftar.discipline.finality-sweep-interval:PT1M}")
    void poll() {
        try {
            sweep();
        } catch (RuntimeException e) {
            log.warn("disciplinary finality sweep failed: {}", e.toString());
        }
    }

    /** Asks each case with a ruling past its appeal period to make it final; returns how many were asked. */
    int sweep() {
        List<String> due = queries.query(new FindUnappealedRulingsPastDue(TehranTime.dayOf(GenericEventMessage.clock.instant())),
                ResponseTypes.multipleInstancesOf(String.class)).join();
        for (String caseAndRuling : due) {
            String[] ids = caseAndRuling.split("/", 2);
            try {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(new FinalizeUnappealedRuling(ids[0], ids[1]))
                        .andMetaData(RulingExecution.EXECUTOR.asMetaData()));
            } catch (RuntimeException e) {
                log.info("ruling {} not made final: {}", caseAndRuling, e.getMessage());
            }
        }
        return due.size();
    }
}
