package ir.daftar.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ir.daftar.api.it.ApiClient.Response;
import ir.daftar.api.it.DisciplineIT.MovableClock;
import ir.daftar.core.common.ActorRole;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/**
 * Issue 17 end to end on PostgreSQL (ADR 0920, 0910, 0900, 0930), on a clock the test moves (the ledger's event clock):
 * a call for applicants, an application vetted, the GD's proposal, the Center head's approval and appointment of the
 * manager; below the minimum staffing the office is refused filings (A15); staffed it is refused for want of a licence
 * (A22); the licence chain issues one and it takes filings; a suspension decided by the same chain refuses them
 * (A22/A35-5) until the clock passes its end, when the sweep records the end and the office takes filings again. The
 * registry and the GD's work queue follow on the way; after all the steps, the office's record as of each step's
 * instant shows exactly what that step had done, and nothing recorded later. Then A31: the manager relinquishes the
 * licence and leaves, the chain replaces the office, and with a new manager it takes filings again.
 */
class OfficeLifecycleIT extends PostgresIntegrationTest {

    private static final String GD = TestAccounts.username(ActorRole.GD_OFFICER);
    private static final String HEAD = TestAccounts.username(ActorRole.CENTER_HEAD);
    private static final String COUNCIL = TestAccounts.username(ActorRole.COUNCIL_MEMBER);
    private static final String PROVINCE = "سمنان";
    private static final Instant START = Instant.parse("2026-07-04T05:30:00Z");

    /** The instant of each step, in order, as the clock was set for it. */
    private final Map<String, Instant> steps = new LinkedHashMap<>();
    private MovableClock clock;
    private String office;

    @Test
    void an_office_from_call_to_suspension_and_back_and_its_record_as_of_every_step() throws Exception {
        Clock previous = GenericEventMessage.clock;
        clock = new MovableClock(START);
        GenericEventMessage.clock = clock;
        try {
            scenario();
        } finally {
            GenericEventMessage.clock = previous;
        }
    }

    @Test
    void the_demo_office_off_1010_was_established_and_licensed_through_the_chain() {
        JsonNode record = api.ok(GD, HttpMethod.GET, "/api/v1/offices/OFF-1010/record", null).body();
        assertThat(record.path("registeredByRole").asText()).isEqualTo("CENTER_HEAD");
        assertThat(record.path("establishment").path("callId").asText()).isEqualTo("CALL-1405-KARAJ");
        assertThat(record.path("establishment").path("vetting").path("actorRole").asText()).isEqualTo("GD_OFFICER");
        assertThat(record.path("establishment").path("managerAppointed").path("actorRole").asText()).isEqualTo("CENTER_HEAD");
        JsonNode issue = record.path("decisions").get(0);
        assertThat(issue.path("kind").asText()).isEqualTo("ISSUE");
        assertThat(List.of(issue.path("proposal").path("actorRole").asText(), issue.path("opinion").path("actorRole").asText(),
                issue.path("decision").path("actorRole").asText())).containsExactly("COUNCIL_MEMBER", "GD_OFFICER", "CENTER_HEAD");
        assertThat(record.path("licence").path("condition").asText()).isEqualTo("IN_FORCE");
        assertThat(record.path("staffing").path("meetsMinimumStaffing").asBoolean()).isTrue();
        assertThat(record.path("intakeRefusal").isNull()).isTrue();
    }

    /** Sets the clock an hour after the previous step and remembers the instant under {@code name}. */
    private Instant step(String name) {
        Instant at = START.plus(Duration.ofHours(steps.size() + 1));
        clock.set(at);
        steps.put(name, at);
        return at;
    }

    private void scenario() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String call = "CALL-LC-" + suffix;
        office = "OFF-LC-" + suffix;
        String calls = "/api/v1/office-calls/" + call;
        String seed = String.valueOf(100000 + (int) (Math.random() * 800000));
        String manager = LicenceIT.nationalCode("04" + seed + "1");
        String clerk = LicenceIT.nationalCode("04" + seed + "2");
        String token = TestJwt.token(Map.of("sub", "lc-clerk", "actor_id", clerk, "role", "OFFICE_CLERK", "office_id", office));

