package ir.daftar.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ir.daftar.api.it.ApiClient.Response;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.filing.FilingEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * What the discipline tests set up through the API (A34-A38, ADR 1200): a licensed office in a province with its
 * staff, an overcharge planted at it and found by an inspection ordered by that province's Kanoon, the boards with
 * their chairs, a case's record; calls as any actor by a token (board members and office staff the test accounts do
 * not name). Each test class has its own province, so that its Kanoon's board is seated on its own clock.
 */
public final class DisciplineCases {

    private static final String COUNCIL = TestAccounts.username(ActorRole.COUNCIL_MEMBER);
    private static final String GD = TestAccounts.username(ActorRole.GD_OFFICER);
    /** Offices established before the ledger are registered by the administrator (ADR 0920). */
    private static final String ADMIN = TestAccounts.username(ActorRole.ADMIN);
    private static final String HEAD = TestAccounts.username(ActorRole.CENTER_HEAD);
    /**
     * A province with its Kanoon, and the national code (nine digits) of the Center's representative the tests seat
     * on its board when nobody sits.
     */
    public record Place(String provinceCode, String provinceFa, String representative) {

        public String kanoonId() {
            return "kanoon-" + provinceCode;
        }
    }

    /** DisciplineIT's: its own board, so the other tests' seats on Tehran's stay free. */
    public static final Place YAZD = new Place("yazd", "یزد", "006666666");
    /** DisciplinePagesIT's, on the real clock (DisciplineIT seats Yazd's months before). */
    public static final Place SEMNAN = new Place("semnan", "سمنان", "007777777");

    private DisciplineCases() {
    }

    /** An office of Yazd holding a licence, with its manager and a clerk among its staff. */
    public record StaffedOffice(String officeId, String manager, String clerk) {
    }

    /** An inspection's accepted A37-12 finding and the ids of its evidence events. */
    public record Finding(String inspectionId, String findingId, List<String> evidence) {
    }

    /** Registers {@code officeId} in the province, hires its five staff and licenses it (Council, GD, Center head). */
    public static StaffedOffice licensedAndStaffedOffice(ApiClient api, Place place, String officeId) {
        String base = "/api/v1/offices/" + officeId;
        String seed = String.valueOf(100000 + (int) (Math.random() * 800000));
        String manager = LicenceIT.nationalCode("01" + seed + "2");
        String clerk = LicenceIT.nationalCode("01" + seed + "1");
        api.ok(ADMIN, HttpMethod.POST, "/api/v1/offices", Map.of("officeId", officeId, "name", "دفتر آزمون انتظامی",
                "origin", "NEW", "province", place.provinceFa(), "city", place.provinceFa(), "licenceRequired", true));
        String[][] staff = {{manager, "MANAGER"}, {LicenceIT.nationalCode("01" + seed + "3"), "LEGAL_EXPERT"},
                {LicenceIT.nationalCode("01" + seed + "4"), "IT_EXPERT"}, {LicenceIT.nationalCode("01" + seed + "5"), "CLERK"},
                {clerk, "CLERK"}};
        for (String[] member : staff) {
            api.ok(GD, HttpMethod.POST, base + "/staff", StaffEvidence.hire(member[0], "کارمند " + member[1],
                    member[1]));
        }
        api.ok(COUNCIL, HttpMethod.POST, base + "/licence/decisions", Map.of("decisionId", "LIC-1", "kind", "ISSUE",
                "until", "2031-03-20T20:30:00Z", "councilSession", "جلسه ۱۲", "reasons", "احراز شرایط"));
        api.ok(GD, HttpMethod.POST, base + "/licence/decisions/LIC-1/opinion", Map.of("agrees", true));
        api.ok(HEAD, HttpMethod.POST, base + "/licence/decisions/LIC-1/decision", Map.of("approved", true));
        return new StaffedOffice(officeId, manager, clerk);
    }

    /**
     * A court fee charged 2,000,000 rials above the assessment at the office's clerk's filing, written past the
     * aggregate (which refuses it) as a rogue clerk would; answers the planted event.
     */
    public static GenericDomainEventMessage<FilingEvent> plantedOvercharge(ApiClient api, EventStore events,
                                                                           StaffedOffice office, String run) {
        String clerk = token(office.clerk(), "OFFICE_CLERK", office.officeId());
        String filing = as(api, clerk, HttpMethod.POST, "/api/v1/filings", ApiClient.officePetition("300000000"))
                .text("filingId");
        as(api, clerk, HttpMethod.POST, "/api/v1/filings/" + filing + "/identity-verification",
                Map.of("method", "NATIONAL_SMART_CARD"));
        long assessed = as(api, clerk, HttpMethod.POST, "/api/v1/filings/" + filing + "/court-fee/assessment", null)
                .body().path("amountRials").asLong();
        long sequence = events.lastSequenceNumberFor(filing).orElseThrow();
        GenericDomainEventMessage<FilingEvent> rogue = new GenericDomainEventMessage<>("Filing", filing, sequence + 1,
                new FilingEvent.CourtFeePaid(filing, "PAY-" + run, assessed + 2_000_000L, "R-" + run),
                Map.of("actorId", office.clerk(), "actorRole", "OFFICE_CLERK", "officeId", office.officeId()));
        events.publish(rogue);
        return rogue;
    }

