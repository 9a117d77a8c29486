package ir.daftar.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ir.daftar.api.it.ApiClient.Response;
import ir.daftar.core.common.ActorRole;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * Inspections are opened on a Kanoon board's order (A28, A33; ADR 1300): Tehran's Kanoon (formed if this test JVM has
 * not yet), a member sitting on its board, the inspectors on its roster, then the order; the inspection is opened with
 * the order's id. For the tests that inspect the demo offices of Tehran.
 */
public final class KanoonOrders {

    public static final String TEHRAN = "kanoon-tehran";
    private static final String HEAD = TestAccounts.username(ActorRole.CENTER_HEAD);
    private static final String GD = TestAccounts.username(ActorRole.GD_OFFICER);
    /** The Center's representative the tests seat when the board has nobody yet. */
    private static final String REPRESENTATIVE = LicenceIT.nationalCode("004444444");

    private KanoonOrders() {
    }

    /** Tehran's Kanoon, formed once per test JVM. */
    public static void tehranFormed(ApiClient api) {
        Response formed = api.call(HEAD, HttpMethod.POST, "/api/v1/kanoons", Map.of("provinceCode", "tehran"));
        assertThat(formed.status()).as(formed.body().toString()).isIn(201, 422);
        if (formed.status() == 422) {
            assertThat(formed.text("code")).isEqualTo("A25_KANOON_ALREADY_FORMED");
        }
    }

    /** The national code of a member sitting on Tehran's board (the Center's representative, seated if need be). */
    public static String boardMember(ApiClient api) {
        tehranFormed(api);
        JsonNode seats = api.ok(GD, HttpMethod.GET, "/api/v1/kanoons/" + TEHRAN + "/board", null).body().path("seats");
        if (!seats.isEmpty()) {
            return seats.get(0).path("nationalCode").asText();
        }
        api.ok(HEAD, HttpMethod.POST, "/api/v1/kanoons/" + TEHRAN + "/board/representatives", Map.of(
                "kind", "CENTER_REPRESENTATIVE", "nationalCode", REPRESENTATIVE, "name", "نماینده مرکز"));
        return REPRESENTATIVE;
    }

    /** A call as a sitting member of Tehran's board. */
    public static Response asBoard(ApiClient api, String member, HttpMethod method, String path, Object body) {
        String token = TestJwt.token(Map.of("sub", "board-" + member, "actor_id", member, "role", "KANOON_BOARD_MEMBER"));
        return api.call(null, method, path, body, Map.of(HttpHeaders.AUTHORIZATION, "Bearer " + token));
    }

    /** Tehran's board orders an inspection by {@code inspectorIds} (put on the roster first); returns the order's id. */
    public static String order(ApiClient api, Object kind, Object officeId, Object periodFrom, Object periodTo,
                               List<String> inspectorIds) {
        return order(api, TEHRAN, boardMember(api), kind, officeId, periodFrom, periodTo, inspectorIds);
    }

    /** As {@link #order(ApiClient, Object, Object, Object, Object, List)}, by the given sitting member of a Kanoon's board. */
    public static String order(ApiClient api, String kanoonId, String member, Object kind, Object officeId,
                               Object periodFrom, Object periodTo, List<String> inspectorIds) {
        for (String inspector : inspectorIds) {
            Response added = asBoard(api, member, HttpMethod.POST, "/api/v1/kanoons/" + kanoonId + "/roster",
                    Map.of("inspectorId", inspector, "name", "بازرس " + inspector));
            assertThat(added.status()).as(String.valueOf(added.body())).isEqualTo(201);
        }
        String orderId = UUID.randomUUID().toString();
        Response ordered = asBoard(api, member, HttpMethod.POST, "/api/v1/kanoons/" + kanoonId + "/inspection-orders",
                Map.of("orderId", orderId, "kind", kind, "officeId", officeId, "periodFrom", periodFrom,
                        "periodTo", periodTo, "inspectorIds", inspectorIds));
        assertThat(ordered.status()).as(String.valueOf(ordered.body())).isEqualTo(201);
        return orderId;
    }

    /**
     * Orders the inspection {@code open} describes (kind, officeId, periodFrom, periodTo) by {@code inspectorIds}, and
     * opens it as {@code user}, naming the order; returns the opening's answer.
     */
    public static Response open(ApiClient api, String user, List<String> inspectorIds, Map<String, Object> open) {
        return open(api, user, TEHRAN, boardMember(api), inspectorIds, open);
    }

    /** As {@link #open(ApiClient, String, List, Map)}, ordered by the given sitting member of a Kanoon's board. */
    public static Response open(ApiClient api, String user, String kanoonId, String member, List<String> inspectorIds,
                                Map<String, Object> open) {
        String orderId = order(api, kanoonId, member, open.get("kind"), open.get("officeId"), open.get("periodFrom"),
                open.get("periodTo"), inspectorIds);
        Map<String, Object> body = new HashMap<>(open);
        body.put("orderId", orderId);
        body.put("kanoonId", kanoonId);
        return api.ok(user, HttpMethod.POST, "/api/v1/inspections", body);
    }
}
