package ir.daftar.ops.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Several clients writing to a running ledger over HTTP at once, the way offices and courts do: filing
 * starts, a later step on filings already started (identity verification), public status lookups, and
 * now and then a whole filing taken to a deposited notice (which queues an SMS alert). Only what the
 * application acknowledged (a 2xx answer, or for a lookup any answer it gave) is recorded as
 * acknowledged; a request cut off by the crash is not.
 */
final class Workload {

    static final String PASSWORD = "daftar-demo";
    static final String APPLICANT_CODE = "0089123451";
    static final String SIGNED_FORM = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    /** What the ledger acknowledged, over every run against the same data. */
    static final class Acknowledged {
        final Set<String> filings = ConcurrentHashMap.newKeySet();
        final Set<String> identityVerified = ConcurrentHashMap.newKeySet();
        final Set<String> depositedNotices = ConcurrentHashMap.newKeySet();
        final Set<String> trackingCodes = ConcurrentHashMap.newKeySet();
        /** Idempotency keys of filing starts that got no answer (cut off by the crash): sent again after the restart. */
        final Set<String> unanswered = ConcurrentHashMap.newKeySet();
        final AtomicLong resent = new AtomicLong();
        final AtomicLong lookups = new AtomicLong();
        final AtomicLong commands = new AtomicLong();
        /** Answers 500 and above other than 503 (a clean "not now"): there must be none, crash or not. */
        final AtomicLong serverErrors = new AtomicLong();
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String baseUrl;
    private final Acknowledged acked;
    private volatile boolean running = true;
    private final List<Thread> clients = new ArrayList<>();

    Workload(String baseUrl, Acknowledged acked) {
        this.baseUrl = baseUrl;
        this.acked = acked;
    }

    void start(int clientCount) {
        for (int i = 0; i < clientCount; i++) {
            boolean notices = i == 0;
            Thread t = new Thread(() -> run(notices), "client-" + i);
            t.setDaemon(true);
            clients.add(t);
            t.start();
        }
    }

    /** Stops the clients (after the crash their requests fail anyway) and waits for them. */
    void stop() throws InterruptedException {
        running = false;
        for (Thread t : clients) {
            t.join(10_000);
        }
    }

