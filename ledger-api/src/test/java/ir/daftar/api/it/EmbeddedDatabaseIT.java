package ir.daftar.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import ir.daftar.api.DaftarApplication;
import ir.daftar.api.admin.ProjectionRebuilder;
import ir.daftar.api.it.ApiClient.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpMethod;

/**
 * The embedded default: no configuration at all, a durable database under the data directory.
 * A filing made before a stop is still there, and still found by its tracking code, after a restart.
 */
class EmbeddedDatabaseIT {

    @TempDir
    Path dataDir;

    @Test
    void the_embedded_default_keeps_everything_across_a_restart() throws Exception {
        String[] filing;
        try (ConfigurableApplicationContext app = start()) {
            ApiClient api = client(app);
            filing = api.officeRouteToSubmission("clerk1001", "legal1001");
            awaitCaughtUp(app);
            assertThat(lookup(api, filing[1]).text("status")).isEqualTo("SUBMITTED");
        }
        assertThat(Files.exists(dataDir.resolve("daftar.mv.db"))).isTrue();

        try (ConfigurableApplicationContext app = start()) {
            ApiClient api = client(app);
            awaitCaughtUp(app);
            Response after = lookup(api, filing[1]);
            assertThat(after.status()).isEqualTo(200);
            assertThat(after.text("status")).isEqualTo("SUBMITTED");
            // the ledger goes on where it stopped: a second filing on the same offices
            String[] second = api.portalRouteToSubmission("applicant", "clerk1001", "legal1001");
            awaitCaughtUp(app);
            assertThat(lookup(api, second[1]).text("status")).isEqualTo("SUBMITTED");

            // and the README's curl walk-through, both routes, ends with both filings submitted
            runWalkthrough(((WebServerApplicationContext) app).getWebServer().getPort());
        }
    }

    private static void runWalkthrough(int port) throws Exception {
        Path script = Path.of("..", "ops", "demo", "walkthrough.sh");
        Assumptions.assumeTrue(Files.isRegularFile(script), "walk-through script present");
        Assumptions.assumeTrue(curlInstalled(), "curl installed");
        Process run = new ProcessBuilder("bash", script.toString(), "http://localhost:" + port)
                .redirectErrorStream(true).start();
        String output = new String(run.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(run.waitFor()).as(output).isZero();
        assertThat(output).contains("OK: both filings submitted");
    }

    private static boolean curlInstalled() {
        try {
            return new ProcessBuilder("curl", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (java.io.IOException | InterruptedException e) {
            return false;
        }
    }

    private ConfigurableApplicationContext start() {
        DaftarApplication.disableUpdateChecker();
        return new SpringApplicationBuilder(DaftarApplication.class)
                .properties("server.port=0", "DAFTAR_DATA_DIR=" + dataDir.toAbsolutePath())
                .run();
    }

    private static ApiClient client(ConfigurableApplicationContext app) {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        return new ApiClient(new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port)));
    }

    private static void awaitCaughtUp(ConfigurableApplicationContext app) throws InterruptedException {
        ProjectionRebuilder projections = app.getBean(ProjectionRebuilder.class);
        for (String name : projections.projectionNames()) {
            assertThat(projections.awaitCaughtUp(name, Duration.ofSeconds(30))).isTrue();
        }
    }

    private static Response lookup(ApiClient api, String code) {
        return api.call(null, HttpMethod.GET, "/api/v1/status/" + code + "?nationalCode=" + ApiClient.APPLICANT_CODE, null);
    }
}
