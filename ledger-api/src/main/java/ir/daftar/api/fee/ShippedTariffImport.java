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
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A22(c) (ADR 0921, revisited): at start, before anything else runs (the demo data assesses fees), each tariff
 * shipped with the application is recorded as approved on the tariffs' trail by the system, naming its file; a
 * tariff recorded at an earlier start changes nothing. A start is not stopped by a failed recording: a second instance
 * recording the same tariffs at the same moment (one of the two appends conflicts; tried again, the tariff is found
 * recorded) or an event store not reachable yet (Axon Server) is tried again, then every 30 seconds in the
 * background until it succeeds; until then a shipped tariff not recorded yet is not in force.
 */
@Component
@Order(0)
class ShippedTariffImport implements ApplicationRunner, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ShippedTariffImport.class);
    static final Actor IMPORT = new Actor("system:shipped-tariffs", ActorRole.SYSTEM, null);
    private static final long RETRY_MILLIS = 30_000;

    private final ShippedTariffs shipped;
    private final CommandGateway commands;
    private volatile Thread retry;

    ShippedTariffImport(ShippedTariffs shipped, CommandGateway commands) {
        this.shipped = shipped;
        this.commands = commands;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (recordAll() || recordAll()) {
            return;
        }
        Thread retry = new Thread(() -> {
            try {
                do {
                    Thread.sleep(RETRY_MILLIS);
                } while (!recordAll());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "shipped-tariffs");
        retry.setDaemon(true);
        this.retry = retry;
        retry.start();
    }

    /** The retries end with the application. */
    @Override
    public void destroy() {
        Thread running = retry;
        if (running != null) {
            running.interrupt();
        }
    }

    /** Records every shipped tariff; {@code false} (logged) when one could not be. */
    boolean recordAll() {
        try {
            for (int i = 0; i < shipped.tariffs().size(); i++) {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RecordShippedCourtFeeTariff(
                        CourtFeeTariffApprovals.ID, shipped.tariffs().get(i), shipped.sources().get(i)))
                        .andMetaData(IMPORT.asMetaData()));
                log.info("court-fee tariff {} recorded as shipped and approved", shipped.tariffs().get(i).version());
            }
            return true;
        } catch (RuntimeException e) {
            log.warn("the shipped court-fee tariffs could not be recorded ({}); trying again", e.toString());
            return false;
        }
    }
}
