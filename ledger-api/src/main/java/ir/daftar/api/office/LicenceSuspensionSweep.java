package ir.daftar.api.office;

import ir.daftar.core.common.Actor;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.office.Licence;
import ir.daftar.core.office.OfficeCommand.EndLicenceSuspension;
import ir.daftar.core.office.OfficeDirectory;
import ir.daftar.core.office.OfficeEvent.LicenceDecisionDecided;
import ir.daftar.core.office.OfficeEvent.LicenceSuspendedByRuling;
import ir.daftar.projections.store.EventTable;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A35-5 (ADR 0900): records the end of each licence suspension whose period has run, as the system. The
 * intake does not wait for it (a suspension stops holding at its end by the clock); the sweep writes the fact
 * into the office's ledger, at the ledger's clock. Only offices with a decided licence decision or a suspension by a
 * disciplinary ruling (ADR 1200) are looked at; a suspension ended by
 * another instance first is refused to this one ({@code A35_SUSPENSION_NOT_ENDED}) and left alone.
 */
@Component
class LicenceSuspensionSweep {

    private static final Logger log = LoggerFactory.getLogger(LicenceSuspensionSweep.class);
    static final Actor SWEEP = new Actor("system:licence-suspension-sweep", ActorRole.SYSTEM, null);

    private final JdbcTemplate jdbc;
    private final OfficeDirectory offices;
    private final CommandGateway commands;
    private final String decidedType;
    private final String rulingType;

    LicenceSuspensionSweep(JdbcTemplate jdbc, OfficeDirectory offices, CommandGateway commands,
                           @Qualifier("eventSerializer") Serializer serializer) {
        this.jdbc = jdbc;
        this.offices = offices;
        this.commands = commands;
        this.decidedType = serializer.typeForClass(LicenceDecisionDecided.class).getName();
        this.rulingType = serializer.typeForClass(LicenceSuspendedByRuling.class).getName();
    }

    @Scheduled(fixedDelayString = "${daftar.licences.sweep-interval:PT10S}",
            initialDelayString = "${daftar.licences.sweep-interval:PT10S}")
    void poll() {
        try {
            sweep(GenericEventMessage.clock.instant());
        } catch (RuntimeException e) {
            log.warn("licence suspension sweep failed: {}", e.toString());
        }
    }

    /** Ends the suspensions over at {@code now}; returns how many were recorded. */
    int sweep(Instant now) {
        List<String> officeIds = jdbc.queryForList("SELECT DISTINCT " + EventTable.AGGREGATE_IDENTIFIER + " FROM "
                + EventTable.NAME + " WHERE " + EventTable.PAYLOAD_TYPE + " IN (?, ?)", String.class, decidedType, rulingType);
        int ended = 0;
        for (String officeId : officeIds) {
            Licence licence = offices.licenceOf(officeId).orElse(null);
            if (licence == null || licence.suspendedUntil() == null || licence.suspendedAt(now)) {
                continue;
            }
            try {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(new EndLicenceSuspension(officeId))
                        .andMetaData(SWEEP.asMetaData()));
                ended++;
            } catch (RuntimeException e) {
                log.info("suspension of office {} not ended: {}", officeId, e.getMessage());
            }
        }
        return ended;
    }
}
