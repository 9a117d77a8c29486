package ir.daftar.api.fee;

import ir.daftar.api.fee.TariffConfiguration.ShippedTariffs;
import ir.daftar.core.common.Actor;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.fee.CourtFeeTariffApprovals;
import ir.daftar.core.fee.TariffCommand.RecordShippedCourtFeeTariff;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A22(c) (ADR 0921, revisited): at start, before anything else runs (the demo data assesses fees), each tariff
 * shipped with the application is recorded as approved on the tariffs' trail by the system, naming its file; a
 * tariff recorded at an earlier start changes nothing.
 */
@Component
@Order(0)
class ShippedTariffImport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ShippedTariffImport.class);
    static final Actor IMPORT = new Actor("system:shipped-tariffs", ActorRole.SYSTEM, null);

    private final ShippedTariffs shipped;
    private final CommandGateway commands;

    ShippedTariffImport(ShippedTariffs shipped, CommandGateway commands) {
        this.shipped = shipped;
        this.commands = commands;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (int i = 0; i < shipped.tariffs().size(); i++) {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RecordShippedCourtFeeTariff(
                    CourtFeeTariffApprovals.ID, shipped.tariffs().get(i), shipped.sources().get(i)))
                    .andMetaData(IMPORT.asMetaData()));
            log.info("court-fee tariff {} recorded as shipped and approved", shipped.tariffs().get(i).version());
        }
    }
}
