package ir.daftar.ops.reliability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application in a JVM of its own, as an operator runs it: started, killed with
 * {@code SIGKILL} ({@link Process#destroyForcibly()}), or stopped with {@code SIGTERM}
 * ({@link Process#destroy()}). Its output goes to a log file beside the data.
 */
final class DaftarProcess {

    private final Process process;
    private final int port;
    private final long startedAt = System.nanoTime();

    private DaftarProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static DaftarProcess start(Path jar, Map<String, String> env, List<String> args, Path log) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx384m", "-Daxoniq.update-checker.disabled=true",
                "-jar", jar.toAbsolutePath().toString(), "--server.port=" + port));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        return new DaftarProcess(builder.start(), port);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    /** Waits until the application answers its readiness probe with UP; returns how long it took since the start. */
    Duration awaitReady(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application exited with " + process.exitValue() + " while starting");
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("UP")) {
                    return Duration.ofNanos(System.nanoTime() - startedAt);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the application was not ready within " + timeout);
    }

    /** SIGKILL: no shutdown hook, no flush, nothing of the JVM's own runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: Spring's graceful shutdown. Returns the exit code, or -1 if it did not end within the timeout. */
    int terminate(Duration timeout) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
            return -1;
        }
        return process.exitValue();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
