package ir.daftar.api.discipline;

import ir.daftar.core.common.RuleViolation;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.RulingBecameFinal;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.RulingSetAside;
import ir.daftar.core.discipline.RulingExecution;
import java.util.List;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A35/A36 (ADR 1200): the process manager that executes final rulings: it sends what {@link RulingExecution} says
 * for each ruling that became final or was set aside, as the system. The office and the case record each execution
 * once per ruling, so an event delivered again, or a replay of the processor from the start, changes nothing. A
 * refusal by a rule (e.g. a ruling on an office whose licence ended) is logged, not retried; any other failure
 * is thrown, so the processor tries the event again.
 */
@Component
@ProcessingGroup(RulingExecutor.PROCESSING_GROUP)
class RulingExecutor {

    static final String PROCESSING_GROUP = "discipline-execution";
    private static final Logger log = LoggerFactory.getLogger(RulingExecutor.class);

    private final CommandGateway commands;

    RulingExecutor(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(RulingBecameFinal event) {
        send(RulingExecution.onFinal(event));
    }

    @EventHandler
    void on(RulingSetAside event) {
        send(RulingExecution.onSetAside(event));
    }

    private void send(List<Object> toSend) {
        for (Object command : toSend) {
            try {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                        .andMetaData(RulingExecution.EXECUTOR.asMetaData()));
            } catch (RuleViolation refused) {
                log.warn("ruling execution refused: {}", refused.getMessage());
            } catch (org.axonframework.commandhandling.CommandExecutionException e) {
                if (e.getDetails().isPresent() || e.getCause() instanceof RuleViolation) {
                    log.warn("ruling execution refused: {}", e.getMessage());
                } else {
                    throw e;
                }
            }
        }
    }
}
