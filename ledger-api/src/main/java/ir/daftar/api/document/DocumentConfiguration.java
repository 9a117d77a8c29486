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
 * {@code s3} (an S3-compatible object store, the scale-out option), or {@code auto}, the default: the database's own tables on PostgreSQL, a directory under the data
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
                                TransactionTemplate tx, org.springframework.core.env.Environment s3) {
        String chosen = kind;
        if ("auto".equals(kind)) {
            chosen = databaseUrl.startsWith("jdbc:postgresql:") ? "jdbc" : "file";
        }
        DocumentStore store = switch (chosen) {
            case "jdbc" -> new JdbcDocumentStore(jdbc, tx);
            case "file" -> new FileDocumentStore(Path.of(directory));
            case "s3" -> s3Store(s3);
            default -> throw new IllegalStateException("daftar.documents.store: jdbc, file, s3 or auto, not " + kind);
        };
        log.info("documents kept in the {} store", store.kind());
        return store;
    }

    /**
     * The S3-compatible store ({@code daftar.documents.s3.*}): endpoint (empty: AWS itself), region, bucket,
     * path-style access, and keys (empty: the SDK's default credentials: environment, profile, instance role).
     */
    private static S3DocumentStore s3Store(org.springframework.core.env.Environment env) {
        String endpoint = env.getProperty("daftar.documents.s3.endpoint", "");
        String accessKey = env.getProperty("daftar.documents.s3.access-key", "");
        software.amazon.awssdk.services.s3.S3ClientBuilder builder = software.amazon.awssdk.services.s3.S3Client.builder()
                .region(software.amazon.awssdk.regions.Region.of(env.getProperty("daftar.documents.s3.region", "us-east-1")))
                .forcePathStyle(env.getProperty("daftar.documents.s3.path-style", Boolean.class, true))
                .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create());
        if (!endpoint.isBlank()) {
            builder.endpointOverride(java.net.URI.create(endpoint));
        }
        if (!accessKey.isBlank()) {
            builder.credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                    software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create(accessKey,
                            env.getProperty("daftar.documents.s3.secret-key", ""))));
        }
        return new S3DocumentStore(builder.build(), env.getRequiredProperty("daftar.documents.s3.bucket"));
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
