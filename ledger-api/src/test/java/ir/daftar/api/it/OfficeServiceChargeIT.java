package ir.daftar.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ir.daftar.api.it.ApiClient.Response;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.filing.FilingEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/**
 * A37-1, A37-12, A22(c) on PostgreSQL (ADR 0921, revisited): a schedule version goes through its four steps, the
 * office posts it, a charge at the schedule is accepted with its version, a charge above it is refused with nothing
 * written, and an overcharge planted past the aggregate (an import, say) is found by the inspection of that period.
 */
class OfficeServiceChargeIT extends PostgresIntegrationTest {

    private static final String COUNCIL = TestAccounts.username(ActorRole.COUNCIL_MEMBER);
    private static final String GD = TestAccounts.username(ActorRole.GD_OFFICER);
    private static final String HEAD = TestAccounts.username(ActorRole.CENTER_HEAD);
    private static final String JUDICIARY = TestAccounts.username(ActorRole.HEAD_OF_JUDICIARY);
    private static final String CLERK = "clerk1001";
    private static final String CLERK_ID = "0045678911";
    private static final String OFFICE = "OFF-1001";
    private static final String PATH = "/api/v1/office-fee-schedules";

    @Autowired
    private EventStore eventStore;

    @Test
    void posted_schedule_charged_at_its_version_refused_above_and_a_planted_overcharge_found_by_the_inspection()
            throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        // the schedules are one stream for the whole database: the next version follows what earlier runs left
        int version = api.ok(CLERK, HttpMethod.GET, PATH, null).body().path("versions").size() + 1;
        String base = PATH + "/" + version;
        Instant from = Instant.now().plusSeconds(4);
        api.ok(COUNCIL, HttpMethod.POST, PATH, Map.of("version", version, "effectiveFrom", from.toString(),
                "fees", Map.of("PETITION_FILING", 250_000, "DOCUMENT_PAGE", 20_000), "councilSession", "جلسه ۱۴",
                "reasons", "تورم سالانه"));
        api.ok(GD, HttpMethod.POST, base + "/opinion", Map.of("agrees", true));
        api.ok(HEAD, HttpMethod.POST, base + "/decision", Map.of("approved", true));
        api.ok(JUDICIARY, HttpMethod.POST, base + "/confirmation", Map.of("confirmed", true));