        // establishment (A14, A22(a); ADR 0920)
        step("call");
        api.ok(GD, HttpMethod.POST, "/api/v1/office-calls", Map.of("callId", call, "province", PROVINCE, "city", "شاهرود",
                "offices", 1));
        step("application");
        api.ok(GD, HttpMethod.POST, calls + "/applications", Map.of("applicationId", "APP-1", "nationalCode", manager,
                "name", "زهرا احمدی", "formerBody", "دفتر اسناد رسمی ۷ شاهرود"));
        awaitProjections();
        assertThat(queue(GD)).anySatisfy(i -> {
            assertThat(i.path("kind").asText()).isEqualTo("APPLICATION_VETTING");
            assertThat(i.path("callId").asText()).isEqualTo(call);
        });
        step("vetting");
        api.ok(GD, HttpMethod.POST, calls + "/applications/APP-1/vetting", Map.of("accepted", true,
                "reasons", "مدارک و سوابق کامل است", "feeReceipt", "RCPT-LC-1", "feeAmount", 5_000_000));
        step("proposal");
        api.ok(GD, HttpMethod.POST, calls + "/applications/APP-1/proposal", Map.of("officeId", office,
                "name", "دفتر خدمات الکترونیک قضایی شاهرود", "origin", "NOTARY_OFFICE", "reasons", "نیاز منطقه"));
        awaitProjections();
        assertThat(queue(HEAD)).anySatisfy(i -> {
            assertThat(i.path("kind").asText()).isEqualTo("OFFICE_PROPOSAL_DECISION");
            assertThat(i.path("officeId").asText()).isEqualTo(office);
        });
        step("approval");
        api.ok(HEAD, HttpMethod.POST, calls + "/applications/APP-1/decision", Map.of("approved", true));
        step("manager");
        api.ok(HEAD, HttpMethod.POST, calls + "/applications/APP-1/manager",
                Map.of("eligibility", StaffEvidence.eligibility("MANAGER")));

        // staff below the minimum: A15
        step("clerk");
        api.ok(GD, HttpMethod.POST, "/api/v1/offices/" + office + "/staff", StaffEvidence.hire(clerk, "کارمند دفتر", "CLERK"));
        refused(api.fileAtOffice(token), "A15_MINIMUM_STAFFING");

        // hired to the minimum: now the licence is missing (A22)
        step("hire");
        String[][] staff = {{LicenceIT.nationalCode("04" + seed + "3"), "LEGAL_EXPERT"},
                {LicenceIT.nationalCode("04" + seed + "4"), "IT_EXPERT"}, {LicenceIT.nationalCode("04" + seed + "5"), "CLERK"}};
        for (String[] member : staff) {
            api.ok(GD, HttpMethod.POST, "/api/v1/offices/" + office + "/staff", StaffEvidence.hire(member[0],
                    "کارمند " + member[1], member[1]));
        }
        refused(api.fileAtOffice(token), "A22_LICENCE_NOT_IN_FORCE");

        // the licence: Council proposal, GD opinion, Center head decision (ADR 0900)
        String decisions = "/api/v1/offices/" + office + "/licence/decisions";
        Instant expiry = START.plus(Duration.ofDays(5 * 365));
        step("licence-proposal");
        api.ok(COUNCIL, HttpMethod.POST, decisions, Map.of("decisionId", "LIC-1", "kind", "ISSUE", "until", expiry.toString(),
                "councilSession", "جلسه ۱۲ شورای مشورتی", "reasons", "احراز شرایط"));
        awaitProjections();
        assertThat(queue(GD)).anySatisfy(i -> {
            assertThat(i.path("kind").asText()).isEqualTo("LICENCE_OPINION");
            assertThat(i.path("officeId").asText()).isEqualTo(office);
            assertThat(i.path("decisionId").asText()).isEqualTo("LIC-1");
        });
        step("licence-opinion");
        api.ok(GD, HttpMethod.POST, decisions + "/LIC-1/opinion", Map.of("agrees", true));
        awaitProjections();
        assertThat(queue(GD)).noneMatch(i -> office.equals(i.path("officeId").asText()));
        assertThat(queue(HEAD)).anySatisfy(i -> {
            assertThat(i.path("kind").asText()).isEqualTo("LICENCE_DECISION");
            assertThat(i.path("officeId").asText()).isEqualTo(office);
        });
        step("licence-issued");
        api.ok(HEAD, HttpMethod.POST, decisions + "/LIC-1/decision", Map.of("approved", true));
        allowed(api.fileAtOffice(token));
        awaitProjections();
        assertThat(queue(null)).noneMatch(i -> office.equals(i.path("officeId").asText()));
        assertThat(listed("?province=" + PROVINCE + "&status=OPERATING&licence=IN_FORCE&staffingComplete=true"))
                .contains(office);

