package ir.daftar.ops.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: the first start's log has no stack trace and no warning a newcomer cannot act on. The packaged
 * application is started as the README's first command starts it (no settings, the embedded database on a
 * fresh data directory, the demo offices and accounts seeded), left until it is ready and has seeded the demo
 * data and sealed its first checkpoint, then stopped as a newcomer stops it ({@code SIGTERM}, Ctrl-C). Every
 * line it printed, from the banner to the last line of the shutdown, is read.
 *
 * <p>Allowed: nothing. A line listed in {@link #ALLOWED} must say why a newcomer can act on it or why it is
 * not a fault; there is none today. The first start used to print a 45-line {@code AggregateNotFoundException}
 * while seeding a reporting body, Micrometer's "Gauge already registered" warning for Axon's meters
 * ({@code AxonMeters}), springdoc's warning that the API document is on (it is on by design:
 * {@code OpenApiConfiguration}, silenced in {@code application.yml}), a warning for the checkpoint key the
 * embedded default is meant to generate, and AxonIQ's console advertisement.
 */
class FirstStartLogIT {

    private static final Path JAR = Path.of("..", "ledger-api", "target", "daftar-app.jar");

    /** A stack frame, an exception's name or a log line at WARN or ERROR (Spring Boot's console pattern). */
    private static final Pattern FAULT = Pattern.compile("^\\s+at |^\\s*Caused by:|Exception|Throwable|^\\S+\\s+(WARN|ERROR)\\s");

    /** Lines a newcomer may see, each with its reason. */
    private static final Map<Pattern, String> ALLOWED = Map.of();

    @Test
    void the_first_start_logs_no_stack_trace_and_no_warning(@TempDir Path work) throws Exception {
        assertThat(Files.isRegularFile(JAR)).as("the packaged application " + JAR.toAbsolutePath()).isTrue();
        Path log = work.resolve("daftar.log");
        // nothing set but where the data goes (the README's command keeps it in ./data of the working directory)
        DaftarProcess app = DaftarProcess.start(JAR, Map.of("DAFTAR_DATA_DIR", work.resolve("data").toString()),
                List.of(), log);
        try {
            app.awaitReady(Duration.ofMinutes(3));
            awaitLine(log, "demo reporting bodies seeded", Duration.ofSeconds(60));
            awaitLine(log, "ledger checkpoint sealed", Duration.ofSeconds(60));
        } finally {
            int exit = app.terminate(Duration.ofSeconds(60));
            assertThat(exit).as("stopped with SIGTERM").isIn(0, 143);
        }

        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertThat(lines).as("the log").anyMatch(l -> l.contains("Started DaftarApplication"));
        List<String> faults = lines.stream()
                .filter(l -> FAULT.matcher(l).find())
                .filter(l -> ALLOWED.keySet().stream().noneMatch(p -> p.matcher(l).find()))
                .toList();
        assertThat(faults).as("stack frames, exceptions, warnings and errors in the first start's log:\n"
                + String.join("\n", lines)).isEmpty();
    }

    /** Waits until a line of the log contains {@code text}. */
    private static void awaitLine(Path log, String text, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (Files.readString(log, StandardCharsets.UTF_8).contains(text)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no line with \"" + text + "\" within " + timeout + " in:\n"
                + Files.readString(log, StandardCharsets.UTF_8));
    }
}
