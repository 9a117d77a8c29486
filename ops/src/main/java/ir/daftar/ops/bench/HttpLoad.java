package ir.daftar.ops.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ir.daftar.ops.benchkit.Figures;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The benchmark's HTTP load, run in a JVM of its own (issue 14): the application's JVM serves and this one only
 * sends, so the generator's threads, allocation and collections are not counted against the application. Both
 * still share the machine's cores; the report says so.
 *
 * <p>{@code HttpLoad lifecycles <base-url> <clients> <count> <offices-file> <applicants-file> <out-json> <codes-file>}:
 * office-route lifecycles (11 commands each); the tracking codes issued and their applicants go to the codes file.
 * <br>{@code HttpLoad lookups <base-url> <clients> <seconds> <codes-file> <out-json> [<warm-up-seconds>]}: status
 * lookups by tracking code and national code for that long after the warm-up, each client from an address of its own
 * (X-Forwarded-For) on a connection of its own.
 * <br>{@code HttpLoad pages <base-url> <clients> <seconds> <codes-file> <out-json> [<warm-up-seconds>]}: the same
 * lookups through the public status page, as a browser sends them: each client first loads the page (its CSRF cookie
 * and the form's token), then sends the form ({@code POST /status}) again and again on its kept-alive connection.
 */
public final class HttpLoad {

    static final String PASSWORD = "bench-password";
    static final String SIGNED_FORM = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final ObjectMapper JSON = new ObjectMapper();

    private HttpLoad() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, Object> result = switch (args[0]) {
            case "lifecycles" -> lifecycles(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Files.readAllLines(Path.of(args[4])), Files.readAllLines(Path.of(args[5])), Path.of(args[7]));
            case "lookups", "pages" -> lookups(args[1], Integer.parseInt(args[2]), Duration.ofSeconds(Long.parseLong(args[3])),
                    Duration.ofSeconds(args.length > 6 ? Long.parseLong(args[6]) : 0), Files.readAllLines(Path.of(args[4])),
                    args[0].equals("pages") ? HttpLoad::statusPage : HttpLoad::statusApi);
            default -> throw new IllegalArgumentException("lifecycles, lookups or pages, not " + args[0]);
        };
        Path out = Path.of(args[0].equals("lifecycles") ? args[6] : args[5]);
        JSON.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), result);
        System.exit(0);
    }

    /**
     * Runs {@code mode} in a new JVM with this JVM's class path, {@code -Xmx256m}; answers the figures it wrote.
     *
     * @param args the arguments after the mode, as {@link #main} takes them
     * @param out  the results file named among {@code args}
     */
    static Map<String, Object> inOwnJvm(String mode, List<String> args, Path out) throws IOException, InterruptedException {
        return inOwnJvm(mode, args, out, process -> { });
    }

    /** As {@link #inOwnJvm(String, List, Path)}, telling {@code started} the generator's process once it runs. */
    static Map<String, Object> inOwnJvm(String mode, List<String> args, Path out,
                                        java.util.function.Consumer<ProcessHandle> started)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), HttpLoad.class.getName(), mode));
        command.addAll(args);
        Process p = new ProcessBuilder(command).inheritIO().start();
        started.accept(p.toHandle());
        if (!p.waitFor(2, TimeUnit.HOURS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("the load generator failed: " + command);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> result = JSON.readValue(out.toFile(), LinkedHashMap.class);
        return result;
    }

    /** Office-route lifecycles over HTTP; offices are lines "clerkUser expertUser", applicants national codes. */
    static Map<String, Object> lifecycles(String base, int clients, int count, List<String> offices, List<String> applicants,
                                          Path codesOut) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        AtomicInteger next = new AtomicInteger();
        Stats stats = new Stats();
        AtomicLong errors = new AtomicLong();
        ConcurrentLinkedQueue<String> codes = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        parallel(clients, c -> {
            String[] office = offices.get(c % offices.size()).split(" ");
            String clerk = office[0];
            String expert = office[1];
            Stats mine = new Stats();
            while (next.getAndIncrement() < count) {
                String applicant = applicants.get(ThreadLocalRandom.current().nextInt(applicants.size()));
                String f = post(client, mine, errors, base + "/api/v1/filings", clerk, "{\"route\":\"OFFICE\","
                        + "\"kind\":\"PETITION\",\"claimNature\":\"FINANCIAL\",\"claimValueRials\":300000000,\"applicant\":"
                        + "{\"type\":\"NATURAL\",\"identifier\":\"" + applicant + "\",\"name\":\"متقاضی آزمون\"},"
                        + "\"competentAuthorityId\":\"TEH-CIV-12\",\"subject\":\"مطالبه وجه\"}", "filingId");
                String p = base + "/api/v1/filings/" + f;
                post(client, mine, errors, p + "/identity-verification", clerk, "{\"method\":\"NATIONAL_SMART_CARD\"}", null);
                post(client, mine, errors, p + "/documents", clerk, "{\"documentId\":\"DOC-1\",\"title\":\"دادخواست\","
                        + "\"pageCount\":2,\"contentBase64\":\"" + Base64.getEncoder().encodeToString(f.getBytes()) + "\"}", null);
                post(client, mine, errors, p + "/applicant-confirmation", clerk, null, null);
                String amount = post(client, mine, errors, p + "/court-fee/assessment", clerk, null, "amountRials");
                post(client, mine, errors, p + "/court-fee/payment", clerk, "{\"paymentReference\":\"PAY-"
                        + f.substring(0, 8) + "\",\"amountRials\":" + amount + ",\"receiptNumber\":\"R-" + f.substring(0, 8) + "\"}", null);
                post(client, mine, errors, p + "/documents/DOC-1/conformity", expert, "{\"verdict\":\"VERIFIED\"}", null);
                post(client, mine, errors, p + "/contact-details", clerk,
                        "{\"mobile\":\"09121234567\",\"electronicAddress\":\"sana:1234567890\"}", null);
                post(client, mine, errors, p + "/notification-undertaking", clerk,
                        "{\"signedFormSha256\":\"" + SIGNED_FORM + "\"}", null);
                String code = post(client, mine, errors, p + "/tracking-code", clerk, null, "trackingCode");
                post(client, mine, errors, p + "/submission", expert, null, null);
                if (code != null) {
                    codes.add(code + " " + applicant);
                }
            }
            stats.addAll(mine);
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        Files.write(codesOut, codes);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("commands", stats.count());
        m.put("seconds", Figures.round(seconds));
        m.put("commandsPerSecond", Figures.round(stats.count() / seconds));
        m.putAll(stats.latencies());
        m.put("errors", errors.get());
        m.put("clients", clients);
        m.put("generator", "a JVM of its own");
        return m;
    }

    /**
     * Status lookups for {@code duration} after {@code warmUp} of the same load unmeasured (both JVMs compile the
     * path first); codes are lines "trackingCode nationalCode". Each client keeps one HTTP/1.1 connection alive
     * ({@link KeepAliveConnection}).
     */
    static Map<String, Object> lookups(String base, int clients, Duration duration, Duration warmUp, List<String> codes,
                                       Client kind) throws Exception {
        URI server = URI.create(base);
        Stats stats = new Stats();
        AtomicLong notOk = new AtomicLong();
        long warmUntil = System.nanoTime() + warmUp.toNanos();
        long[] measured = new long[3]; // start and end (nanos), start (epoch millis)
        parallel(clients, c -> {
            Stats mine = new Stats();
            Random random = new Random(c);
            String from = "X-Forwarded-For: 10.0." + (c / 250) + "." + (c % 250 + 1) + "\r\n";
            try (KeepAliveConnection connection = new KeepAliveConnection(server)) {
                LookUp lookUp = kind.open(connection, from);
                while (System.nanoTime() < warmUntil) {
                    lookUp.one(codes.get(random.nextInt(codes.size())).split(" "));
                }
                synchronized (measured) {
                    if (measured[0] == 0) {
                        measured[0] = System.nanoTime();
                        measured[1] = measured[0] + duration.toNanos();
                        measured[2] = System.currentTimeMillis();
                    }
                }
                while (System.nanoTime() < measured[1]) {
                    long t0 = System.nanoTime();
                    int status = lookUp.one(codes.get(random.nextInt(codes.size())).split(" "));
                    mine.add(System.nanoTime() - t0);
                    if (status != 200) {
                        notOk.incrementAndGet();
                    }
                }
            }
            stats.addAll(mine);
        });
        double seconds = (System.nanoTime() - measured[0]) / 1e9;
        Map<String, Object> m = stats.summary(seconds);
        m.put("non200", notOk.get());
        m.put("clients", clients);
        m.put("warmUpSeconds", warmUp.toSeconds());
        m.put("measuredFromEpochMs", measured[2]);
        m.put("measuredToEpochMs", measured[2] + Math.round(seconds * 1000));
        m.put("generator", "a JVM of its own, one kept-alive HTTP/1.1 connection per client");
        return m;
    }

    /** One lookup of a tracking code and its national code; answers the status code. */
    interface LookUp {
        int one(String[] code) throws IOException;
    }

    /** A client of the lookups on its connection, from its address ({@code X-Forwarded-For} header line). */
    interface Client {
        LookUp open(KeepAliveConnection connection, String from) throws IOException;
    }

    /** The API: {@code GET /api/v1/status/{code}?nationalCode=}. */
    static LookUp statusApi(KeepAliveConnection connection, String from) {
        return code -> connection.get("/api/v1/status/" + code[0] + "?nationalCode=" + code[1], from);
    }

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** The public status page: load it once (CSRF cookie and token), then send its form. */
    static LookUp statusPage(KeepAliveConnection connection, String from) throws IOException {
        KeepAliveConnection.Answer page = connection.page("/", from);
        Matcher token = CSRF_FIELD.matcher(page.body());
        if (page.status() != 200 || !token.find()) {
            throw new IOException("the status page did not load with its form: " + page.status());
        }
        String headers = from + "Cookie: " + String.join("; ", page.cookies()) + "\r\n";
        String csrf = "_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        return code -> connection.postForm("/status", headers, csrf + "&trackingCode=" + code[0] + "&nationalCode=" + code[1]);
    }

    static String post(HttpClient client, Stats stats, AtomicLong errors, String url, String user, String body,
                       String field) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        long t0 = System.nanoTime();
        HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        stats.add(System.nanoTime() - t0);
        if (r.statusCode() >= 300) {
            errors.incrementAndGet();
            throw new IllegalStateException("POST " + url + " -> " + r.statusCode() + " " + r.body());
        }
        if (field == null) {
            return null;
        }
        JsonNode value = JSON.readTree(r.body()).path(field);
        return value.asText();
    }

    /** One unit of a client's work. */
    interface ClientWork {
        void run(int client) throws Exception;
    }

    /** Runs {@code work} on {@code clients} threads and waits for all; fails with the first failure. */
    static void parallel(int clients, ClientWork work) throws Exception {
        CountDownLatch done = new CountDownLatch(clients);
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < clients; i++) {
            int client = i;
            Thread t = new Thread(() -> {
                try {
                    work.run(client);
                } catch (Throwable e) {
                    failures.add(e);
                } finally {
                    done.countDown();
                }
            }, "bench-client-" + i);
            t.start();
        }
        done.await();
        if (!failures.isEmpty()) {
            Throwable first = failures.peek();
            throw new IllegalStateException(failures.size() + " client(s) failed; first: " + first, first);
        }
    }
}