        // A37-1: not yet in force, so not yet posted; once in force, posted by the office's clerk, once
        Response early = api.call(CLERK, HttpMethod.POST, base + "/postings", Map.of("officeId", OFFICE));
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.text("code")).isEqualTo("A37_1_SCHEDULE_NOT_POSTABLE");
        while (Instant.now().isBefore(from.plusMillis(200))) {
            Thread.sleep(200);
        }
        Response otherOffice = api.call(CLERK, HttpMethod.POST, base + "/postings", Map.of("officeId", "OFF-1002"));
        assertThat(otherOffice.status()).isEqualTo(422);
        assertThat(otherOffice.text("code")).isEqualTo("A37_1_POSTING_BY_OFFICE_STAFF_ONLY");
        assertThat(api.call(GD, HttpMethod.POST, base + "/postings", Map.of("officeId", OFFICE)).status()).isEqualTo(403);
        assertThat(api.call(CLERK, HttpMethod.POST, base + "/postings", Map.of("officeId", OFFICE)).status()).isEqualTo(201);
        assertThat(api.call(CLERK, HttpMethod.POST, base + "/postings", Map.of("officeId", OFFICE)).text("code"))
                .isEqualTo("A37_1_SCHEDULE_NOT_POSTABLE");
        JsonNode postings = api.ok(GD, HttpMethod.GET, PATH, null).body().path("postings");
        assertThat(postings).anySatisfy(p -> {
            assertThat(p.path("officeId").asText()).isEqualTo(OFFICE);
            assertThat(p.path("version").asInt()).isEqualTo(version);
            assertThat(p.path("postedBy").asText()).isEqualTo(CLERK_ID);
            assertThat(Instant.parse(p.path("at").asText())).isAfter(from);
        });

        // A37-12: a filing at the office; a charge at the schedule is recorded with its version
        String filing = api.ok(CLERK, HttpMethod.POST, "/api/v1/filings", ApiClient.officePetition("300000000"))
                .text("filingId");
        String charges = "/api/v1/filings/" + filing + "/office-service-charges";
        api.ok(CLERK, HttpMethod.POST, "/api/v1/filings/" + filing + "/identity-verification",
                Map.of("method", "NATIONAL_SMART_CARD"));
        Response charged = api.call(CLERK, HttpMethod.POST, charges, Map.of("service", "PETITION_FILING",
                "amountRials", "250000", "receiptNumber", "R-OSC-1"));
        assertThat(charged.status()).isEqualTo(201);
        assertThat(charged.body().path("scheduleVersion").asInt()).isEqualTo(version);
        assertThat(charged.body().path("scheduleAmountRials").asLong()).isEqualTo(250_000L);
        assertThat(api.call(CLERK, HttpMethod.POST, charges, Map.of("service", "DOCUMENT_PAGE", "amountRials", "15000",
                "receiptNumber", "R-OSC-2")).status()).isEqualTo(201);

        // above the schedule: refused at the counter, naming the article and the field, nothing written
        long sequence = eventStore.lastSequenceNumberFor(filing).orElseThrow();
        Response above = api.call(CLERK, HttpMethod.POST, charges, Map.of("service", "PETITION_FILING",
                "amountRials", "250001", "receiptNumber", "R-OSC-3"));
        assertThat(above.status()).isEqualTo(422);
        assertThat(above.text("code")).isEqualTo("A37_12_OFFICE_FEE_ABOVE_SCHEDULE");
        assertThat(above.text("article")).isEqualTo("A37");
        assertThat(above.text("field")).isEqualTo("amountRials");
        Response unknown = api.call(CLERK, HttpMethod.POST, charges, Map.of("service", "NOTARISATION",
                "amountRials", "1", "receiptNumber", "R-OSC-4"));
        assertThat(unknown.text("code")).isEqualTo("A37_12_SERVICE_NOT_IN_SCHEDULE");
        assertThat(unknown.text("field")).isEqualTo("service");
        assertThat(api.call("applicant", HttpMethod.POST, charges, Map.of("service", "PETITION_FILING",
                "amountRials", "1", "receiptNumber", "R-OSC-5")).status()).isEqualTo(403);
        assertThat(eventStore.lastSequenceNumberFor(filing).orElseThrow()).isEqualTo(sequence);

        // an overcharge written past the aggregate (as an import of past records would), then the inspection
        GenericDomainEventMessage<FilingEvent> planted = new GenericDomainEventMessage<>("Filing", filing, sequence + 1,
                new FilingEvent.OfficeServiceCharged(filing, OFFICE, "PETITION_FILING", 900_000L, version, 250_000L,
                        "R-OSC-9", CLERK_ID),
                Map.of("actorId", CLERK_ID, "actorRole", "OFFICE_CLERK", "officeId", OFFICE));
        eventStore.publish(planted);
        Instant after = Instant.now().plusSeconds(1);
        awaitProjections();
        while (!Instant.now().isAfter(after)) { // an inspected period ends in the past (A33)
            Thread.sleep(50);
        }
        String inspection = KanoonOrders.open(api, "inspector1", List.of("0511111118"), Map.of("kind", "AD_HOC",
                "officeId", OFFICE, "periodFrom", before.minus(Duration.ofMinutes(1)).toString(),
                "periodTo", after.toString())).text("inspectionId");
        JsonNode findings = api.ok("inspector1", HttpMethod.GET, "/api/v1/inspections/" + inspection + "/findings", null)
                .body().path("findings");
        List<JsonNode> overcharges = new java.util.ArrayList<>();
        findings.forEach(f -> {
            if (f.path("rule").asText().equals("A37_12_FEE_ABOVE_SCHEDULE") && f.path("subjectId").asText().equals(filing)) {
                overcharges.add(f);
            }
        });
        assertThat(overcharges).as(findings.toString()).singleElement().satisfies(f -> {
            assertThat(f.path("evidence").findValuesAsText("eventId")).containsExactly(planted.getIdentifier());
            assertThat(f.path("detail").asText()).contains("900000", "version " + version, "250000");
        });
    }
}
