package ir.daftar.ops.inspection;

import ir.daftar.core.common.MetaDataKeys;
import ir.daftar.core.fee.CourtFeeTariff;
import ir.daftar.core.fee.CourtFeeTariffs;
import ir.daftar.core.feeschedule.FeeScheduleEvent;
import ir.daftar.core.feeschedule.FeeSchedules;
import ir.daftar.core.feeschedule.OfficeFeeSchedules;
import ir.daftar.core.feeschedule.ScheduleHistory;
import ir.daftar.core.filing.Filing;
import ir.daftar.core.filing.TrackingCode;
import ir.daftar.core.filing.TrackingCodeIssuer;
import ir.daftar.core.inspection.Inspection;
import ir.daftar.core.inspection.InspectionOrders;
import ir.daftar.core.kanoon.Kanoon;
import ir.daftar.core.kanoon.KanoonEvent;
import ir.daftar.core.kanoon.KanoonRegistry;
import ir.daftar.core.kanoon.OfficeLocator;
import ir.daftar.core.kanoon.Provinces;
import ir.daftar.core.kanoon.SeatClaims;
import ir.daftar.core.office.OfficeEvent;
import ir.daftar.core.office.Office;
import ir.daftar.core.office.OfficeDirectory;
import ir.daftar.core.office.OfficeStaffing;
import ir.daftar.core.office.StaffPosts;
import ir.daftar.projections.store.EventStoreCursor;
import ir.daftar.projections.store.EventTable;
import ir.daftar.projections.store.LedgerJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.flywaydb.core.Flyway;

/**
 * The ledger outside the Spring application, for operators' tools: Axon's JDBC event store on
 * the application's tables and the ledger's Jackson serializer, both from the ledger store
 * ({@link EventTable#engine}, {@link LedgerJson}, as the projections' test fixture uses them), and
 * the real aggregates behind a command gateway (so that generated activity obeys the same rules as the API).
 */
public final class Ledger implements AutoCloseable {

    public final DataSource dataSource;
    public final Serializer serializer;
    public final JdbcEventStorageEngine engine;
    public final CourtFeeTariffs tariffs;
    private Configuration axon;

    public Ledger(DataSource dataSource, CourtFeeTariffs tariffs) {
        this.dataSource = dataSource;
        this.tariffs = tariffs;
        this.serializer = LedgerJson.serializer();
        this.engine = EventTable.engine(dataSource, serializer);
    }

    /** Creates the application's tables from the migrations in the source tree (for scratch databases). */
    public static void migrate(DataSource dataSource, Path repositoryRoot) {
        Flyway.configure().dataSource(dataSource)
                .locations("filesystem:" + repositoryRoot.resolve("ledger-api/src/main/resources/db/migration"),
                        "filesystem:" + repositoryRoot.resolve("projections/src/main/resources/db/migration"))
                .load().migrate();
    }

