package ir.daftar.ops.bench;

import ir.daftar.api.document.DocumentStore;
import ir.daftar.api.document.FileDocumentStore;
import ir.daftar.api.document.JdbcDocumentStore;
import ir.daftar.api.document.S3DocumentStore;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import ir.daftar.api.document.StoredContent;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The document stores side by side (ADR 0700): for each store and document size, {@code count} documents of
 * random bytes put (durable when put returns) and read back whole with their hash checked, as the application
 * does; prints MB/s and per-document milliseconds (median). Stores: {@code postgres} (the chunked tables, in a
 * schema of its own, dropped afterwards), {@code h2} (the same tables in an embedded H2 file, synced as the
 * embedded default is not: H2's own defaults), {@code file} (a directory) and, when asked for, {@code s3} (an
 * S3-compatible server at {@code -Ds3.endpoint}, e.g. S3Mock, a bucket of its own).
 * <pre>java -cp ... ir.daftar.ops.bench.DocumentStoreBench [-Dsizes=1,20,100] [-Dcount=5] [-Dstores=postgres,file,h2,s3]</pre>
 */
public final class DocumentStoreBench {

    private DocumentStoreBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.getInteger("count", 5);
        String[] sizes = System.getProperty("sizes", "1,20,100").split(",");
        String[] stores = System.getProperty("stores", "postgres,file,h2").split(",");
        String url = System.getProperty("db.url", System.getenv().getOrDefault("DAFTAR_BENCH_DB_URL",
                "jdbc:postgresql://127.0.0.1:5432/postgres"));
        String user = System.getProperty("db.user", System.getenv().getOrDefault("DAFTAR_BENCH_DB_USER", "postgres"));
        String password = System.getProperty("db.password", System.getenv().getOrDefault("DAFTAR_BENCH_DB_PASSWORD", ""));
        Path work = Files.createTempDirectory("document-bench");
        System.out.printf("%d documents per size, sizes %s MB; %s%n", count, String.join(",", sizes), machine());
        System.out.printf("%-9s %7s %12s %12s %12s %12s%n", "store", "MB", "put MB/s", "read MB/s", "put ms p50",
                "read ms p50");
        for (String kind : stores) {
            String schema = "docbench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
            DocumentStore store;
            Runnable close = () -> { };
            switch (kind.strip()) {
                case "postgres" -> {
                    try (Connection c = DriverManager.getConnection(url, user, password)) {
                        c.createStatement().execute("CREATE SCHEMA " + schema);
                    }
                    HikariDataSource ds = pool(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user,
                            password);
                    store = jdbcStore(ds);
                    close = () -> {
                        ds.close();
                        try (Connection c = DriverManager.getConnection(url, user, password)) {
                            c.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
                        } catch (Exception e) {
                            System.err.println("could not drop " + schema + ": " + e.getMessage());
                        }
                    };
                }
                case "h2" -> {
                    HikariDataSource ds = pool("jdbc:h2:file:" + work.resolve("h2/bench")
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "");
                    store = jdbcStore(ds);
                    close = ds::close;
                }
                case "file" -> store = new FileDocumentStore(work.resolve("files"));
                case "s3" -> {
                    S3Client s3 = S3Client.builder().endpointOverride(URI.create(System.getProperty("s3.endpoint",
                                    "http://127.0.0.1:9090"))).region(Region.US_EAST_1).forcePathStyle(true)
                            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench",
                                    "bench"))).httpClient(UrlConnectionHttpClient.create()).build();
                    s3.createBucket(b -> b.bucket(schema.replace('_', '-')));
                    store = new S3DocumentStore(s3, schema.replace('_', '-'));
                    close = s3::close;
                }
                default -> throw new IllegalArgumentException("store: postgres, h2 or file, not " + kind);
            }
            try {
                for (String s : sizes) {
                    run(kind.strip(), store, Integer.parseInt(s.strip()), count, work);
                }
            } finally {
                close.run();
            }
        }
        try (var walk = Files.walk(work)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** A pool, as the application has (Hikari): one connection per query would measure the connecting. */
    private static HikariDataSource pool(String url, String user, String password) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(url);
        ds.setUsername(user);
        ds.setPassword(password);
        ds.setMaximumPoolSize(2);
        return ds;
    }

    private static DocumentStore jdbcStore(javax.sql.DataSource ds) throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        jdbc.execute(new String(new ClassPathResource("db/migration/V161__document_store.sql").getInputStream()
                .readAllBytes(), StandardCharsets.UTF_8));
        return new JdbcDocumentStore(jdbc, new TransactionTemplate(new DataSourceTransactionManager(ds)));
    }

    private static void run(String kind, DocumentStore store, int mb, int count, Path work) throws Exception {
        List<Long> puts = new ArrayList<>();
        List<Long> reads = new ArrayList<>();
        Random random = new Random(mb);
        byte[] buf = new byte[1 << 20];
        for (int i = 0; i < count; i++) {
            Path file = work.resolve("upload.bin");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (var out = Files.newOutputStream(file)) {
                for (int m = 0; m < mb; m++) {
                    random.nextBytes(buf);
                    sha.update(buf);
                    out.write(buf);
                }
            }
            String hash = HexFormat.of().formatHex(sha.digest());
            long t0 = System.nanoTime();
            store.put(file, new StoredContent(hash, (long) mb << 20, "application/pdf", 1, Instant.now()));
            long t1 = System.nanoTime();
            MessageDigest check = MessageDigest.getInstance("SHA-256");
            try (InputStream in = store.open(hash, 0, Long.MAX_VALUE / 2)) {
                for (int n; (n = in.read(buf)) > 0; ) {
                    check.update(buf, 0, n);
                }
            }
            long t2 = System.nanoTime();
            if (!HexFormat.of().formatHex(check.digest()).equals(hash)) {
                throw new IllegalStateException(kind + ": read back different bytes");
            }
            puts.add(t1 - t0);
            reads.add(t2 - t1);
            Files.delete(file);
        }
        System.out.printf("%-9s %7d %12.0f %12.0f %12.0f %12.0f%n", kind, mb, rate(mb, puts), rate(mb, reads),
                median(puts) / 1e6, median(reads) / 1e6);
    }

    private static double rate(int mb, List<Long> nanos) {
        return mb * nanos.size() / (nanos.stream().mapToLong(Long::longValue).sum() / 1e9);
    }

    private static double median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    private static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version();
    }
}
