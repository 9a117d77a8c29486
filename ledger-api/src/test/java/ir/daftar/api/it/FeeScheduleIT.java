package ir.daftar.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ir.daftar.api.it.ApiClient.Response;
import ir.daftar.core.common.ActorRole;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/**
 * A22(c), A24 on PostgreSQL (ADR 0921): a version of the office service fee schedule goes Council proposal, GD
 * opinion, Center head approval, Head of the Judiciary confirmation, and is in force from its effective date.
 */
class FeeScheduleIT extends PostgresIntegrationTest {

    private static final String COUNCIL = TestAccounts.username(ActorRole.COUNCIL_MEMBER);
    private static final String GD = TestAccounts.username(ActorRole.GD_OFFICER);
    private static final String HEAD = TestAccounts.username(ActorRole.CENTER_HEAD);
    private static final String JUDICIARY = TestAccounts.username(ActorRole.HEAD_OF_JUDICIARY);
    private static final String CLERK = TestAccounts.username(ActorRole.OFFICE_CLERK);
    private static final String PATH = "/api/v1/office-fee-schedules";

    @Test
    void a_version_is_in_force_from_its_date_once_the_four_steps_are_done() throws Exception {
        // the schedules are one stream for the whole database: the next version follows what earlier runs left
        int version = api.ok(CLERK, HttpMethod.GET, PATH, null).body().path("versions").size() + 1;
        String base = PATH + "/" + version;
        Instant from = Instant.now().plusSeconds(4);

        Response wrong = api.call(COUNCIL, HttpMethod.POST, PATH, Map.of("version", version + 1, "effectiveFrom",
                from.toString(), "fees", Map.of("PETITION_FILING", 250_000), "councilSession", "جلسه ۱۲", "reasons", "تورم"));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.text("code")).isEqualTo("A24_FEES_INVALID");
        api.ok(COUNCIL, HttpMethod.POST, PATH, Map.of("version", version, "effectiveFrom", from.toString(),
                "fees", Map.of("PETITION_FILING", 250_000, "DOCUMENT_PAGE", 20_000), "councilSession", "جلسه ۱۲",
                "reasons", "تورم سالانه"));
        Response early = api.call(HEAD, HttpMethod.POST, base + "/decision", Map.of("approved", true));
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.text("code")).isEqualTo("A24_FEES_OUT_OF_ORDER");
        api.ok(GD, HttpMethod.POST, base + "/opinion", Map.of("agrees", true));
        api.ok(HEAD, HttpMethod.POST, base + "/decision", Map.of("approved", true));
        assertThat(api.call(HEAD, HttpMethod.POST, base + "/confirmation", Map.of("confirmed", true)).status()).isEqualTo(403);
        api.ok(JUDICIARY, HttpMethod.POST, base + "/confirmation", Map.of("confirmed", true));

        JsonNode record = api.ok(CLERK, HttpMethod.GET, PATH, null).body();
        JsonNode last = record.path("versions").get(version - 1);
        assertThat(last.path("proposal").path("actorRole").asText()).isEqualTo("COUNCIL_MEMBER");
        assertThat(last.path("opinion").path("actorRole").asText()).isEqualTo("GD_OFFICER");
        assertThat(last.path("decision").path("actorRole").asText()).isEqualTo("CENTER_HEAD");
        assertThat(last.path("confirmation").path("actorRole").asText()).isEqualTo("HEAD_OF_JUDICIARY");
        assertThat(record.path("inForce").path("version").asInt()).isNotEqualTo(version);

        while (Instant.now().isBefore(from.plusMillis(200))) {
            Thread.sleep(200);
        }
        JsonNode inForce = api.ok(CLERK, HttpMethod.GET, PATH, null).body().path("inForce");
        assertThat(inForce.path("version").asInt()).isEqualTo(version);
        assertThat(inForce.path("fees").path("PETITION_FILING").asLong()).isEqualTo(250_000L);
    }
}