    /** The court-fee tariffs shipped with the application (JSON data files). */
    public static CourtFeeTariffs tariffs(Path repositoryRoot) {
        Path dir = repositoryRoot.resolve("ledger-api/src/main/resources/tariffs");
        List<CourtFeeTariff> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                all.add(LedgerJson.objectMapper().readValue(f.toFile(), CourtFeeTariff.class));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the tariffs in " + dir, e);
        }
        return CourtFeeTariffs.of(all);
    }

    public EventStoreCursor cursor() {
        return new EventStoreCursor(dataSource, serializer);
    }

    /** Starts the aggregates (Filing, Office, Inspection, Kanoon) behind a command bus, with the ports they need. */
    public Configuration axon(Random random) {
        if (axon == null) {
            Configuration[] self = new Configuration[1];
            OfficeDirectory offices = officeId -> {
                if (officeId == null) {
                    return Optional.empty();
                }
                if (CurrentUnitOfWork.isStarted()) {
                    return staffing(self[0], officeId);
                }
                return DefaultUnitOfWork.startAndGet(null).executeWithResult(() -> staffing(self[0], officeId)).getPayload();
            };
            TrackingCodeIssuer issuer = filingId -> TrackingCode.random(random);
            Kanoons kanoons = new Kanoons();
            Seats seats = new Seats();
            axon = DefaultConfigurer.defaultConfiguration(false) // no service-loaded modules: never Axon Server here
                    .configureEmbeddedEventStore(c -> engine)
                    .configureSerializer(c -> JacksonSerializer.builder().objectMapper(LedgerJson.objectMapper()).defaultTyping().build())
                    .configureEventSerializer(c -> serializer)
                    .configureMessageSerializer(c -> serializer)
                    .configureCorrelationDataProviders(c -> List.of(new SimpleCorrelationDataProvider(
                            MetaDataKeys.ACTOR_ID, MetaDataKeys.ACTOR_ROLE, MetaDataKeys.OFFICE_ID,
                            MetaDataKeys.AUTHORITY_ID)))
                    .configureAggregate(Filing.class)
                    .configureAggregate(Office.class)
                    .configureAggregate(Inspection.class)
                    .configureAggregate(Kanoon.class)
                    .registerComponent(OfficeDirectory.class, c -> offices)
                    .registerComponent(KanoonRegistry.class, c -> kanoons)
                    .registerComponent(SeatClaims.class, c -> seats)
                    .registerComponent(OfficeLocator.class, c -> officeId -> {
                        List<OfficeEvent> events = stream(self[0], officeId, OfficeEvent.class);
                        return events.isEmpty() || !(events.get(0) instanceof OfficeEvent.OfficeRegistered r)
                                ? Optional.empty() : Provinces.find(r.province());
                    })
                    .registerComponent(InspectionOrders.class, c -> (kanoonId, orderId) -> {
                        List<KanoonEvent> events = stream(self[0], kanoonId, KanoonEvent.class);
                        return events.isEmpty() ? Optional.empty() : Kanoon.stateFrom(events).orders().stream()
                                .filter(o -> o.orderId().equals(orderId)).findFirst();
                    })
                    .registerComponent(CourtFeeTariffs.class, c -> tariffs)
                    .registerComponent(TrackingCodeIssuer.class, c -> issuer)
                    .registerComponent(StaffPosts.class, c -> StaffPosts.inMemory())
                    // office service charges (ADR 0921, revisited): the schedules' own stream
                    .registerComponent(OfficeFeeSchedules.class, c -> at -> ScheduleHistory.of(
                            stream(self[0], FeeSchedules.ID, FeeScheduleEvent.class)).inForceAt(at))
                    .buildConfiguration();
            self[0] = axon;
            axon.start();
        }
        return axon;
    }

    /** The events of one stream, oldest first; empty when the stream holds something else (ADR 1300's readers). */
    private static <T> List<T> stream(Configuration axon, String id, Class<T> type) {
        List<T> found = new ArrayList<>();
        axon.eventStore().readEvents(id).asStream().forEach(m -> {
            if (type.isInstance(m.getPayload())) {
                found.add(type.cast(m.getPayload()));
            }
        });
        return found;
    }

    /** A25: the Kanoons formed in this scenario (one JVM, one writer: no lock needed). */
    private static final class Kanoons implements KanoonRegistry {
        private final Map<String, String> formed = new ConcurrentHashMap<>();

        @Override
        public Map<String, String> formed() {
            return Map.copyOf(formed);
        }

        @Override
        public Map<String, String> formedForUpdate() {
            return formed();
        }

        @Override
        public void recordFormation(String kanoonId, String provinceCode, Instant at) {
            formed.put(provinceCode, kanoonId);
        }
    }

    /** A23 note: the scenario seats nobody on the Council; board seats are kept so the rule still holds. */
    private static final class Seats implements SeatClaims {
        private final List<Object[]> claims = new ArrayList<>();

        @Override
        public synchronized Optional<String> claim(String nationalCode, Body body, String scope, LocalDate from,
                                                   LocalDate until) {
            Optional<String> conflict = conflicting(nationalCode, body, from, until);
            if (conflict.isEmpty()) {
                claims.add(new Object[] {nationalCode, body, scope, from, until});
            }
            return conflict;
        }

        @Override
        public synchronized void release(String nationalCode, Body body, String scope, LocalDate on) {
            claims.removeIf(c -> c[0].equals(nationalCode) && c[1] == body && c[2].equals(scope));
        }

        @Override
        public synchronized Optional<String> conflicting(String nationalCode, Body body, LocalDate from, LocalDate until) {
            return claims.stream().filter(c -> c[0].equals(nationalCode) && c[1] != body
                            && ((LocalDate) c[3]).isBefore(until) && from.isBefore((LocalDate) c[4]))
                    .map(c -> (String) c[2]).findFirst();
        }
    }

    private static Optional<OfficeStaffing> staffing(Configuration axon, String officeId) {
        try {
            return Optional.of(axon.repository(Office.class).load(officeId).invoke(Office::staffing));
        } catch (AggregateNotFoundException unknown) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        if (axon != null) {
            axon.shutdown();
        }
    }
}
