package ir.daftar.api.config.axon;

import ir.daftar.api.config.cache.CachedAggregates;
import ir.daftar.api.config.json.LedgerJson;
import ir.daftar.core.calendar.OfficialHolidayLists;
import ir.daftar.core.common.MetaDataKeys;
import ir.daftar.core.filing.Filing;
import ir.daftar.core.notice.Notice;
import ir.daftar.core.inspection.Inspection;
import ir.daftar.core.kanoon.Council;
import ir.daftar.core.kanoon.Kanoon;
import ir.daftar.core.office.Office;
import ir.daftar.core.paper.PaperFile;
import ir.daftar.core.report.ExternalReport;
import ir.daftar.core.report.ReportingBody;
import ir.daftar.projections.store.EventTable;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The Axon wiring: the event store on tables owned by Flyway (snake_case names, bytea payloads),
 * Jackson for every serializer ({@link LedgerJson}), the actor copied from each command onto its
 * events, the aggregates (two of them cached: {@link CachedAggregates}) and the command gateway.
 */
@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

    /** The event table as Flyway creates it: one definition, shared with the readers of the store ({@link EventTable}). */
    @Bean
    public EventSchema eventSchema() {
        return EventTable.schema();
    }

    @Bean
    public TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("time_stamp")
                .setOwnerColumn("owner")
                .build();
    }

    @Bean
    @Primary
    public Serializer serializer(LedgerJson json) {
        // default typing changes the mapper it is given: each serializer gets its own
        return JacksonSerializer.builder().objectMapper(json.copy()).defaultTyping().build();
    }

    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer(LedgerJson json) {
        return JacksonSerializer.builder().objectMapper(json.copy()).build();
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer(LedgerJson json) {
        return JacksonSerializer.builder().objectMapper(json.copy()).build();
    }

    /** Who acted, in which role and office: copied from the command onto every event it causes. */
    @Bean
    public CorrelationDataProvider actorCorrelation() {
        return new SimpleCorrelationDataProvider(MetaDataKeys.ACTOR_ID, MetaDataKeys.ACTOR_ROLE, MetaDataKeys.OFFICE_ID,
                MetaDataKeys.AUTHORITY_ID, MetaDataKeys.REQUEST_ID, MetaDataKeys.REPORTING_BODY_ID);
    }

    /**
     * The aggregates live in ledger-core, which knows nothing of Spring: they are registered here.
     * Filings and notices, whose commands come one after another, are kept in a bounded cache checked
     * against the event store before each use (ADR 0008: each command would otherwise replay the
     * aggregate's events first). {@code daftar.performance.aggregate-cache-size=0} turns it off.
     */
    @Bean
    public ConfigurerModule aggregates(@Value("${daftar.performance.aggregate-cache-size:5000}") int cacheSize) {
        return configurer -> {
            configurer
                    .configureAggregate(Office.class)
                    .configureAggregate(ReportingBody.class)
                    .configureAggregate(ExternalReport.class)
                    .configureAggregate(PaperFile.class)
                    .configureAggregate(Inspection.class)
                    .configureAggregate(OfficialHolidayLists.class)
                    .configureAggregate(ir.daftar.core.establishment.OfficeCall.class)
                    .configureAggregate(ir.daftar.core.feeschedule.FeeSchedules.class)
                    // discipline (A34-A38; ADR 1200)
                    .configureAggregate(ir.daftar.core.discipline.DisciplinaryBoard.class)
                    .configureAggregate(ir.daftar.core.discipline.DisciplinaryCase.class)
                    .configureAggregate(Kanoon.class)
                    .configureAggregate(Council.class)
                    // the Kanoon board's meetings, elections and letters (A27; ADR 1310)
                    .configureAggregate(ir.daftar.core.kanoon.KanoonBoard.class);
            configurer.configureAggregate(CachedAggregates.configurer(Filing.class, cacheSize));
            configurer.configureAggregate(CachedAggregates.configurer(Notice.class, cacheSize));
            // the court-fee tariffs' approval trail (A22(c); ADR 0921, revisited)
            configurer.configureAggregate(ir.daftar.core.fee.CourtFeeTariffApprovals.class);
        };
    }

    /**
     * The command gateway, sending a command again (at most three times) when it lost a race for its
     * aggregate's next sequence number: see {@link ConflictRetryScheduler}.
     */
    @Bean
    public CommandGateway commandGateway(CommandBus commandBus) {
        return DefaultCommandGateway.builder().commandBus(commandBus).retryScheduler(new ConflictRetryScheduler(3)).build();
    }
}