        // a suspension by the same chain: intake refused until its end (A22, A35-5)
        Instant end = START.plus(Duration.ofDays(30));
        step("suspension-proposal");
        api.ok(COUNCIL, HttpMethod.POST, decisions, Map.of("decisionId", "LIC-2", "kind", "SUSPEND", "until", end.toString(),
                "councilSession", "جلسه ۱۳ شورای مشورتی", "reasons", "تخلف از تعرفه"));
        step("suspension-opinion");
        api.ok(GD, HttpMethod.POST, decisions + "/LIC-2/opinion", Map.of("agrees", true));
        step("suspended");
        api.ok(HEAD, HttpMethod.POST, decisions + "/LIC-2/decision", Map.of("approved", true));
        Response suspended = refused(api.fileAtOffice(token), "A22_LICENCE_NOT_IN_FORCE");
        assertThat(suspended.text("reason")).contains("suspended until " + end);
        awaitProjections();
        assertThat(listed("?licence=SUSPENDED&status=NOT_OPERATING")).contains(office);
        assertThat(listed("?licence=IN_FORCE")).doesNotContain(office);

        // the clock passes the end: intake again, and the sweep records the end at the ledger's clock
        stepAt("suspension-ended", end.plus(Duration.ofHours(1)));
        allowed(api.fileAtOffice(token));
        Instant deadline = Instant.now().plusSeconds(40);
        while (endsRecorded() == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        assertThat(endsRecorded()).isEqualTo(1);
        awaitProjections();
        assertThat(listed("?licence=IN_FORCE&status=OPERATING")).contains(office);

        // ---- the record as of each step's instant: what that step had done, nothing recorded after it ----
        for (String name : List.of("call", "application", "vetting", "proposal", "approval")) {
            Response before = api.call(GD, HttpMethod.GET, record(name), null);
            assertThat(before.status()).as(name).isEqualTo(404);
        }
        JsonNode manager0 = recordAsOf("manager");
        assertThat(manager0.path("origin").asText()).isEqualTo("NOTARY_OFFICE");
        assertThat(manager0.path("province").asText()).isEqualTo(PROVINCE);
        assertThat(manager0.path("registeredByRole").asText()).isEqualTo("CENTER_HEAD");
        JsonNode establishment = manager0.path("establishment");
        assertThat(establishment.path("callId").asText()).isEqualTo(call);
        assertThat(establishment.path("formerBody").asText()).isEqualTo("دفتر اسناد رسمی ۷ شاهرود");
        assertThat(establishment.path("vetting").path("at").asText()).isEqualTo(steps.get("vetting").toString());
        assertThat(establishment.path("proposal").path("actorRole").asText()).isEqualTo("GD_OFFICER");
        assertThat(establishment.path("decision").path("actorRole").asText()).isEqualTo("CENTER_HEAD");
        assertThat(establishment.path("decision").path("at").asText()).isEqualTo(steps.get("approval").toString());
        assertThat(establishment.path("establishedAt").asText()).isEqualTo(steps.get("manager").toString());
        assertThat(roles(manager0)).containsExactly("MANAGER");
        assertThat(manager0.path("licence").path("required").asBoolean()).isTrue();
        assertThat(manager0.path("licence").path("condition").asText()).isEqualTo("NEVER_ISSUED");
        assertThat(manager0.path("intakeRefusal").asText()).isEqualTo("A15_MINIMUM_STAFFING");
        assertThat(manager0.path("decisions")).isEmpty();

        JsonNode clerkHired = recordAsOf("clerk");
        assertThat(roles(clerkHired)).containsExactly("MANAGER", "CLERK");
        assertThat(clerkHired.path("staffing").path("meetsMinimumStaffing").asBoolean()).isFalse();
        assertThat(clerkHired.path("intakeRefusal").asText()).isEqualTo("A15_MINIMUM_STAFFING");

        JsonNode hired = recordAsOf("hire");
        assertThat(roles(hired)).containsExactly("MANAGER", "CLERK", "LEGAL_EXPERT", "IT_EXPERT", "CLERK");
        assertThat(hired.path("staffHistory").get(1).path("hiredAt").asText()).isEqualTo(steps.get("clerk").toString());
        assertThat(hired.path("staffing").path("meetsMinimumStaffing").asBoolean()).isTrue();
        assertThat(hired.path("intakeRefusal").asText()).isEqualTo("A22_LICENCE_NOT_IN_FORCE");

        JsonNode proposed = recordAsOf("licence-proposal");
        assertThat(proposed.path("decisions")).hasSize(1);
        assertThat(proposed.path("decisions").get(0).path("proposal").path("actorRole").asText()).isEqualTo("COUNCIL_MEMBER");
        assertThat(proposed.path("decisions").get(0).path("opinion").isNull()).isTrue();
        assertThat(proposed.path("licence").path("condition").asText()).isEqualTo("NEVER_ISSUED");

        JsonNode opined = recordAsOf("licence-opinion");
        assertThat(opined.path("decisions").get(0).path("opinion").path("actorRole").asText()).isEqualTo("GD_OFFICER");
        assertThat(opined.path("decisions").get(0).path("decision").isNull()).isTrue();
        assertThat(opined.path("intakeRefusal").asText()).isEqualTo("A22_LICENCE_NOT_IN_FORCE");

        JsonNode issued = recordAsOf("licence-issued");
        assertThat(issued.path("decisions").get(0).path("decision").path("yes").asBoolean()).isTrue();
        assertThat(issued.path("licence").path("condition").asText()).isEqualTo("IN_FORCE");
        assertThat(issued.path("licence").path("expiresAt").asText()).isEqualTo(expiry.toString());
        assertThat(issued.path("intakeRefusal").isNull()).isTrue();

        JsonNode pending = recordAsOf("suspension-opinion");
        assertThat(pending.path("decisions")).hasSize(2);
        assertThat(pending.path("decisions").get(1).path("decision").isNull()).isTrue();
        assertThat(pending.path("licence").path("condition").asText()).isEqualTo("IN_FORCE");

        JsonNode suspendedThen = recordAsOf("suspended");
        assertThat(suspendedThen.path("licence").path("condition").asText()).isEqualTo("SUSPENDED");
        assertThat(suspendedThen.path("licence").path("suspendedUntil").asText()).isEqualTo(end.toString());
        assertThat(suspendedThen.path("intakeRefusal").asText()).isEqualTo("A22_LICENCE_NOT_IN_FORCE");
        // its end was recorded later: not seen as of then
        assertThat(suspendedThen.path("decisions").get(1).path("suspensionEndedAt").isNull()).isTrue();

        JsonNode after = recordAsOf("suspension-ended");
        assertThat(after.path("licence").path("condition").asText()).isEqualTo("IN_FORCE");
        assertThat(after.path("intakeRefusal").isNull()).isTrue();
        assertThat(after.path("decisions").get(1).path("suspensionEndedAt").asText()).isEqualTo(end.toString());
        assertThat(roles(after)).hasSize(5);

        // an instant between two steps shows the earlier one; the record without asOf is today's
        Instant between = steps.get("suspended").plus(Duration.ofMinutes(30));
        assertThat(api.ok(GD, HttpMethod.GET, "/api/v1/offices/" + office + "/record?asOf=" + between, null).body()
                .path("licence").path("condition").asText()).isEqualTo("SUSPENDED");
        assertThat(api.ok(GD, HttpMethod.GET, "/api/v1/offices/" + office + "/record", null).body()
                .path("decisions").get(1).path("suspensionEndedAt").asText()).isEqualTo(end.toString());
        // the office's own manager reads it; the manager of another office does not see it
        String managerToken = TestJwt.token(Map.of("sub", "lc-manager", "actor_id", manager, "role", "OFFICE_MANAGER",
                "office_id", office));
        Response own = api.call(null, HttpMethod.GET, record("licence-issued"), null,
                Map.of("Authorization", "Bearer " + managerToken));
        assertThat(own.status()).isEqualTo(200);
        String otherToken = TestJwt.token(Map.of("sub", "lc-other", "actor_id", manager, "role", "OFFICE_MANAGER",
                "office_id", "OFF-1001"));
        assertThat(api.call(null, HttpMethod.GET, record("licence-issued"), null,
                Map.of("Authorization", "Bearer " + otherToken)).status()).isEqualTo(404);
        // a time that is not one is refused, naming the field
        Response bad = api.call(GD, HttpMethod.GET, "/api/v1/offices/" + office + "/record?asOf=yesterday", null);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().path("errors").get(0).path("field").asText()).isEqualTo("asOf");
        assertThat(api.call(GD, HttpMethod.GET, "/api/v1/offices?status=OPEN", null).status()).isEqualTo(400);
        assertThat(api.call(GD, HttpMethod.GET, "/api/v1/office-work-queue?waitingFor=INSPECTOR", null).status())
                .isEqualTo(400);

