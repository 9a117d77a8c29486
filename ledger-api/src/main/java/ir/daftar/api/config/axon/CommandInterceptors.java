package ir.daftar.api.config.axon;

import ir.daftar.api.security.CurrentActor;
import ir.daftar.core.common.MetaDataKeys;
import ir.daftar.core.common.RuleViolation;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * Two interceptors on the command side:
 * <ul>
 *   <li>on dispatch, the authenticated user becomes the command's actor metadata (who did it,
 *       in which role and office), unless the caller already set one (seeding, tests);</li>
 *   <li>on handling, a rule refusal becomes a {@link CommandExecutionException} whose details
 *       are the rule code, so it survives a distributed command bus (Axon Server) too.</li>
 * </ul>
 */
@Component
class CommandInterceptors {

    CommandInterceptors(CommandGateway gateway, CommandBus commandBus) {
        gateway.registerDispatchInterceptor(messages -> (index, command) -> {
            if (command.getMetaData().containsKey(MetaDataKeys.ACTOR_ID)) {
                return command;
            }
            Map<String, Object> actor = new HashMap<>();
            CurrentActor.get().ifPresent(a -> actor.putAll(a.asMetaData()));
            CurrentActor.principal().map(p -> p.authorityId())
                    .ifPresent(authority -> actor.put(MetaDataKeys.AUTHORITY_ID, authority));
            String requestId = MDC.get(MetaDataKeys.REQUEST_ID);
            if (requestId != null) {
                actor.put(MetaDataKeys.REQUEST_ID, requestId);
            }
            return command.andMetaData(actor);
        });
        commandBus.registerHandlerInterceptor((unitOfWork, chain) -> {
            try {
                return chain.proceed();
            } catch (RuleViolation violation) {
                throw new CommandExecutionException(violation.getMessage(), violation, violation.rule().name());
            }
        });
    }
}
