package ir.daftar.api.establishment;

import ir.daftar.core.common.MetaDataKeys;
import ir.daftar.core.establishment.OfficeCallEvent.OfficeEstablished;
import ir.daftar.core.office.OfficeCommand.HireStaffMember;
import ir.daftar.core.office.OfficeCommand.RegisterOffice;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.MetaData;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A14 (ADR 0920): once the Center head has appointed the manager of an approved office, the office is registered
 * in the office registry, as an office that needs a licence in force to receive filings (ADR 0900), and its
 * manager is hired in it on the evidence of A16-A21 the Center head appointed them on (ADR 0910): a failing
 * condition refuses the appointment with its code. Subscribing, so this runs in the unit of work of the Center head's command: the
 * establishment and the registration commit together or not at all (a failure propagates and refuses the
 * appointment). The commands carry the Center head as their actor. Never replayed.
 */
@ProcessingGroup(OfficeEstablishmentProcess.PROCESSING_GROUP)
class OfficeEstablishmentProcess {

    static final String PROCESSING_GROUP = "office-establishment";

    private final CommandGateway commands;

    OfficeEstablishmentProcess(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    @DisallowReplay
    void on(OfficeEstablished event, MetaData metaData) {
        Map<String, Object> actor = new HashMap<>();
        for (String key : new String[] {MetaDataKeys.ACTOR_ID, MetaDataKeys.ACTOR_ROLE, MetaDataKeys.REQUEST_ID}) {
            if (metaData.get(key) != null) {
                actor.put(key, metaData.get(key));
            }
        }
        send(new RegisterOffice(event.officeId(), event.name(), event.origin(), event.province(), event.city(), true), actor);
        send(new HireStaffMember(event.officeId(), event.manager(), event.managerEligibility()), actor);
    }

    private void send(Object command, Map<String, Object> actor) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(actor));
    }

    /** The process as a subscribing processor whose failures propagate to the command that caused them. */
    @Configuration(proxyBeanMethods = false)
    static class Wiring {

        @Bean
        OfficeEstablishmentProcess officeEstablishmentProcess(CommandGateway commands) {
            return new OfficeEstablishmentProcess(commands);
        }

        @Bean
        ConfigurerModule officeEstablishmentProcessing() {
            return configurer -> configurer.eventProcessing()
                    .registerSubscribingEventProcessor(PROCESSING_GROUP)
                    .registerListenerInvocationErrorHandler(PROCESSING_GROUP, c -> PropagatingErrorHandler.instance());
        }
    }
}
