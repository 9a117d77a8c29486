package ir.daftar.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ir.daftar.api.it.ApiClient.Response;
import ir.daftar.core.common.ActorRole;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * The first meeting of a Kanoon's board on PostgreSQL (issue 18, A27; ADR 1310): the Kanoon of Sistan and Baluchestan
 * formed, its six members seated, a meeting refused below quorum and held with it, a motion with a majority of those
 * present but not of all the members failing and one with a majority of all passing, the managing director, the chair
 * and the treasurer elected by secret ballot, each count recomputed here from the published ballots, and every row of
 * every table of the run scanned for a link between a voter and a choice; a financial letter refused without the
 * treasurer's signature.
 */
class KanoonMeetingIT extends PostgresIntegrationTest {

    private static final String ADMIN = TestAccounts.username(ActorRole.ADMIN);
    private static final String GD = TestAccounts.username(ActorRole.GD_OFFICER);
    private static final String HEAD = TestAccounts.username(ActorRole.CENTER_HEAD);
    private static final String COUNCIL = TestAccounts.username(ActorRole.COUNCIL_MEMBER);
    private static final String KANOON = "kanoon-sistan-baluchestan";
    private static final String K = "/api/v1/kanoons/" + KANOON;

    static String person() {
        return LicenceIT.nationalCode(String.format("%09d", ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999)));
    }

    Response as(String member, HttpMethod method, String path, Object body) {
        String token = TestJwt.token(Map.of("sub", "board-" + member, "actor_id", member, "role", "KANOON_BOARD_MEMBER"));
        return api.call(null, method, path, body, Map.of(HttpHeaders.AUTHORIZATION, "Bearer " + token));
    }

    Response ok(String member, HttpMethod method, String path, Object body) {
        Response r = as(member, method, path, body);
        assertThat(r.status()).as("%s %s -> %s", method, path, r.body()).isBetween(200, 299);
        return r;
    }

    static void refused(Response r, int status, String code) {
        assertThat(r.status()).as(String.valueOf(r.body())).isEqualTo(status);
        assertThat(r.text("code")).isEqualTo(code);
        assertThat(r.text("article")).isEqualTo("A27");
    }

    /** An office in the province, its manager hired, and him proposed and seated on the board; his national code. */
    String officeManagerSeated() {
        String office = "OFF-SB-" + UUID.randomUUID().toString().substring(0, 8);
        String manager = person();
        api.ok(ADMIN, HttpMethod.POST, "/api/v1/offices", Map.of("officeId", office, "name", "دفتر زاهدان",
                "origin", "NEW", "province", "سیستان و بلوچستان", "city", "زاهدان"));
        api.ok(GD, HttpMethod.POST, "/api/v1/offices/" + office + "/staff", StaffEvidence.hire(manager, "مدیر دفتر",
                "MANAGER"));
        String token = TestJwt.token(Map.of("sub", "mgr-" + office, "actor_id", manager, "role", "OFFICE_MANAGER",
                "office_id", office));
        String proposal = "KBP-" + UUID.randomUUID().toString().substring(0, 8);
        Response proposed = api.call(null, HttpMethod.POST, K + "/board/proposals", Map.of("proposalId", proposal,
                "kind", "OFFICE_MANAGER", "nationalCode", manager, "name", "مدیر دفتر", "officeId", office),
                Map.of(HttpHeaders.AUTHORIZATION, "Bearer " + token));
        assertThat(proposed.status()).as(String.valueOf(proposed.body())).isEqualTo(201);
        api.ok(HEAD, HttpMethod.POST, K + "/board/proposals/" + proposal + "/decision", Map.of("approved", true));
        return manager;
    }

    String judgeSeated() {
        String judge = person();
        String proposal = "KBP-" + UUID.randomUUID().toString().substring(0, 8);
        api.ok(COUNCIL, HttpMethod.POST, K + "/board/proposals", Map.of("proposalId", proposal, "kind", "JUDGE",
                "nationalCode", judge, "name", "قاضی", "judicialServiceSince", "1390/07/01"));
        api.ok(HEAD, HttpMethod.POST, K + "/board/proposals/" + proposal + "/decision", Map.of("approved", true));
        return judge;
    }

    String representativeSeated(String by, String kind) {
        String code = person();
        api.ok(by, HttpMethod.POST, K + "/board/representatives", Map.of("kind", kind, "nationalCode", code,
                "name", "نماینده"));
        return code;
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void the_first_meeting_elects_the_officers_by_secret_ballot_decides_by_a_majority_of_all_and_signs_letters()
            throws Exception {
        Response formed = api.call(HEAD, HttpMethod.POST, "/api/v1/kanoons", Map.of("provinceCode", "sistan-baluchestan"));
        assertThat(formed.status()).as(String.valueOf(formed.body())).isEqualTo(201);
        String om1 = officeManagerSeated();
        String om2 = officeManagerSeated();
        String judge1 = judgeSeated();
        String judge2 = judgeSeated();
        String gdRep = representativeSeated(GD, "GD_REPRESENTATIVE");
        String centerRep = representativeSeated(HEAD, "CENTER_REPRESENTATIVE");
        List<String> members = List.of(om1, om2, judge1, judge2, gdRep, centerRep);
        assertThat(api.ok(GD, HttpMethod.GET, K + "/board", null).body().path("seats")).hasSize(6);

        // a meeting: below a majority present it decides nothing
        String meeting = "KM-" + UUID.randomUUID().toString().substring(0, 8);
        String m = K + "/meetings/" + meeting;
        refused(as(person(), HttpMethod.POST, K + "/meetings", Map.of("meetingId", meeting, "agenda", "دستور")), 422,
                "A27_BOARD_MEMBER_ONLY");
        assertThat(ok(om1, HttpMethod.POST, K + "/meetings", Map.of("meetingId", meeting,
                "agenda", "نخستین جلسه: انتخاب مدیرعامل، رئیس و خزانه‌دار")).status()).isEqualTo(201);
        for (String member : List.of(om1, om2, judge1)) {
            assertThat(ok(member, HttpMethod.POST, m + "/attendance", null).status()).isEqualTo(202);
        }
        refused(as(om1, HttpMethod.POST, m + "/motions", Map.of("motionId", "M-1", "text", "تصویب آیین‌نامهٔ داخلی",
                "inFavour", List.of(om1, om2, judge1), "against", List.of())), 422, "A27_NO_QUORUM");

        // with 4 of 6 present: 3 in favour is a majority of those present, not of the board's 6 members
        ok(judge2, HttpMethod.POST, m + "/attendance", null);
        JsonNode failed = ok(om1, HttpMethod.POST, m + "/motions", Map.of("motionId", "M-1",
                "text", "تصویب آیین‌نامهٔ داخلی", "inFavour", List.of(om1, om2, judge1), "against", List.of(judge2))).body();
        assertThat(failed.path("carried").asBoolean()).isFalse();
        assertThat(failed.path("members").asInt()).isEqualTo(6);
        JsonNode carried = ok(om1, HttpMethod.POST, m + "/motions", Map.of("motionId", "M-2",
                "text", "تصویب آیین‌نامهٔ داخلی", "inFavour", List.of(om1, om2, judge1, judge2), "against", List.of()))
                .body();
        assertThat(carried.path("carried").asBoolean()).isTrue();
        ok(gdRep, HttpMethod.POST, m + "/attendance", null);

        // the managing director, by secret ballot among the members: an office manager, as A27 prefers
        Map<String, Map<String, String>> receipts = new LinkedHashMap<>();
        Map<String, Map<String, String>> choices = new LinkedHashMap<>();
        ok(om1, HttpMethod.POST, m + "/elections", Map.of("electionId", "E-MD", "office", "MANAGING_DIRECTOR",
                "candidates", List.of(om1, judge1)));
        vote(m, "E-MD", Map.of(om1, om1, om2, om1, judge1, judge1, judge2, om1, gdRep, om1), receipts, choices);
        refused(as(judge2, HttpMethod.POST, m + "/elections/E-MD/ballots", Map.of("choice", judge1)), 422,
                "A27_ALREADY_VOTED");
        refused(as(centerRep, HttpMethod.POST, m + "/elections/E-MD/ballots", Map.of("choice", judge1)), 422,
                "A27_NOT_PRESENT");
        // the box, before the count: ballots without voter or time
        List<Map<String, Object>> box = jdbc.queryForList("SELECT * FROM kanoon_ballot_box WHERE kanoon_id = ?", KANOON);
        assertThat(box).hasSize(5);
        assertThat(box.get(0).keySet()).containsExactlyInAnyOrder("box_key", "kanoon_id", "election_id", "choice",
                "nonce", "commitment");
        for (Map<String, Object> row : box) {
            Map<String, Object> rest = new LinkedHashMap<>(row);
            rest.remove("choice");
            assertThat(members).noneMatch(member -> rest.toString().contains(member));
        }
        JsonNode md = ok(judge2, HttpMethod.POST, m + "/elections/E-MD/closing", null).body();
        assertThat(md.path("elected").asText()).isEqualTo(om1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM kanoon_ballot_box", Integer.class)).isZero();

        // the chair and the treasurer from the office-manager members only; the treasurer is not the managing director
        refused(as(om1, HttpMethod.POST, m + "/elections", Map.of("electionId", "E-CHAIR", "office", "CHAIR",
                "candidates", List.of(om1, judge2))), 422, "A27_OFFICER_NOT_AN_OFFICE_MANAGER");
        refused(as(om1, HttpMethod.POST, m + "/elections", Map.of("electionId", "E-TR", "office", "TREASURER",
                "candidates", List.of(om1, om2))), 422, "A27_TREASURER_NOT_MANAGING_DIRECTOR");
        ok(om1, HttpMethod.POST, m + "/elections", Map.of("electionId", "E-CHAIR", "office", "CHAIR",
                "candidates", List.of(om1, om2)));
        vote(m, "E-CHAIR", Map.of(om1, om1, om2, om1, judge1, om1, judge2, om1, gdRep, om2), receipts, choices);
        assertThat(ok(om2, HttpMethod.POST, m + "/elections/E-CHAIR/closing", null).body().path("elected").asText())
                .isEqualTo(om1);
        ok(om1, HttpMethod.POST, m + "/elections", Map.of("electionId", "E-TR", "office", "TREASURER",
                "candidates", List.of(om2)));
        vote(m, "E-TR", Map.of(om1, om2, om2, om2, judge1, om2, judge2, om2), receipts, choices);
        assertThat(ok(gdRep, HttpMethod.POST, m + "/elections/E-TR/closing", null).body().path("elected").asText())
                .isEqualTo(om2);

        // the published counts, recomputed here from the ballots alone; each voter finds the receipt and the choice
        JsonNode acts = api.ok(GD, HttpMethod.GET, K + "/meetings", null).body();
        assertThat(acts.path("officers").path("MANAGING_DIRECTOR").asText()).isEqualTo(om1);
        assertThat(acts.path("officers").path("CHAIR").asText()).isEqualTo(om1);
        assertThat(acts.path("officers").path("TREASURER").asText()).isEqualTo(om2);
        JsonNode elections = acts.path("meetings").get(0).path("elections");
        assertThat(elections).hasSize(3);
        for (JsonNode election : elections) {
            String id = election.path("electionId").asText();
            Map<String, Integer> recount = new TreeMap<>();
            List<String> commitments = new ArrayList<>();
            for (JsonNode ballot : election.path("ballots")) {
                String choice = ballot.path("choice").asText();
                assertThat(sha256(String.join("\n", KANOON, id, choice, ballot.path("nonce").asText())))
                        .isEqualTo(ballot.path("commitment").asText());
                recount.merge(choice, 1, Integer::sum);
                commitments.add(ballot.path("commitment").asText());
            }
            Map<String, Integer> published = new TreeMap<>();
            election.path("tally").fields().forEachRemaining(e -> published.put(e.getKey(), e.getValue().asInt()));
            assertThat(recount).isEqualTo(published);
            assertThat(commitments).isSorted().containsExactlyInAnyOrderElementsOf(receipts.get(id).values());
            assertThat(election.path("recount").path("verified").asBoolean()).isTrue();
            for (Map.Entry<String, String> vote : receipts.get(id).entrySet()) {
                JsonNode mine = null;
                for (JsonNode ballot : election.path("ballots")) {
                    if (ballot.path("commitment").asText().equals(vote.getValue())) {
                        mine = ballot;
                    }
                }
                assertThat(mine).isNotNull();
                assertThat(mine.path("choice").asText()).isEqualTo(choices.get(id).get(vote.getKey()));
            }
        }
        assertThat(elections.get(0).path("tally").path(om1).asInt()).isEqualTo(4);

        // no event (payload or metadata) and no row of any table links a voter to a choice
        scanEveryRow(receipts);

        // letters: the managing director's signature, and the treasurer's on a financial one
        ok(om1, HttpMethod.POST, K + "/letters", Map.of("letterId", "L-1", "subject", "هزینهٔ دورهٔ آموزشی",
                "text", "پرداخت هزینهٔ دورهٔ آموزشی کارکنان دفاتر", "financial", true));
        refused(as(om1, HttpMethod.POST, K + "/letters/L-1/issue", null), 422, "A27_LETTER_NEEDS_MANAGING_DIRECTOR");
        assertThat(ok(om1, HttpMethod.POST, K + "/letters/L-1/signatures", null).status()).isEqualTo(202);
        refused(as(judge1, HttpMethod.POST, K + "/letters/L-1/signatures", null), 422, "A27_NOT_A_SIGNATORY");
        refused(as(om1, HttpMethod.POST, K + "/letters/L-1/issue", null), 422, "A27_FINANCIAL_LETTER_NEEDS_TREASURER");
        ok(om2, HttpMethod.POST, K + "/letters/L-1/signatures", null);
        assertThat(ok(om1, HttpMethod.POST, K + "/letters/L-1/issue", null).status()).isEqualTo(202);

        // the managing director names the deputy who runs his office
        String deputy = person();
        refused(as(om2, HttpMethod.POST, K + "/deputy", Map.of("officeId", "OFF-SB-1", "nationalCode", deputy,
                "name", "معاون")), 422, "A27_NOT_THE_MANAGING_DIRECTOR");
        assertThat(ok(om1, HttpMethod.POST, K + "/deputy", Map.of("officeId", "OFF-SB-1", "nationalCode", deputy,
                "name", "معاون دفتر")).status()).isEqualTo(201);
        JsonNode after = ok(judge1, HttpMethod.GET, K + "/meetings", null).body();
        assertThat(after.path("deputy").path("nationalCode").asText()).isEqualTo(deputy);
        assertThat(after.path("letters").get(0).path("issued").asBoolean()).isTrue();
        assertThat(after.path("meetings").get(0).path("motions")).hasSize(2);
    }

    void vote(String meeting, String election, Map<String, String> ballots, Map<String, Map<String, String>> receipts,
              Map<String, Map<String, String>> choices) {
        for (Map.Entry<String, String> ballot : ballots.entrySet()) {
            Response cast = ok(ballot.getKey(), HttpMethod.POST, meeting + "/elections/" + election + "/ballots",
                    Map.of("choice", ballot.getValue()));
            assertThat(cast.status()).isEqualTo(201);
            assertThat(cast.text("receipt")).matches("[0-9a-f]{64}");
            receipts.computeIfAbsent(election, e -> new LinkedHashMap<>()).put(ballot.getKey(), cast.text("receipt"));
            choices.computeIfAbsent(election, e -> new LinkedHashMap<>()).put(ballot.getKey(), ballot.getValue());
        }
    }

    /**
     * Every row of every table of this schema as text (binary columns as their printable bytes: the events' JSON
     * payloads and metadata): a row holding a voter's receipt holds every receipt of that election (the published
     * count, by the system) and does not name the voter as its actor or request; a vote's own event holds no receipt.
     */
    void scanEveryRow(Map<String, Map<String, String>> receipts) {
        List<String> tables = jdbc.queryForList("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'", String.class);
        assertThat(tables).contains("domain_event_entry", "kanoon_ballot_box");
        List<String> rows = new ArrayList<>();
        for (String table : tables) {
            List<String> columns = jdbc.queryForList("SELECT CASE WHEN data_type = 'bytea' THEN "
                    + "'coalesce(encode(' || quote_ident(column_name) || ', ''escape''), '''')' ELSE "
                    + "'coalesce(' || quote_ident(column_name) || '::text, '''')' END FROM information_schema.columns "
                    + "WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position", String.class,
                    table);
            rows.addAll(jdbc.queryForList("SELECT concat_ws(' | ', " + String.join(", ", columns) + ") FROM "
                    + table, String.class));
        }
        int found = 0;
        for (Map.Entry<String, Map<String, String>> election : receipts.entrySet()) {
            for (Map.Entry<String, String> vote : election.getValue().entrySet()) {
                for (String row : rows) {
                    if (row.contains(vote.getValue())) {
                        found++;
                        assertThat(election.getValue().values()).allMatch(row::contains);
                        assertThat(row).contains("ElectionCounted").contains("system:ballot-count")
                                .doesNotContain("\"actorId\":\"" + vote.getKey());
                    }
                }
            }
        }
        // each receipt is in the count's event and nowhere else (the box was emptied)
        assertThat(found).isEqualTo(5 + 5 + 4);
        List<String> casts = rows.stream().filter(r -> r.contains("BallotCast") && r.contains("\"electionId\"")).toList();
        assertThat(casts).hasSize(14);
        assertThat(casts)
                .allMatch(r -> !r.contains("choice") && !r.contains("nonce") && !r.contains("commitment"));
    }
}
