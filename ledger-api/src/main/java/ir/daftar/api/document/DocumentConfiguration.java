package ir.daftar.api.document;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * The documents' wiring (ADR 0700): which store ({@code daftar.documents.store}: {@code jdbc}, {@code file},
 * or {@code auto}, the default: the database's own tables on PostgreSQL, a directory under the data
 * directory on the embedded database), the size limit, and the malware scan by clamd
 * ({@code daftar.documents.scan.*}) with its {@code clamav} health component.
 */
@Configuration(proxyBeanMethods = false)
public class DocumentConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DocumentConfiguration.class);

    @Bean
    DocumentStore documentStore(@Value("${daftar.documents.store:auto}") String kind,
                                @Value("${daftar.documents.directory:./data/documents}") String directory,
                                @Value("${spring.datasource.url:}") String databaseUrl, JdbcTemplate jdbc,
                                TransactionTemplate tx) {
        String chosen = kind;
        if ("auto".equals(kind)) {
            chosen = databaseUrl.startsWith("jdbc:postgresql:") ? "jdbc" : "file";
        }
        DocumentStore store = switch (chosen) {
            case "jdbc" -> new JdbcDocumentStore(jdbc, tx);
            case "file" -> new FileDocumentStore(Path.of(directory));
            default -> throw new IllegalStateException("daftar.documents.store: jdbc, file or auto, not " + kind);
        };
        log.info("documents kept in the {} store", store.kind());
        return store;
    }

    @Bean
    ClamdScanner clamdScanner(@Value("${daftar.documents.scan.host:127.0.0.1}") String host,
                              @Value("${daftar.documents.scan.port:3310}") int port,
                              @Value("${daftar.documents.scan.timeout:PT60S}") Duration timeout) {
        return new ClamdScanner(host, port, timeout);
    }

    @Bean
    DocumentIntake documentIntake(DocumentStore store, ClamdScanner scanner,
                                  @Value("${daftar.documents.scan.enabled:false}") boolean scan,
                                  @Value("${daftar.documents.scan.when-down:refuse}") String whenDown,
                                  @Value("${daftar.documents.max-size:250MB}") DataSize maxSize,
                                  MeterRegistry meters) {
        DocumentIntake.WhenScannerDown policy = DocumentIntake.WhenScannerDown.valueOf(
                whenDown.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        if (!scan) {
            log.info("uploaded documents are not scanned for malware (daftar.documents.scan.enabled=false)");
        }
        return new DocumentIntake(store, scan ? scanner : null, policy, maxSize.toBytes(), Clock.systemUTC(), meters);
    }

    @Bean
    DocumentReader documentReader(DocumentStore store, MeterRegistry meters) {
        return new DocumentReader(store, meters);
    }

    @Bean
    DocumentCatalogue documentCatalogue(EventStore events) {
        return new DocumentCatalogue(events);
    }

    /** The actuator's {@code clamav} component: DOWN when the scan is on and clamd does not answer PING. */
    @Bean
    HealthIndicator clamavHealthIndicator(ClamdScanner scanner,
                                          @Value("${daftar.documents.scan.enabled:false}") boolean scan,
                                          @Value("${daftar.documents.scan.when-down:refuse}") String whenDown) {
        return () -> {
            if (!scan) {
                return Health.unknown().withDetail("scan", "off").build();
            }
            Health.Builder h = scanner.ping() ? Health.up() : Health.down();
            return h.withDetail("clamd", scanner.address()).withDetail("whenDown", whenDown).build();
        };
    }
}
