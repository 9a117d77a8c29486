package ir.daftar.api.it;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ir.daftar.core.common.ActorRole;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * The OpenAPI document ({@code /v3/api-docs}) is worth reading and tells the truth (issue 12). It fails for an
 * operation without a summary or without its article and roles; for a success code other than the one the
 * controller answers ({@link #SUCCESS}, itself held to what the tests observed) or a bare {@code 200 *}{@code /*};
 * for an untyped success body; for an error response that is not problem+json; and for any status code observed
 * through {@link ApiClient} in this JVM that the operation does not document: this class's own probe (every row
 * of {@link AccessMatrixIT#TABLE} as anonymous, as each role allowed and as one role refused, and both routes of a
 * filing end to end), and everything the integration tests that ran before it observed (it runs last:
 * {@code @Order}, with the failsafe class orderer). Swagger UI is served by the application, without login.
 */
@Order(Integer.MAX_VALUE)
class OpenApiDocumentIT extends PostgresIntegrationTest {

    /** The success code each operation answers: 201 when it creates something, 202 for an act on something that exists. */
    static final Map<String, Integer> SUCCESS = new TreeMap<>(Map.ofEntries(
            // filings (A5-A7) and the competent authority (A11, A13)
            entry("POST /api/v1/filings", 201),
            entry("POST /api/v1/filings/{filingId}/identity-verification", 202),
            entry("POST /api/v1/filings/{filingId}/documents", 201),
            entry("POST /api/v1/filings/{filingId}/applicant-confirmation", 202),
            entry("POST /api/v1/filings/{filingId}/court-fee/assessment", 201),
            entry("POST /api/v1/filings/{filingId}/court-fee/payment", 201),
            entry("POST /api/v1/filings/{filingId}/originals-received", 202),
            entry("POST /api/v1/filings/{filingId}/documents/{documentId}/conformity", 202),
            entry("POST /api/v1/filings/{filingId}/contact-details", 201),
            entry("PUT /api/v1/filings/{filingId}/contact-details", 202),
            entry("POST /api/v1/filings/{filingId}/notification-undertaking", 201),
            entry("POST /api/v1/filings/{filingId}/tracking-code", 201),
            entry("POST /api/v1/filings/{filingId}/submission", 202),
            entry("GET /api/v1/filings/{filingId}/history", 200),
            // reads (issue 12)
            entry("GET /api/v1/filings/mine", 200),
            entry("GET /api/v1/filings/incoming", 200), // pages (issue 15): court staff
            entry("GET /api/v1/filings/office", 200),
            entry("GET /api/v1/filings/{filingId}", 200),
            entry("GET /api/v1/inspections", 200),
            entry("GET /api/v1/reports", 200),
            entry("POST /api/v1/filings/{filingId}/case-registration", 202),
            entry("POST /api/v1/filings/{filingId}/return", 202),
            entry("POST /api/v1/paper-complaints", 201),
            // offices (A14, A15)
            entry("POST /api/v1/offices", 201),
            entry("POST /api/v1/offices/{officeId}/staff", 201),
            entry("DELETE /api/v1/offices/{officeId}/staff/{nationalCode}", 202),
            // staff vetting (A16-A21; ADR 0910)
            entry("GET /api/v1/offices/{officeId}/vetting", 200),
            entry("POST /api/v1/offices/{officeId}/minimum-staffing", 202),
            entry("GET /api/v1/offices/{officeId}", 200),
            entry("GET /api/v1/offices", 200),
            // establishment of offices (A14, A22(a); ADR 0920)
            entry("POST /api/v1/office-calls", 201),
            entry("POST /api/v1/office-calls/{callId}/applications", 201),
            entry("POST /api/v1/office-calls/{callId}/applications/{applicationId}/vetting", 202),
            entry("POST /api/v1/office-calls/{callId}/applications/{applicationId}/proposal", 201),
            entry("POST /api/v1/office-calls/{callId}/applications/{applicationId}/decision", 202),
            entry("POST /api/v1/office-calls/{callId}/applications/{applicationId}/manager", 201),
            entry("GET /api/v1/office-calls/{callId}", 200),
            // office service fee schedules (A22(c), A24; ADR 0921)
            entry("POST /api/v1/office-fee-schedules", 201),
            entry("POST /api/v1/office-fee-schedules/{version}/opinion", 202),
            entry("POST /api/v1/office-fee-schedules/{version}/decision", 202),
            entry("POST /api/v1/office-fee-schedules/{version}/confirmation", 202),
            entry("GET /api/v1/office-fee-schedules", 200),
            // office service fee postings and charges (A37-1, A37-12; ADR 0921, revisited)
            entry("POST /api/v1/office-fee-schedules/{version}/postings", 201),
            entry("POST /api/v1/filings/{filingId}/office-service-charges", 201),
            // the court-fee tariffs' approval trail (A22(c); ADR 0921, revisited)
            entry("POST /api/v1/court-fee/tariff-versions", 201),
            entry("POST /api/v1/court-fee/tariff-versions/{version}/opinion", 202),
            entry("POST /api/v1/court-fee/tariff-versions/{version}/decision", 202),
            entry("POST /api/v1/court-fee/tariff-versions/{version}/confirmation", 202),
            entry("GET /api/v1/court-fee/tariff-versions", 200),
            // office licences (A22(b), A24; ADR 0900)
            entry("POST /api/v1/offices/{officeId}/licence/decisions", 201),
            entry("POST /api/v1/offices/{officeId}/licence/decisions/{decisionId}/opinion", 202),
            entry("POST /api/v1/offices/{officeId}/licence/decisions/{decisionId}/decision", 202),
            entry("GET /api/v1/offices/{officeId}/licence", 200),
            // statistics (issue 20, ADR 1100)
            entry("GET /api/v1/statistics/progress", 200),
            entry("GET /api/v1/statistics/offices/evaluation", 200),
            entry("GET /api/v1/statistics/offices/performance", 200),
            entry("GET /api/v1/statistics/scorecard", 200),
            // discipline (A34-A38; ADR 1200)
            entry("POST /api/v1/discipline/boards", 201),
            entry("POST /api/v1/discipline/boards/{boardId}/chair", 202),
            entry("GET /api/v1/discipline/boards/{boardId}/docket", 200),
            entry("POST /api/v1/discipline/cases", 201),
            entry("GET /api/v1/discipline/cases/{caseId}", 200),
            entry("POST /api/v1/discipline/cases/{caseId}/referral", 202),
            entry("POST /api/v1/discipline/cases/{caseId}/complaint-withdrawal", 202),
            entry("POST /api/v1/discipline/cases/{caseId}/rulings", 201),
            entry("POST /api/v1/discipline/cases/{caseId}/crime-referral", 202),
            entry("POST /api/v1/discipline/cases/{caseId}/rulings/{rulingId}/notification", 202),
            entry("POST /api/v1/discipline/cases/{caseId}/rulings/{rulingId}/appeal", 202),
            entry("POST /api/v1/discipline/cases/{caseId}/rulings/{rulingId}/objection", 202),
            entry("GET /api/v1/discipline/offices/{officeId}/history", 200),
            entry("GET /api/v1/discipline/reprimands", 200),
            // the Kanoons and the Council (issue 18; issue 17 item 4: A23, A25-A28; ADR 1300)
            entry("POST /api/v1/kanoons", 201),
            entry("GET /api/v1/kanoons", 200),
            entry("GET /api/v1/kanoons/{kanoonId}/board", 200),
            entry("POST /api/v1/kanoons/{kanoonId}/board/proposals", 201),
            entry("POST /api/v1/kanoons/{kanoonId}/board/proposals/{proposalId}/decision", 202),
            entry("POST /api/v1/kanoons/{kanoonId}/board/representatives", 201),
            entry("POST /api/v1/kanoons/{kanoonId}/board/members/{nationalCode}/reappointment", 202),
            entry("POST /api/v1/kanoons/{kanoonId}/board/members/{nationalCode}/ending", 202),
            entry("POST /api/v1/kanoons/{kanoonId}/roster", 201),
            entry("POST /api/v1/kanoons/{kanoonId}/inspection-orders", 201),
            entry("POST /api/v1/council/proposals", 201),
            entry("POST /api/v1/council/proposals/{proposalId}/decision", 202),
            entry("POST /api/v1/council/members/{nationalCode}/ending", 202),
            entry("GET /api/v1/council", 200),
            entry("GET /api/v1/inspection-reports", 200),
            entry("GET /api/v1/offices/{officeId}/inspection-requests", 200),
            // reference data, the caller
            entry("GET /api/v1/authorities", 200),
            entry("GET /api/v1/court-fee/tariffs", 200),
            entry("GET /api/v1/court-fee/quote", 200),
            entry("GET /api/v1/me", 200),
            // administration
            entry("GET /api/v1/admin/projections", 200),
            entry("GET /api/v1/admin/projections/{name}", 200),
            entry("POST /api/v1/admin/projections/{name}/rebuild", 202),
            entry("POST /api/v1/admin/projections/rebuild", 202),
            entry("GET /api/v1/admin/projections/rebuild", 200),
            entry("GET /api/v1/admin/ledger/checkpoints", 200),
            entry("POST /api/v1/admin/ledger/checkpoints", 201),
            entry("GET /api/v1/admin/ledger/public-key", 200),
            entry("GET /api/v1/admin/alerts", 200),
            entry("POST /api/v1/admin/alerts/{attemptId}/retry", 202),
            entry("POST /api/v1/admin/alerts/{attemptId}/delivery-report", 202),
            entry("POST /api/v1/admin/authorities/import", 200),
            // the public status lookup and the access log (A4, A12)
            entry("GET /api/v1/status/{trackingCode}", 200),
            entry("GET /api/v1/filings/{filingId}/access-log", 200),
            // notices (A7, A8)
            entry("POST /api/v1/notices", 201),
            entry("POST /api/v1/notices/{noticeId}/deposit", 201),
            entry("POST /api/v1/notices/{noticeId}/withdrawal", 202),
            entry("POST /api/v1/notices/{noticeId}/lack-of-access/decision", 202),
            entry("POST /api/v1/notices/{noticeId}/view", 200),
            entry("POST /api/v1/notices/{noticeId}/lack-of-access", 202),
            entry("GET /api/v1/notices/inbox", 200),
            entry("GET /api/v1/notices/{noticeId}", 200),
            entry("GET /api/v1/filings/{filingId}/notices", 200),
            // reports and paper files (A9, A10)
            entry("POST /api/v1/reports", 201),
            entry("POST /api/v1/reports/{id}/acknowledgement", 202),
            entry("POST /api/v1/paper-files", 201),
            entry("GET /api/v1/paper-files", 200),
            entry("POST /api/v1/reporting-bodies", 201),
            entry("POST /api/v1/reporting-bodies/{id}/users", 201),
            entry("GET /api/v1/reporting-bodies/{id}", 200),
            // inspections (A28, A33, A37)
            entry("POST /api/v1/inspections", 201),
            entry("GET /api/v1/inspections/{inspectionId}", 200),
            entry("POST /api/v1/inspections/{inspectionId}/requests", 201),
            entry("POST /api/v1/inspections/{inspectionId}/requests/{requestId}/answer", 202),
            entry("GET /api/v1/inspections/{inspectionId}/replay", 200),
            entry("GET /api/v1/inspections/{inspectionId}/findings", 200),
            entry("POST /api/v1/inspections/{inspectionId}/findings/{findingId}/acceptance", 202),
            entry("POST /api/v1/inspections/{inspectionId}/findings/{findingId}/dismissal", 202),
            entry("POST /api/v1/inspections/{inspectionId}/report", 201),
            entry("POST /api/v1/inspections/{inspectionId}/report/sending", 202),
            entry("POST /api/v1/inspections/{inspectionId}/report/corrections", 201),
            entry("GET /api/v1/inspections/{inspectionId}/report", 200),
            entry("GET /api/v1/inspections/{inspectionId}/report.html", 200),
            entry("GET /api/v1/inspections/{inspectionId}/as-of/filings/{filingId}", 200),
            entry("GET /api/v1/inspections/{inspectionId}/as-of/queue", 200),
            // official holiday lists and provisional lunar holidays (issue 22, ADR 0800)
            entry("POST /api/v1/admin/holidays/{year}", 201),
            entry("GET /api/v1/admin/holidays/{year}", 200),
            // the documents themselves (issue 16): the multipart upload shares POST .../documents (201) above
            entry("GET /api/v1/filings/{filingId}/documents/{documentId}/content", 200),
            entry("GET /api/v1/filings/{filingId}/documents", 200),
            // signed receipts (issue 21, ADR 1000): issued to readers of the case; the keys and the check are public
            entry("GET /api/v1/filings/{filingId}/receipts/office-confirmation", 200),
            entry("GET /api/v1/filings/{filingId}/receipts/payments", 200),
            entry("GET /api/v1/notices/{noticeId}/receipts/proof-of-service", 200),
            entry("GET /.well-known/daftar-keys.json", 200),
            entry("POST /api/v1/receipts/verify", 200),
            // complaints (A28(e)), a Kanoon's dues and budget (A29), delegations (A30); ADR 1320
            entry("POST /api/v1/complaints", 201),
            entry("GET /api/v1/complaints/reported", 200),
            entry("GET /api/v1/complaints/{complaintId}", 200),
            entry("POST /api/v1/complaints/{complaintId}/review", 202),
            entry("POST /api/v1/complaints/{complaintId}/report", 202),
            entry("POST /api/v1/complaints/{complaintId}/disciplinary-case", 201),
            entry("POST /api/v1/kanoons/{kanoonId}/dues", 201),
            entry("POST /api/v1/kanoons/{kanoonId}/dues/{version}/opinion", 202),
            entry("POST /api/v1/kanoons/{kanoonId}/dues/{version}/decision", 202),
            entry("POST /api/v1/kanoons/{kanoonId}/dues/{version}/confirmation", 202),
            entry("POST /api/v1/kanoons/{kanoonId}/dues-invoices", 201),
            entry("POST /api/v1/kanoons/{kanoonId}/dues-payments", 201),
            entry("POST /api/v1/kanoons/{kanoonId}/spending", 201),
            entry("POST /api/v1/kanoons/{kanoonId}/spending/{spendingId}/supervision", 202),
            entry("GET /api/v1/kanoons/{kanoonId}/ledger", 200),
            entry("POST /api/v1/kanoons/{kanoonId}/delegations", 201),
            entry("POST /api/v1/kanoons/{kanoonId}/delegations/{delegationId}/withdrawal", 202),
            entry("GET /api/v1/kanoons/{kanoonId}/delegations", 200),
            // the Kanoon board's meetings, elections and letters (issue 18, A27; ADR 1310)
            entry("GET /api/v1/kanoons/{kanoonId}/meetings", 200),
            entry("POST /api/v1/kanoons/{kanoonId}/meetings", 201),
            entry("POST /api/v1/kanoons/{kanoonId}/meetings/{meetingId}/attendance", 202),
            entry("POST /api/v1/kanoons/{kanoonId}/meetings/{meetingId}/motions", 201),
            entry("POST /api/v1/kanoons/{kanoonId}/meetings/{meetingId}/elections", 201),
            entry("POST /api/v1/kanoons/{kanoonId}/meetings/{meetingId}/elections/{electionId}/ballots", 201),
            entry("POST /api/v1/kanoons/{kanoonId}/meetings/{meetingId}/elections/{electionId}/closing", 202),
            entry("POST /api/v1/kanoons/{kanoonId}/deputy", 201),
            entry("POST /api/v1/kanoons/{kanoonId}/letters", 201),
            entry("POST /api/v1/kanoons/{kanoonId}/letters/{letterId}/signatures", 202),
            entry("POST /api/v1/kanoons/{kanoonId}/letters/{letterId}/issue", 202),
            // an office's record as of any instant and the GD's work queue (ADR 0930)
            entry("GET /api/v1/offices/{officeId}/record", 200),
            entry("GET /api/v1/office-work-queue", 200),
            // governance pages (issues 17, 18): the calls for applicants listed (A22(a), ADR 0920)
            entry("GET /api/v1/office-calls", 200)));

    private static final Pattern ARTICLE = Pattern.compile("\\bA([2-9]|[1-3][0-9])\\b");
    private static final String ROLES = "Roles: ";
    private static final Set<ActorRole> EVERY_ROLE = EnumSet.copyOf(TestAccounts.ROLES);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode document;
    private final AtomicInteger client = new AtomicInteger();

    /** One operation of the document. */
    private record Op(String method, String path, JsonNode node) {
        String key() {
            return method + " " + path;
        }

        Pattern pattern() {
            return Pattern.compile(Pattern.quote(path).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q"));
        }

        int variables() {
            return path.split("\\{", -1).length - 1;
        }
    }

    private JsonNode document() throws Exception {
        if (document == null) {
            ResponseEntity<String> r = rest.getForEntity("/v3/api-docs", String.class);
            assertThat(r.getStatusCode().value()).isEqualTo(200);
            document = JSON.readTree(r.getBody());
        }
        return document;
    }

    private List<Op> operations() throws Exception {
        List<Op> ops = new ArrayList<>();
        document().path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(m -> {
            if (Set.of("get", "put", "post", "delete", "patch").contains(m.getKey())) {
                ops.add(new Op(m.getKey().toUpperCase(), path.getKey(), m.getValue()));
            }
        }));
        assertThat(ops).as("operations in the document").hasSizeGreaterThan(50);
        return ops;
    }

    @Test
    void the_document_has_its_header_and_both_ways_to_sign_in() throws Exception {
        JsonNode doc = document();
        assertThat(doc.path("info").path("title").asText()).isEqualTo("Daftar");
        assertThat(doc.path("info").path("version").asText()).isNotBlank();
        assertThat(doc.path("info").path("description").asText()).contains("A2").contains("problem+json");
        JsonNode schemes = doc.path("components").path("securitySchemes");
        assertThat(schemes.path("basic").path("scheme").asText()).isEqualTo("basic");
        assertThat(schemes.path("bearer").path("scheme").asText()).isEqualTo("bearer");
        assertThat(schemes.path("bearer").path("bearerFormat").asText()).isEqualTo("JWT");
        assertThat(doc.path("components").path("schemas").path("Problem").path("properties").has("code")).isTrue();
    }

    @Test
    void every_operation_has_a_summary_and_a_description_naming_its_articles_and_roles() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Op op : operations()) {
            String summary = op.node().path("summary").asText("");
            String description = op.node().path("description").asText("");
            if (summary.isBlank()) {
                wrong.add(op.key() + ": no summary");
            }
            if (!ARTICLE.matcher(description).find()) {
                wrong.add(op.key() + ": the description names no article (A2-A39)");
            }
            if (!description.contains(ROLES)) {
                wrong.add(op.key() + ": the description names no roles");
            }
            if (op.node().path("tags").isEmpty() || op.node().path("tags").get(0).asText().endsWith("-controller")) {
                wrong.add(op.key() + ": no feature tag");
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** The roles sentence of each description, and the 401/403 it implies, are AccessMatrixIT's table. */
    @Test
    void the_roles_each_operation_names_are_the_access_matrix() throws Exception {
        Map<String, AccessMatrixIT.Row> matrix = new TreeMap<>();
        AccessMatrixIT.TABLE.forEach(r -> matrix.put(r.key(), r));
        List<String> wrong = new ArrayList<>();
        for (Op op : operations()) {
            AccessMatrixIT.Row row = matrix.get(op.key());
            if (row == null) {
                wrong.add(op.key() + ": not in AccessMatrixIT.TABLE");
                continue;
            }
            String description = op.node().path("description").asText("");
            String named = description.substring(description.lastIndexOf(ROLES) + ROLES.length()).strip()
                    .replaceAll("\\.$", "");
            boolean anonymous = named.equals("anyone, without login");
            Set<ActorRole> roles = anonymous || named.equals("anyone signed in") ? EVERY_ROLE : roles(named, op, wrong);
            if (anonymous != row.anonymous() || !roles.equals(row.roles())) {
                wrong.add(op.key() + ": names '" + named + "' but AccessMatrixIT allows " + row.roles()
                        + (row.anonymous() ? " and anonymous callers" : ""));
            }
            JsonNode responses = op.node().path("responses");
            if (responses.has("401") == row.anonymous()) {
                wrong.add(op.key() + ": 401 " + (row.anonymous() ? "documented for a public operation" : "not documented"));
            }
            boolean refusesSomeRole = !row.anonymous() && !row.roles().equals(EVERY_ROLE);
            if (responses.has("403") != refusesSomeRole) {
                wrong.add(op.key() + ": 403 " + (refusesSomeRole ? "not documented" : "documented, but no role is refused"));
            }
            boolean open = op.node().has("security") && op.node().path("security").isEmpty();
            if (open != row.anonymous()) {
                wrong.add(op.key() + ": security requirement " + (open ? "none, but login is needed" : "set, but it is public"));
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static Set<ActorRole> roles(String named, Op op, List<String> wrong) {
        Set<ActorRole> roles = EnumSet.noneOf(ActorRole.class);
        for (String role : named.split(",\\s*")) {
            try {
                roles.add(ActorRole.valueOf(role.strip()));
            } catch (IllegalArgumentException e) {
                wrong.add(op.key() + ": '" + role + "' is not a role");
            }
        }
        return roles;
    }

    @Test
    void every_operation_documents_the_success_code_the_controller_answers() throws Exception {
        List<String> wrong = new ArrayList<>();
        Set<String> documented = new TreeSet<>();
        for (Op op : operations()) {
            documented.add(op.key());
            Set<String> success = new TreeSet<>();
            op.node().path("responses").fieldNames().forEachRemaining(code -> {
                if (code.startsWith("2")) {
                    success.add(code);
                }
            });
            Integer expected = SUCCESS.get(op.key());
            if (expected == null) {
                wrong.add(op.key() + ": no row in SUCCESS (what does it answer?)");
            } else if (!success.equals(Set.of(String.valueOf(expected)))) {
                wrong.add(op.key() + ": documents " + success + ", answers " + expected);
            }
            JsonNode ok = op.node().path("responses").path("200").path("content");
            if (ok.has("*/*")) {
                wrong.add(op.key() + ": 200 */*");
            }
        }
        Set<String> stale = new TreeSet<>(SUCCESS.keySet());
        stale.removeAll(documented);
        assertThat(stale).as("rows in SUCCESS for operations the document does not have").isEmpty();
        assertThat(wrong).isEmpty();
    }

    @Test
    void every_success_response_is_typed() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Op op : operations()) {
            op.node().path("responses").fields().forEachRemaining(r -> {
                if (!r.getKey().startsWith("2")) {
                    return;
                }
                JsonNode content = resolve(r.getValue()).path("content");
                if (content.isEmpty()) {
                    wrong.add(op.key() + " " + r.getKey() + ": no content");
                }
                content.fields().forEachRemaining(media -> {
                    Optional<String> untyped = untyped(media.getValue().path("schema"), new HashSet<>());
                    untyped.ifPresent(why -> wrong.add(op.key() + " " + r.getKey() + " " + media.getKey() + ": " + why));
                });
            });
        }
        assertThat(wrong).isEmpty();
    }

    /** Why a schema is untyped, or empty when it is typed: a named object with properties, an array of such, a scalar. */
    private Optional<String> untyped(JsonNode schema, Set<String> seen) {
        if (schema.isMissingNode() || schema.isEmpty()) {
            return Optional.of("no schema");
        }
        if (schema.has("$ref")) {
            String ref = schema.path("$ref").asText();
            if (!seen.add(ref)) {
                return Optional.empty();
            }
            return untyped(refTarget(ref), seen);
        }
        for (String combined : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.has(combined)) {
                for (JsonNode part : schema.path(combined)) {
                    Optional<String> why = untyped(part, seen);
                    if (why.isPresent()) {
                        return why;
                    }
                }
                return Optional.empty();
            }
        }
        String type = schema.path("type").isArray() ? schema.path("type").path(0).asText() : schema.path("type").asText("");
        switch (type) {
            case "array":
                return untyped(schema.path("items"), seen).map(why -> "array of " + why);
            case "string", "integer", "number", "boolean":
                return Optional.empty();
            default:
                if (schema.path("properties").isEmpty()) {
                    return Optional.of(schema.has("additionalProperties")
                            ? "an object with additionalProperties only (a map)" : "an object without properties");
                }
                return Optional.empty();
        }
    }

    @Test
    void every_error_response_is_problem_json() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Op op : operations()) {
            op.node().path("responses").fields().forEachRemaining(r -> {
                if (!r.getKey().startsWith("4") && !r.getKey().startsWith("5")) {
                    return;
                }
                JsonNode content = resolve(r.getValue()).path("content");
                List<String> types = new ArrayList<>();
                content.fieldNames().forEachRemaining(types::add);
                if (!types.equals(List.of("application/problem+json"))
                        || !content.path("application/problem+json").path("schema").path("$ref").asText()
                        .endsWith("/Problem")) {
                    wrong.add(op.key() + " " + r.getKey() + ": " + content);
                }
            });
        }
        assertThat(wrong).isEmpty();
    }

    /**
     * Every status the tests observed through ApiClient is documented for its operation. To be sure of some
     * observations whatever ran before, the access matrix is probed (anonymous, each role allowed, one refused,
     * with an empty body), and both routes of a filing are run end to end.
     */
    @Test
    void every_status_code_the_tests_observed_is_documented() throws Exception {
        List<Op> ops = operations();
        for (AccessMatrixIT.Row row : AccessMatrixIT.TABLE) {
            if (find(ops, row.method().name(), row.sample().replaceAll("\\?.*", "")).isEmpty()) {
                continue; // not an API operation (the document itself, the error page, actuator)
            }
            probe(row, null);
            row.roles().forEach(role -> probe(row, role));
            TestAccounts.ROLES.stream().filter(r -> !row.roles().contains(r)).findFirst().ifPresent(r -> probe(row, r));
        }
        api.officeRouteToSubmission("clerk1001", "legal1001");
        api.portalRouteToSubmission("applicant", "clerk1001", "legal1001");

        Map<String, Set<Integer>> observed = new TreeMap<>();
        for (ObservedResponses.Observed o : ObservedResponses.all()) {
            find(ops, o.method().name(), o.path())
                    .ifPresent(op -> observed.computeIfAbsent(op.key(), k -> new TreeSet<>()).add(o.status()));
        }
        List<String> wrong = new ArrayList<>();
        for (Op op : ops) {
            Set<Integer> seen = observed.getOrDefault(op.key(), Set.of());
            Set<Integer> undocumented = new TreeSet<>();
            for (Integer status : seen) {
                // a 500 is a fault to fix, not an answer to document (HostileInputIT hunts them)
                if (!op.node().path("responses").has(String.valueOf(status)) && status != 500) {
                    undocumented.add(status);
                }
                if (status >= 200 && status < 300 && !status.equals(SUCCESS.get(op.key()))) {
                    wrong.add(op.key() + ": answered " + status + ", SUCCESS says " + SUCCESS.get(op.key()));
                }
            }
            if (!undocumented.isEmpty()) {
                wrong.add(op.key() + ": observed " + undocumented + ", not documented");
            }
        }
        assertThat(observed).as("operations observed").hasSizeGreaterThan(ops.size() / 2);
        assertThat(wrong).isEmpty();
    }

    private void probe(AccessMatrixIT.Row row, ActorRole role) {
        String body = row.method() == HttpMethod.POST || row.method() == HttpMethod.PUT ? "{}" : null;
        int n = client.incrementAndGet();
        api.call(role == null ? null : TestAccounts.username(role), row.method(), row.sample(), body,
                Map.of("X-Forwarded-For", "10.78." + (n / 250) + "." + (n % 250)));
    }

    /** The operation a concrete path belongs to; a literal segment beats a variable ({@code /notices/inbox}). */
    private static Optional<Op> find(List<Op> ops, String method, String path) {
        return ops.stream().filter(op -> op.method().equals(method) && op.pattern().matcher(path).matches())
                .min((a, b) -> Integer.compare(a.variables(), b.variables()));
    }

    @Test
    void swagger_ui_is_served_by_the_application_without_login() throws Exception {
        ResponseEntity<String> welcome = rest.getForEntity("/swagger-ui.html", String.class);
        assertThat(welcome.getStatusCode().value()).as("/swagger-ui.html").isIn(200, 302);
        if (welcome.getStatusCode().value() == 302) {
            assertThat(welcome.getHeaders().getLocation()).hasToString("/swagger-ui/index.html");
        }
        ResponseEntity<String> page = rest.getForEntity("/swagger-ui/index.html", String.class);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getHeaders().getContentType()).hasToString("text/html");
        assertThat(page.getBody()).contains("swagger-ui-bundle.js");
        Matcher external = Pattern.compile("(src|href)=\"(https?:)?//").matcher(page.getBody());
        assertThat(external.find()).as("a script or style from another host").isFalse();
        assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("script-src 'self'")
                .doesNotContain("http");
        for (String asset : List.of("/swagger-ui/swagger-ui-bundle.js", "/swagger-ui/swagger-ui.css",
                "/swagger-ui/swagger-initializer.js")) {
            assertThat(rest.getForEntity(asset, String.class).getStatusCode().value()).as(asset).isEqualTo(200);
        }
        JsonNode config = JSON.readTree(rest.getForEntity("/v3/api-docs/swagger-config", String.class).getBody());
        assertThat(config.path("url").asText()).isEqualTo("/v3/api-docs");
        // everywhere else the strict policy holds
        ResponseEntity<String> other = rest.getForEntity("/api/v1/me", String.class);
        assertThat(other.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE)).startsWith("application/problem+json");
        assertThat(other.getHeaders().getFirst("Content-Security-Policy")).startsWith("default-src 'none'")
                .doesNotContain("script-src");
    }

    private JsonNode resolve(JsonNode maybeRef) {
        return maybeRef.has("$ref") ? refTarget(maybeRef.path("$ref").asText()) : maybeRef;
    }

    private JsonNode refTarget(String ref) {
        JsonNode node = document;
        Iterator<String> parts = List.of(ref.replaceFirst("^#/", "").split("/")).iterator();
        while (parts.hasNext()) {
            node = node.path(parts.next());
        }
        assertThat(node.isMissingNode()).as("the target of " + ref).isFalse();
        return node;
    }
}
