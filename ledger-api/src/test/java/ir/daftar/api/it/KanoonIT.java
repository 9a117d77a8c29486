package ir.daftar.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ir.daftar.api.it.ApiClient.Response;
import ir.daftar.core.common.ActorRole;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The Kanoon on PostgreSQL (issue 18; issue 17 item 4; ADR 1300): a Kanoon formed for Tehran covers an office in
 * Qom; its board orders an inspection by two inspectors of its roster; and the A23 note holds both ways, also when
 * the same person is appointed to the Council and to a board at the same moment: exactly one appointment passes.
 */
class KanoonIT extends PostgresIntegrationTest {

    private static final String GD = TestAccounts.username(ActorRole.GD_OFFICER);
    /** Offices established before the ledger are registered by the administrator (ADR 0920). */
    private static final String ADMIN = TestAccounts.username(ActorRole.ADMIN);
    private static final String HEAD = TestAccounts.username(ActorRole.CENTER_HEAD);
    private static final String COUNCIL = TestAccounts.username(ActorRole.COUNCIL_MEMBER);
    private static final String TEHRAN = "kanoon-tehran";

    static String person() {
        return LicenceIT.nationalCode(String.format("%09d", ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999)));
    }

    static String id(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Forms Tehran's Kanoon unless an earlier test of this JVM did. */
    void tehranFormed() {
        Response formed = api.call(HEAD, HttpMethod.POST, "/api/v1/kanoons", Map.of("provinceCode", "tehran"));
        assertThat(formed.status()).as(formed.body().toString()).isIn(201, 422);
        if (formed.status() == 422) {
            assertThat(formed.text("code")).isEqualTo("A25_KANOON_ALREADY_FORMED");
        }
    }

    Response withToken(String token, HttpMethod method, String path, Object body) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(token);
        String json = body == null ? null : new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        ResponseEntity<String> r = rest.exchange(path, method, new HttpEntity<>(json, headers), String.class);
        ObservedResponses.record(method, path, r.getStatusCode().value());
        JsonNode node = r.getBody() == null ? null : new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.getBody());
        return new Response(r.getStatusCode().value(), node, r.getHeaders());
    }

    @Test
    void a_kanoon_formed_for_tehran_covers_qom_and_its_board_orders_an_inspection_by_inspectors_of_its_roster()
            throws Exception {
        tehranFormed();
        String office = id("OFF-QOM");
        api.ok(ADMIN, HttpMethod.POST, "/api/v1/offices", Map.of("officeId", office, "name", "دفتر قم",
                "origin", "NEW", "province", "قم", "city", "قم"));
        JsonNode coverage = api.ok(GD, HttpMethod.GET, "/api/v1/kanoons", null).body();
        JsonNode qom = null;
        for (JsonNode p : coverage.path("provinces")) {
            if (p.path("provinceCode").asText().equals("qom")) {
                qom = p;
            }
        }
        assertThat(coverage.path("provinces")).hasSize(31);
        assertThat(qom).isNotNull();
        assertThat(qom.path("kanoonId").asText()).isEqualTo(TEHRAN);
        assertThat(qom.path("ownKanoon").asBoolean()).isFalse();

        // a member sitting on the board acts for it
        String member = KanoonOrders.boardMember(api);
        String board = TestJwt.token(Map.of("sub", "board-" + member, "actor_id", member, "role", "KANOON_BOARD_MEMBER"));
        String[] inspectors = {person(), person(), person()};
        for (int i = 0; i < 2; i++) {
            assertThat(withToken(board, HttpMethod.POST, "/api/v1/kanoons/" + TEHRAN + "/roster",
                    Map.of("inspectorId", inspectors[i], "name", "بازرس " + i)).status()).isEqualTo(201);
        }
        Instant to = Instant.now().minus(Duration.ofMinutes(1));
        Map<String, Object> order = Map.of("orderId", id("INS"), "kind", "AD_HOC", "officeId", office,
                "periodFrom", to.minus(Duration.ofDays(30)).toString(), "periodTo", to.toString(),
                "inspectorIds", List.of(inspectors[0], inspectors[2]));
        Response offRoster = withToken(board, HttpMethod.POST, "/api/v1/kanoons/" + TEHRAN + "/inspection-orders", order);
        assertThat(offRoster.status()).isEqualTo(422);
        assertThat(offRoster.text("code")).isEqualTo("A28_INSPECTOR_NOT_ON_ROSTER");
        Map<String, Object> valid = new java.util.HashMap<>(order);
        valid.put("inspectorIds", List.of(inspectors[0], inspectors[1]));
        assertThat(withToken(board, HttpMethod.POST, "/api/v1/kanoons/" + TEHRAN + "/inspection-orders", valid).status())
                .isEqualTo(201);
        String outsider = TestJwt.token(Map.of("sub", "not-a-member", "actor_id", person(), "role", "KANOON_BOARD_MEMBER"));
        Response notMember = withToken(outsider, HttpMethod.POST, "/api/v1/kanoons/" + TEHRAN + "/roster",
                Map.of("inspectorId", inspectors[2], "name", "بازرس"));
        assertThat(notMember.status()).isEqualTo(422);
        assertThat(notMember.text("code")).isEqualTo("A28_BOARD_MEMBER_ONLY");

        // only the inspectors the order names open it, and only for its office and period
        String orderId = valid.get("orderId").toString();
        Map<String, Object> open = new java.util.HashMap<>(valid);
        open.remove("inspectorIds");
        open.put("kanoonId", TEHRAN);
        String third = TestJwt.token(Map.of("sub", "ins-3", "actor_id", inspectors[2], "role", "INSPECTOR"));
        Map<String, Object> asThird = new java.util.HashMap<>(open);
        asThird.put("inspectorIds", List.of(inspectors[2]));
        Response refused = withToken(third, HttpMethod.POST, "/api/v1/inspections", asThird);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("code")).isEqualTo("A28_INSPECTION_NOT_ORDERED");
        String first = TestJwt.token(Map.of("sub", "ins-1", "actor_id", inspectors[0], "role", "INSPECTOR"));
        Map<String, Object> otherPeriod = new java.util.HashMap<>(open);
        otherPeriod.put("periodFrom", to.minus(Duration.ofDays(365)).toString());
        assertThat(withToken(first, HttpMethod.POST, "/api/v1/inspections", otherPeriod).text("code"))
                .isEqualTo("A28_INSPECTION_NOT_ORDERED");
        Response opened = withToken(first, HttpMethod.POST, "/api/v1/inspections", open);
        assertThat(opened.status()).as(String.valueOf(opened.body())).isEqualTo(201);
        assertThat(opened.text("inspectionId")).isEqualTo(orderId);

        // A33: the office's manager sees the request and its deadline; the GD lists the report only once it is sent
        String deadline = Instant.now().plus(Duration.ofDays(3)).toString();
        assertThat(withToken(first, HttpMethod.POST, "/api/v1/inspections/" + orderId + "/requests", Map.of(
                "requestId", "REQ-1", "text", "فهرست قبوض", "deadline", deadline)).status()).isBetween(200, 299);
        String manager = TestJwt.token(Map.of("sub", "mgr-" + office, "actor_id", person(), "role", "OFFICE_MANAGER",
                "office_id", office));
        awaitProjections();
        Response pending = withToken(manager, HttpMethod.GET, "/api/v1/offices/" + office + "/inspection-requests", null);
        assertThat(pending.status()).isEqualTo(200);
        assertThat(pending.body().path("requests").findValuesAsText("requestId")).containsExactly("REQ-1");
        assertThat(pending.body().path("requests").get(0).path("overdue").asBoolean()).isFalse();
        assertThat(withToken(first, HttpMethod.POST, "/api/v1/inspections/" + orderId + "/report",
                Map.of("summary", "بدون یافته")).status()).isBetween(200, 299);
        awaitProjections();
        assertThat(api.ok(GD, HttpMethod.GET, "/api/v1/inspection-reports", null).body().path("reports")
                .findValuesAsText("inspectionId")).doesNotContain(orderId);
        assertThat(withToken(first, HttpMethod.POST, "/api/v1/inspections/" + orderId + "/report/sending", null).status())
                .isBetween(200, 299);
        awaitProjections();
        assertThat(api.ok(GD, HttpMethod.GET, "/api/v1/inspection-reports", null).body().path("reports")
                .findValuesAsText("inspectionId")).contains(orderId);

        JsonNode read = api.ok(GD, HttpMethod.GET, "/api/v1/kanoons/" + TEHRAN + "/board", null).body();
        assertThat(read.path("seats").findValuesAsText("nationalCode")).contains(member);
        assertThat(read.path("seats").get(0).path("daysLeft").asLong()).isGreaterThan(1000);
        assertThat(read.path("orders").findValuesAsText("orderId")).contains(valid.get("orderId").toString());
    }

    @Test
    void a_council_member_never_sits_on_a_kanoon_board_at_the_same_time_both_ways() {
        tehranFormed();
        String councillor = person();
        String appoint = id("CP");
        api.ok(GD, HttpMethod.POST, "/api/v1/council/proposals", Map.of("proposalId", appoint, "nationalCode", councillor,
                "name", "عضو شورا", "termEnd", "1409/01/01"));
        api.ok(HEAD, HttpMethod.POST, "/api/v1/council/proposals/" + appoint + "/decision", Map.of("approved", true));
        Response onBoard = api.call(GD, HttpMethod.POST, "/api/v1/kanoons/" + TEHRAN + "/board/representatives",
                Map.of("kind", "GD_REPRESENTATIVE", "nationalCode", councillor, "name", "عضو شورا"));
        assertThat(onBoard.status()).isEqualTo(422);
        assertThat(onBoard.text("code")).isEqualTo("A23_COUNCIL_MEMBER_NOT_ON_BOARD");
        Response judge = api.call(COUNCIL, HttpMethod.POST, "/api/v1/kanoons/" + TEHRAN + "/board/proposals", Map.of(
                "proposalId", id("KBP"), "kind", "JUDGE", "nationalCode", councillor, "name", "قاضی",
                "judicialServiceSince", "1380/01/01"));
        assertThat(judge.status()).isEqualTo(422);
        assertThat(judge.text("code")).isEqualTo("A23_COUNCIL_MEMBER_NOT_ON_BOARD");
        api.ok(HEAD, HttpMethod.POST, "/api/v1/council/members/" + councillor + "/ending", Map.of("reason", "پایان آزمون"));

        String boardMember = person();
        String kbp = id("KBP");
        api.ok(COUNCIL, HttpMethod.POST, "/api/v1/kanoons/" + TEHRAN + "/board/proposals", Map.of("proposalId", kbp,
                "kind", "JUDGE", "nationalCode", boardMember, "name", "قاضی", "judicialServiceSince", "1380/01/01"));
        api.ok(HEAD, HttpMethod.POST, "/api/v1/kanoons/" + TEHRAN + "/board/proposals/" + kbp + "/decision",
                Map.of("approved", true));
        Response toCouncil = api.call(GD, HttpMethod.POST, "/api/v1/council/proposals", Map.of("proposalId", id("CP"),
                "nationalCode", boardMember, "name", "قاضی", "termEnd", "1409/01/01"));
        assertThat(toCouncil.status()).isEqualTo(422);
        assertThat(toCouncil.text("code")).isEqualTo("A23_BOARD_MEMBER_NOT_ON_COUNCIL");
        api.ok(HEAD, HttpMethod.POST, "/api/v1/kanoons/" + TEHRAN + "/board/members/" + boardMember + "/ending",
                Map.of("reason", "پایان آزمون"));
    }

    @Test
    void the_same_person_appointed_to_the_council_and_to_a_board_at_the_same_moment_gets_exactly_one_seat()
            throws Exception {
        tehranFormed();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            int councilWins = 0;
            int boardWins = 0;
            // one person throughout: from the second round on, the person's row exists and each claim locks it
            // (SELECT ... FOR UPDATE) rather than waiting on the other's insert of it
            String person = person();
            for (int round = 0; round < 6; round++) {
                String cp = id("CP");
                String kbp = id("KBP");
                api.ok(GD, HttpMethod.POST, "/api/v1/council/proposals", Map.of("proposalId", cp, "nationalCode", person,
                        "name", "نامزد", "termEnd", "1409/01/01"));
                api.ok(COUNCIL, HttpMethod.POST, "/api/v1/kanoons/" + TEHRAN + "/board/proposals", Map.of("proposalId",
                        kbp, "kind", "JUDGE", "nationalCode", person, "name", "نامزد", "judicialServiceSince", "1380/01/01"));
                CyclicBarrier together = new CyclicBarrier(2);
                Future<Response> council = pool.submit(() -> {
                    together.await();
                    return api.call(HEAD, HttpMethod.POST, "/api/v1/council/proposals/" + cp + "/decision",
                            Map.of("approved", true));
                });
                Future<Response> board = pool.submit(() -> {
                    together.await();
                    return api.call(HEAD, HttpMethod.POST, "/api/v1/kanoons/" + TEHRAN + "/board/proposals/" + kbp
                            + "/decision", Map.of("approved", true));
                });
                Response c = council.get();
                Response b = board.get();
                List<Integer> statuses = new ArrayList<>(List.of(c.status(), b.status()));
                assertThat(statuses).as("round %d: %s / %s", round, c.body(), b.body()).containsExactlyInAnyOrder(202, 422);
                Integer bodies = jdbc.queryForObject("SELECT COUNT(DISTINCT body) FROM seat_claim WHERE national_code = ?",
                        Integer.class, person);
                assertThat(bodies).as("the seats claimed for the person").isEqualTo(1);
                if (c.status() == 202) {
                    councilWins++;
                    assertThat(b.text("code")).isEqualTo("A23_COUNCIL_MEMBER_NOT_ON_BOARD");
                    api.ok(HEAD, HttpMethod.POST, "/api/v1/council/members/" + person + "/ending", Map.of("reason", "آزمون"));
                } else {
                    boardWins++;
                    assertThat(c.text("code")).isEqualTo("A23_BOARD_MEMBER_NOT_ON_COUNCIL");
                    api.ok(HEAD, HttpMethod.POST, "/api/v1/kanoons/" + TEHRAN + "/board/members/" + person + "/ending",
                            Map.of("reason", "آزمون"));
                }
            }
            assertThat(councilWins + boardWins).isEqualTo(6);
        } finally {
            pool.shutdownNow();
        }
    }
}
