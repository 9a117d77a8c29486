package ir.daftar.api.document;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The S3-compatible store against a real S3-compatible server: Adobe's S3Mock, from Maven Central, run as a
 * process of its own (the build copies it to {@code target/s3mock/s3mock.jar} before the integration tests).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3DocumentStoreIT extends DocumentStoreContract {

    private static final Path JAR = Path.of("target/s3mock/s3mock.jar");

    private Process server;
    private S3Client s3;
    private S3DocumentStore store;

    @BeforeAll
    void startServer() throws Exception {
        Assumptions.assumeTrue(Files.exists(JAR), "S3Mock is not at " + JAR + " (the build copies it before the ITs)");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", JAR.toString(), "--server.port=0", "--com.adobe.testing.s3mock.httpPort=" + port,
                "--spring.main.banner-mode=off", "--logging.level.root=WARN")
                .redirectErrorStream(true).redirectOutput(Path.of("target/s3mock/s3mock.log").toFile());
        pb.environment().put("initialBuckets", "daftar-documents");
        server = pb.start();
        URI endpoint = URI.create("http://127.0.0.1:" + port);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!answers(endpoint.resolve("/daftar-documents"))) {
            if (Instant.now().isAfter(deadline) || !server.isAlive()) {
                throw new IllegalStateException("S3Mock did not start: see target/s3mock/s3mock.log");
            }
            Thread.sleep(250);
        }
        s3 = S3Client.builder().endpointOverride(endpoint).region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create()).build();
        store = new S3DocumentStore(s3, "daftar-documents");
    }

    @AfterAll
    void stopServer() throws Exception {
        if (s3 != null) {
            s3.close();
        }
        if (server != null) {
            server.destroy();
            server.waitFor();
        }
    }

    @Override
    DocumentStore store() {
        return store;
    }

    private static boolean answers(URI uri) {
        try {
            HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
            c.setConnectTimeout(500);
            c.setReadTimeout(2000);
            return c.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }
}
