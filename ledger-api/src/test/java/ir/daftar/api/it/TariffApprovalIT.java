package ir.daftar.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ir.daftar.api.it.ApiClient.Response;
import ir.daftar.core.common.ActorRole;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/**
 * A22(c) on PostgreSQL (ADR 0921, revisited): the shipped court-fee tariffs are on the approval trail as recorded at
 * start; a new version goes Council, GD, Center head, Head of the Judiciary through the schedules' chain, is not used
 * before its confirmation and its date, and is the tariff a court fee is assessed by from then on. The version
 * proposed here has the amounts of the tariff in force, so the other tests' fees do not change.
 */
class TariffApprovalIT extends PostgresIntegrationTest {

    private static final String COUNCIL = TestAccounts.username(ActorRole.COUNCIL_MEMBER);
    private static final String GD = TestAccounts.username(ActorRole.GD_OFFICER);
    private static final String HEAD = TestAccounts.username(ActorRole.CENTER_HEAD);
    private static final String JUDICIARY = TestAccounts.username(ActorRole.HEAD_OF_JUDICIARY);
    private static final String CLERK = "clerk1001";
    private static final String PATH = "/api/v1/court-fee/tariff-versions";

    @Test
    void shipped_tariffs_are_approved_and_a_new_version_is_used_only_once_confirmed_and_in_force() throws Exception {
        JsonNode trail = api.ok(CLERK, HttpMethod.GET, PATH, null).body().path("versions");
        assertThat(trail).anySatisfy(v -> {
            assertThat(v.path("version").asText()).isEqualTo("1405-1");
            assertThat(v.path("shippedFrom").asText()).isEqualTo("court-fee-1405.json");
            assertThat(v.path("approved").asBoolean()).isTrue();
        });

        // the tariff in force now, under a new name, from a few seconds ahead
        Instant now = Instant.now();
        JsonNode inForce = null;
        for (JsonNode t : api.ok(CLERK, HttpMethod.GET, "/api/v1/court-fee/tariffs", null).body()) {
            if (!Instant.parse(t.path("effectiveFrom").asText()).isAfter(now)) {
                inForce = t;
            }
        }
        assertThat(inForce).isNotNull();
        String version = "IT-" + UUID.randomUUID().toString().substring(0, 8);
        Instant from = Instant.now().plusSeconds(5);
        ObjectNode tariff = ((ObjectNode) inForce.deepCopy()).put("version", version).put("effectiveFrom", from.toString());
        Map<String, Object> proposal = Map.of("tariff", new ObjectMapper().convertValue(tariff, Map.class),
                "councilSession", "جلسه ۱۵", "reasons", "قانون بودجه");

        assertThat(api.call(GD, HttpMethod.POST, PATH, proposal).status()).isEqualTo(403);
        assertThat(api.call(COUNCIL, HttpMethod.POST, PATH, proposal).status()).isEqualTo(201);
        String base = PATH + "/" + version;
        Response early = api.call(HEAD, HttpMethod.POST, base + "/decision", Map.of("yes", true));
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.text("code")).isEqualTo("A24_FEES_OUT_OF_ORDER");
        api.ok(GD, HttpMethod.POST, base + "/opinion", Map.of("yes", true));
        api.ok(HEAD, HttpMethod.POST, base + "/decision", Map.of("yes", true));
        assertThat(api.ok(CLERK, HttpMethod.GET, "/api/v1/court-fee/tariffs", null).body().findValuesAsText("version"))
                .doesNotContain(version);
        assertThat(api.call(HEAD, HttpMethod.POST, base + "/confirmation", Map.of("yes", true)).status()).isEqualTo(403);
        api.ok(JUDICIARY, HttpMethod.POST, base + "/confirmation", Map.of("yes", true));

        JsonNode steps = null;
        for (JsonNode v : api.ok(CLERK, HttpMethod.GET, PATH, null).body().path("versions")) {
            if (v.path("version").asText().equals(version)) {
                steps = v;
            }
        }
        assertThat(steps).isNotNull();
        assertThat(steps.path("proposal").path("actorRole").asText()).isEqualTo("COUNCIL_MEMBER");
        assertThat(steps.path("opinion").path("actorRole").asText()).isEqualTo("GD_OFFICER");
        assertThat(steps.path("decision").path("actorRole").asText()).isEqualTo("CENTER_HEAD");
        assertThat(steps.path("confirmation").path("actorRole").asText()).isEqualTo("HEAD_OF_JUDICIARY");
        assertThat(steps.path("approved").asBoolean()).isTrue();

        // before its date the tariff in force assesses; from its date, the new version
        String before = assessedVersion();
        assertThat(before).isEqualTo(inForce.path("version").asText());
        while (Instant.now().isBefore(from.plusMillis(200))) {
            Thread.sleep(200);
        }
        assertThat(assessedVersion()).isEqualTo(version);
    }

    private String assessedVersion() {
        String filing = api.ok(CLERK, HttpMethod.POST, "/api/v1/filings", ApiClient.officePetition("300000000"))
                .text("filingId");
        String base = "/api/v1/filings/" + filing;
        api.ok(CLERK, HttpMethod.POST, base + "/identity-verification", Map.of("method", "NATIONAL_SMART_CARD"));
        return api.ok(CLERK, HttpMethod.POST, base + "/court-fee/assessment", null).text("tariffVersion");
    }
}