    /**
     * A member sitting on the province's Kanoon board on the ledger's clock: the Center's representative, seated now if
     * nobody sits yet; the Kanoon formed if it was not.
     */
    public static String kanoonBoardMember(ApiClient api, Place place) {
        Response formed = api.call(HEAD, HttpMethod.POST, "/api/v1/kanoons", Map.of("provinceCode", place.provinceCode()));
        assertThat(formed.status()).as(String.valueOf(formed.body())).isIn(201, 422);
        JsonNode seats = api.ok(GD, HttpMethod.GET, "/api/v1/kanoons/" + place.kanoonId() + "/board", null).body()
                .path("seats");
        if (!seats.isEmpty()) {
            return seats.get(0).path("nationalCode").asText();
        }
        String member = LicenceIT.nationalCode(place.representative());
        api.ok(HEAD, HttpMethod.POST, "/api/v1/kanoons/" + place.kanoonId() + "/board/representatives", Map.of(
                "kind", "CENTER_REPRESENTATIVE", "nationalCode", member, "name", "نماینده مرکز"));
        return member;
    }

    /**
     * The province's Kanoon board orders an inspection of the office over the period, {@code inspector} opens it and
     * accepts its A37-12 finding; answers the finding with its evidence.
     */
    public static Finding acceptedOverchargeFinding(ApiClient api, Place place, String inspector, String inspectorCode,
                                                    String officeId, String periodFrom, String periodTo) {
        String inspection = KanoonOrders.open(api, inspector, place.kanoonId(), kanoonBoardMember(api, place),
                List.of(inspectorCode),
                Map.of("kind", "AD_HOC", "officeId", officeId, "periodFrom", periodFrom, "periodTo", periodTo))
                .text("inspectionId");
        JsonNode findings = api.ok(inspector, HttpMethod.GET, "/api/v1/inspections/" + inspection + "/findings", null)
                .body().path("findings");
        JsonNode overcharge = null;
        for (JsonNode f : findings) {
            if (f.path("rule").asText().equals("A37_12_FEE_ABOVE_SCHEDULE")) {
                overcharge = f;
            }
        }
        assertThat(overcharge).as(findings.toString()).isNotNull();
        String findingId = overcharge.path("findingId").asText();
        List<String> evidence = new ArrayList<>();
        overcharge.path("evidence").forEach(e -> evidence.add(e.path("eventId").asText()));
        api.ok(inspector, HttpMethod.POST, "/api/v1/inspections/" + inspection + "/findings/" + findingId + "/acceptance",
                Map.of("reason", "مبلغ دریافتی بیش از تعرفه مصوب است"));
        return new Finding(inspection, findingId, evidence);
    }

    /**
     * The Center head constitutes a board of two judges and the level's third member ({@code thirdSeat}); the members
     * elect the first judge chair. Answers the constitution's answer (asserted 201).
     */
    public static Response board(ApiClient api, String boardId, String level, String judge1, String judge2,
                                 String third, String thirdSeat) {
        Response constituted = as(api, token(HEAD + "-jwt", "CENTER_HEAD", null), HttpMethod.POST,
                "/api/v1/discipline/boards", Map.of("boardId", boardId, "level", level, "province", "تهران", "members",
                        List.of(Map.of("memberId", judge1, "seat", "JUDGE", "name", "قاضی یکم"),
                                Map.of("memberId", judge2, "seat", "JUDGE", "name", "قاضی دوم"),
                                Map.of("memberId", third, "seat", thirdSeat, "name", "نماینده"))));
        assertThat(constituted.status()).as(constituted.body().toString()).isEqualTo(201);
        Response elected = as(api, token(judge2, "BOARD_MEMBER", null), HttpMethod.POST,
                "/api/v1/discipline/boards/" + boardId + "/chair",
                Map.of("votes", Map.of(judge1, judge1, judge2, judge1, third, judge1)));
        assertThat(elected.status()).as(elected.body().toString()).isEqualTo(202);
        return constituted;
    }

    /** The last step of {@code type} in the case's record, read by the GD. */
    public static JsonNode step(ApiClient api, String caseId, String type) {
        JsonNode record = as(api, token("dsc-gd", "GD_OFFICER", null), HttpMethod.GET,
                "/api/v1/discipline/cases/" + caseId, null).body();
        return StreamSupport.stream(record.path("steps").spliterator(), false)
                .filter(s -> s.path("type").asText().equals(type)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError(type + " not in " + record));
    }

    /** A token for an actor the test accounts do not name. */
    public static String token(String actorId, String role, String officeId) {
        Map<String, Object> claims = new HashMap<>(Map.of("sub", "dsc-" + actorId, "actor_id", actorId, "role", role));
        if (officeId != null) {
            claims.put("office_id", officeId);
        }
        return TestJwt.token(claims);
    }

    /** A call with a token (English answers). */
    public static Response as(ApiClient api, String token, HttpMethod method, String path, Object body) {
        return api.call(null, method, path, body, Map.of(HttpHeaders.AUTHORIZATION, "Bearer " + token));
    }
}