        replacement(manager, token, end, seed);
    }

    /**
     * A31 (ADR 0930): the manager relinquishes the licence (the chain) and leaves; the office is refused filings; the
     * chain replaces it (REPLACE, a new expiry), and once the GD hires another manager it takes filings again.
     */
    private void replacement(String manager, String token, Instant end, String seed) throws Exception {
        String decisions = "/api/v1/offices/" + office + "/licence/decisions";
        Instant newExpiry = START.plus(Duration.ofDays(6 * 365));
        stepAt("relinquished", end.plus(Duration.ofHours(2)));
        chain("LIC-3", Map.of("decisionId", "LIC-3", "kind", "RELINQUISH", "councilSession", "جلسه ۱۴",
                "reasons", "انصراف مدیر از پروانه"));
        assertThat(refused(api.fileAtOffice(token), "A22_LICENCE_NOT_IN_FORCE").text("reason")).contains("relinquished");
        // no replacement while the manager is still appointed
        Response early = api.call(COUNCIL, HttpMethod.POST, decisions, Map.of("decisionId", "LIC-4", "kind", "REPLACE",
                "until", newExpiry.toString(), "councilSession", "جلسه ۱۵", "reasons", "جایگزینی دفتر"));
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.text("code")).isEqualTo("A24_DECISION_NOT_APPLICABLE");
        stepAt("manager-left", end.plus(Duration.ofHours(3)));
        api.ok(GD, HttpMethod.DELETE, "/api/v1/offices/" + office + "/staff/" + manager + "?reason=انصراف از پروانه", null);
        stepAt("replaced", end.plus(Duration.ofHours(4)));
        chain("LIC-4", Map.of("decisionId", "LIC-4", "kind", "REPLACE", "until", newExpiry.toString(),
                "councilSession", "جلسه ۱۵", "reasons", "جایگزینی دفتر پس از انصراف مدیر"));
        refused(api.fileAtOffice(token), "A15_MINIMUM_STAFFING");
        stepAt("new-manager", end.plus(Duration.ofHours(5)));
        api.ok(GD, HttpMethod.POST, "/api/v1/offices/" + office + "/staff",
                StaffEvidence.hire(LicenceIT.nationalCode("04" + seed + "6"), "مدیر جانشین", "MANAGER"));
        allowed(api.fileAtOffice(token));

        JsonNode relinquished = recordAsOf("relinquished");
        assertThat(relinquished.path("licence").path("condition").asText()).isEqualTo("RELINQUISHED");
        assertThat(relinquished.path("intakeRefusal").asText()).isEqualTo("A22_LICENCE_NOT_IN_FORCE");
        JsonNode left = recordAsOf("manager-left");
        assertThat(left.path("staffHistory").get(0).path("endedAt").asText()).isEqualTo(steps.get("manager-left").toString());
        assertThat(left.path("staffHistory").get(0).path("endReason").asText()).isEqualTo("انصراف از پروانه");
        assertThat(left.path("intakeRefusal").asText()).isEqualTo("A15_MINIMUM_STAFFING");
        JsonNode replaced = recordAsOf("replaced");
        JsonNode replace = replaced.path("decisions").get(3);
        assertThat(replace.path("kind").asText()).isEqualTo("REPLACE");
        assertThat(replace.path("proposal").path("actorRole").asText()).isEqualTo("COUNCIL_MEMBER");
        assertThat(replace.path("opinion").path("actorRole").asText()).isEqualTo("GD_OFFICER");
        assertThat(replace.path("decision").path("actorRole").asText()).isEqualTo("CENTER_HEAD");
        assertThat(replaced.path("licence").path("condition").asText()).isEqualTo("IN_FORCE");
        assertThat(replaced.path("licence").path("expiresAt").asText()).isEqualTo(newExpiry.toString());
        assertThat(replaced.path("intakeRefusal").asText()).isEqualTo("A15_MINIMUM_STAFFING");
        JsonNode managed = recordAsOf("new-manager");
        assertThat(managed.path("intakeRefusal").isNull()).isTrue();
        assertThat(roles(managed)).containsExactly("MANAGER", "CLERK", "LEGAL_EXPERT", "IT_EXPERT", "CLERK", "MANAGER");
        awaitProjections();
        assertThat(listed("?licence=IN_FORCE&status=OPERATING")).contains(office);
    }

    /** The Council proposes, the GD agrees, the Center head approves (ADR 0900). */
    private void chain(String decisionId, Map<String, Object> proposal) {
        String decisions = "/api/v1/offices/" + office + "/licence/decisions";
        api.ok(COUNCIL, HttpMethod.POST, decisions, proposal);
        api.ok(GD, HttpMethod.POST, decisions + "/" + decisionId + "/opinion", Map.of("agrees", true));
        api.ok(HEAD, HttpMethod.POST, decisions + "/" + decisionId + "/decision", Map.of("approved", true));
    }

    private void stepAt(String name, Instant at) {
        clock.set(at);
        steps.put(name, at);
    }

    private String record(String step) {
        return "/api/v1/offices/" + office + "/record?asOf=" + steps.get(step);
    }

    private JsonNode recordAsOf(String step) {
        JsonNode body = api.ok(GD, HttpMethod.GET, record(step), null).body();
        assertThat(body.path("asOf").asText()).isEqualTo(steps.get(step).toString());
        return body;
    }

    private static List<String> roles(JsonNode record) {
        return StreamSupport.stream(record.path("staffHistory").spliterator(), false).map(s -> s.path("role").asText()).toList();
    }

    private List<JsonNode> queue(String user) {
        String who = user == null ? "" : "?waitingFor=" + (user.equals(GD) ? "GD_OFFICER" : "CENTER_HEAD");
        JsonNode items = api.ok(user == null ? GD : user, HttpMethod.GET, "/api/v1/office-work-queue" + who, null).body()
                .path("items");
        List<JsonNode> list = new ArrayList<>();
        items.forEach(list::add);
        return list;
    }

    private List<String> listed(String query) {
        List<String> ids = new ArrayList<>();
        api.ok(GD, HttpMethod.GET, "/api/v1/offices" + query, null).body().forEach(o -> ids.add(o.path("officeId").asText()));
        return ids;
    }

    private int endsRecorded() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND payload_type LIKE '%LicenceSuspensionEnded'", Integer.class, office);
    }

    private static Response refused(Response response, String code) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(422);
        assertThat(response.text("code")).isEqualTo(code);
        return response;
    }

    private static void allowed(Response response) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
    }
}