    private void run(boolean notices) {
        List<String> mine = new ArrayList<>();
        while (running) {
            try {
                int dice = ThreadLocalRandom.current().nextInt(100);
                if (notices && dice < 10) {
                    filingToDepositedNotice();
                } else if (dice < 55) {
                    String f = startFiling();
                    if (f != null) {
                        mine.add(f);
                    }
                } else if (dice < 80 && !mine.isEmpty()) {
                    String f = mine.remove(mine.size() - 1);
                    if (ok(post("clerk1001", "/api/v1/filings/" + f + "/identity-verification",
                            Map.of("method", "NATIONAL_SMART_CARD")))) {
                        acked.identityVerified.add(f);
                        acked.commands.incrementAndGet();
                    }
                } else {
                    lookup();
                }
            } catch (IOException | RuntimeException cutOff) {
                // the application is gone (killed) or refused: nothing was acknowledged
                pause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private String startFiling() throws IOException, InterruptedException {
        String key = UUID.randomUUID().toString();
        acked.unanswered.add(key);
        Answer a = post("clerk1001", "/api/v1/filings", officePetition(), Map.of("Idempotency-Key", key));
        acked.unanswered.remove(key);
        return startedFiling(a);
    }

    private String startedFiling(Answer a) {
        if (a.status() == 201 || a.status() == 200) {
            String id = a.body().path("filingId").asText();
            acked.filings.add(id);
            acked.commands.incrementAndGet();
            return id;
        }
        return null;
    }

    /**
     * What a client does after a crash: each filing start that got no answer is sent again with the same
     * idempotency key (ADR 0004), so it exists once whether or not the first one was committed.
     */
    int resendUnanswered() throws IOException, InterruptedException {
        int resent = 0;
        for (String key : List.copyOf(acked.unanswered)) {
            if (startedFiling(post("clerk1001", "/api/v1/filings", officePetition(), Map.of("Idempotency-Key", key))) != null) {
                acked.unanswered.remove(key);
                acked.resent.incrementAndGet();
                resent++;
            }
        }
        return resent;
    }

    private void lookup() throws IOException, InterruptedException {
        List<String> codes = new ArrayList<>(acked.trackingCodes);
        String code = codes.isEmpty() ? "0000000000000000" : codes.get(ThreadLocalRandom.current().nextInt(codes.size()));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/status/" + code
                + "?nationalCode=" + APPLICANT_CODE)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        // every answer the application gives to a lookup (found, not found, invalid, limited) is logged first
        if (r.statusCode() == 200 || r.statusCode() == 400 || r.statusCode() == 404 || r.statusCode() == 429) {
            acked.lookups.incrementAndGet();
        }
    }

    /** The office route to submission, the court's registration, a notice issued and deposited (A6, A13, A8). */
    private void filingToDepositedNotice() throws IOException, InterruptedException {
        String f = startFiling();
        if (f == null) {
            return;
        }
        String base = "/api/v1/filings/" + f;
        require(post("clerk1001", base + "/identity-verification", Map.of("method", "NATIONAL_SMART_CARD")));
        acked.identityVerified.add(f);
        String doc = require(post("clerk1001", base + "/documents", Map.of("title", "دادخواست", "pageCount", 2,
                "contentBase64", Base64.getEncoder().encodeToString(UUID.randomUUID().toString()
                        .getBytes(StandardCharsets.UTF_8))))).path("documentId").asText();
        require(post("clerk1001", base + "/applicant-confirmation", null));
        long amount = require(post("clerk1001", base + "/court-fee/assessment", null)).path("amountRials").asLong();
        require(post("clerk1001", base + "/court-fee/payment", Map.of("paymentReference", "PAY-" + f.substring(0, 8),
                "amountRials", amount, "receiptNumber", "R-" + f.substring(0, 8))));
        require(post("legal1001", base + "/documents/" + doc + "/conformity", Map.of("verdict", "VERIFIED")));
        require(post("clerk1001", base + "/contact-details",
                Map.of("mobile", "09121234567", "electronicAddress", "sana:1234567890")));
        require(post("clerk1001", base + "/notification-undertaking", Map.of("signedFormSha256", SIGNED_FORM)));
        acked.trackingCodes.add(require(post("clerk1001", base + "/tracking-code", null)).path("trackingCode").asText());
        require(post("legal1001", base + "/submission", null));
        require(post("court", base + "/case-registration", Map.of("caseNumber", "1405-" + f.substring(0, 6),
                "branch", "شعبه ۱۲", "registeredOn", LocalDate.now(ZoneId.of("Asia/Tehran")).toString())));
        String notice = require(post("court", "/api/v1/notices", Map.of("filingId", f, "kind", "HEARING_DATE",
                "recipient", Map.of("role", "APPLICANT", "nationalCode", APPLICANT_CODE, "name", "زهرا احمدی"),
                "text", "وقت رسیدگی: ۱۴۰۵/۰۳/۱۰ ساعت ۹ صبح، شعبه ۱۲", "documentSha256", List.of(SIGNED_FORM))))
                .path("noticeId").asText();
        require(post("court", "/api/v1/notices/" + notice + "/deposit", null));
        acked.depositedNotices.add(notice);
    }

    private JsonNode require(Answer a) {
        if (!ok(a)) {
            throw new IllegalStateException("refused: " + a.status() + " " + a.body());
        }
        acked.commands.incrementAndGet();
        return a.body();
    }

    private static boolean ok(Answer a) {
        return a.status() >= 200 && a.status() < 300;
    }

    private Answer post(String user, String path, Object body) throws IOException, InterruptedException {
        return post(user, path, body, Map.of());
    }

    private Answer post(String user, String path, Object body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .POST(body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        headers.forEach(request::header);
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 500 && r.statusCode() != 503) {
            acked.serverErrors.incrementAndGet();
        }
        JsonNode node = r.body() == null || r.body().isBlank() ? json.nullNode() : json.readTree(r.body());
        return new Answer(r.statusCode(), node);
    }

    private static Map<String, Object> officePetition() {
        return Map.of("route", "OFFICE", "kind", "PETITION", "claimNature", "FINANCIAL", "claimValueRials", "300000000",
                "applicant", Map.of("type", "NATURAL", "identifier", APPLICANT_CODE, "name", "زهرا احمدی"),
                "defendants", List.of(Map.of("type", "NATURAL", "name", "بهرام کاظمی")),
                "competentAuthorityId", "TEH-CIV-12", "subject", "مطالبه وجه چک");
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Answer(int status, JsonNode body) {
    }
}
