package ir.daftar.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ir.daftar.api.it.ApiClient.Response;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.filing.FilingEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/**
 * Issue 19 end to end on PostgreSQL, on a clock the test moves (the ledger's event clock): a fee charged above the
 * schedule is planted at an office that holds a licence; the inspector's replay finds it (A37-12) and the finding is
 * accepted; a Primary Board whose Kanoon representative sits on the Kanoon's board is refused (A34); a disciplinary
 * case is opened from the finding with its evidence; the Primary Board, refused while a member is
 * absent, rules degree 5 for 3 months with all present; the ruling is notified and its 20-day period computed by the
 * deadline engine (the Khordad holidays inside it count as days); an appeal on day 19 is accepted, an appeal of a
 * second ruling (objected to by the Center head) the day after its last day (day 22) is refused; an Appeal Board with
 * a member of the Primary Board is refused, one without confirms; the process manager suspends the licence, the
 * office's intake is refused until the instant the period ends and takes filings from then on. The history as of two
 * instants, the docket and the case's record are read on the way.
 */
class DisciplineIT extends PostgresIntegrationTest {

    private static final String GD = TestAccounts.username(ActorRole.GD_OFFICER);
    private static final String HEAD = TestAccounts.username(ActorRole.CENTER_HEAD);
    private static final String INSPECTOR = "inspector1";

    @Autowired
    private EventStore eventStore;

    /** The ledger's clock, moved by the test. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void set(Instant at) {
            this.now = at;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private String run;
    private String office;
    private String manager;
    private String clerk;

    @Test
    void a_planted_overcharge_ends_in_a_suspension_confirmed_on_appeal_that_stops_intake_until_its_end() throws Exception {
        Clock previous = GenericEventMessage.clock;
        MovableClock clock = new MovableClock(Instant.parse("2026-05-01T06:00:00Z"));
        GenericEventMessage.clock = clock;
        try {
            scenario(clock);
        } finally {
            GenericEventMessage.clock = previous;
        }
    }

    private void scenario(MovableClock clock) throws Exception {
        run = UUID.randomUUID().toString().substring(0, 6);
        office = "OFF-DSC-" + run;
        licensedAndStaffedOffice();
        assertThat(file().status()).isEqualTo(201);

        // a fee charged above the schedule, written past the aggregate (which refuses it) as a rogue clerk would
        clock.set(Instant.parse("2026-05-02T07:00:00Z"));
        GenericDomainEventMessage<FilingEvent> rogue = DisciplineCases.plantedOvercharge(api, eventStore,
                new DisciplineCases.StaffedOffice(office, manager, clerk), run);

        // A33: the inspector's replay finds it; the finding is accepted with its evidence
        clock.set(Instant.parse("2026-05-10T06:00:00Z"));
        // (ordered by the board of the Kanoon that covers the office, Yazd's, A28, ADR 1300)
        DisciplineCases.Finding finding = DisciplineCases.acceptedOverchargeFinding(api, DisciplineCases.YAZD, INSPECTOR,
                "0511111118", office, "2026-04-30T00:00:00Z", "2026-05-09T00:00:00Z");
        String inspection = finding.inspectionId();
        String findingId = finding.findingId();
        assertThat(finding.evidence()).contains(rogue.getIdentifier());

        // A34: the boards, their chairs; the case from the finding; the Primary Board sits only with all present
        clock.set(Instant.parse("2026-05-12T06:00:00Z"));
        String primary = board("PRIMARY", "P", "KANOON_REPRESENTATIVE");
        String appeal = board("APPEAL", "A", "GD_REPRESENTATIVE");
        String tainted = taintedAppealBoard();
        // A34: a member of Yazd's Kanoon board, seated then, is not the Kanoon's representative on a Primary Board
        Response seated = call(token(HEAD + "-jwt", "CENTER_HEAD", null), HttpMethod.POST, "/api/v1/discipline/boards",
                Map.of("boardId", "BRD-K-" + run, "level", "PRIMARY", "members", List.of(
                        Map.of("memberId", "J1-K-" + run, "seat", "JUDGE", "name", "قاضی یکم"),
                        Map.of("memberId", "J2-K-" + run, "seat", "JUDGE", "name", "قاضی دوم"),
                        Map.of("memberId", DisciplineCases.kanoonBoardMember(api, DisciplineCases.YAZD), "seat", "KANOON_REPRESENTATIVE",
                                "name", "عضو هیأت مدیره کانون", "kanoonBoardMember", false))));
        assertThat(seated.status()).isEqualTo(422);
        assertThat(seated.text("code")).isEqualTo("A34_KANOON_REPRESENTATIVE_ON_KANOON_BOARD");
        assertThat(seated.text("reason")).contains(DisciplineCases.YAZD.kanoonId());
        Response opened = call(inspectorToken(), HttpMethod.POST, "/api/v1/discipline/cases", Map.of(
                "origin", "INSPECTION_FINDING", "officeId", office, "accusedId", manager, "inspectionId", inspection,
                "findingId", findingId));
        assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
        String caseA = opened.text("caseId");
        String caseB = call(gdToken(), HttpMethod.POST, "/api/v1/discipline/cases", Map.of("origin", "REPORTED_VIOLATION",
                "officeId", office, "accusedId", manager, "charges", List.of(4), "statement", "تأخیر در ارسال مدارک"))
                .text("caseId");
        for (String c : List.of(caseA, caseB)) {
            assertThat(call(gdToken(), HttpMethod.POST, cases(c) + "/referral", Map.of("boardId", primary)).status())
                    .isEqualTo(202);
        }
        Response incomplete = call(member("J1-P"), HttpMethod.POST, cases(caseA) + "/rulings", ruling("R-A1",
                List.of("J1-P", "J2-P"), 5, 3, 12));
        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(incomplete.text("code")).isEqualTo("A34_BOARD_INCOMPLETE");
        assertThat(call(member("J1-P"), HttpMethod.POST, cases(caseA) + "/rulings", ruling("R-A1",
                List.of("J1-P", "J2-P", "R-P"), 5, 3, 12)).status()).isEqualTo(201);
        assertThat(call(member("J1-P"), HttpMethod.POST, cases(caseB) + "/rulings", ruling("R-B1",
                List.of("J1-P", "J2-P", "R-P"), 5, 3, 4)).status()).isEqualTo(201);

        // A36: notified on Wednesday 1405/02/30; 20 days not counting that day, 14 and 15 Khordad counted as days
        Instant notified = Instant.parse("2026-05-20T08:00:00Z");
        clock.set(notified);
        call(gdToken(), HttpMethod.POST, cases(caseA) + "/rulings/R-A1/notification", null);
        call(gdToken(), HttpMethod.POST, cases(caseB) + "/rulings/R-B1/notification", null);
        JsonNode deadline = step(caseA, "RulingNotified").path("event").path("deadline");
        LocalDate due = LocalDate.parse(deadline.path("dueDate").asText());
        assertThat(due).isEqualTo(LocalDate.of(2026, 6, 10)).isEqualTo(LocalDate.of(2026, 5, 20).plusDays(21));

        clock.set(notified.plus(Duration.ofDays(19)));
        Response appealed = call(managerToken(), HttpMethod.POST, cases(caseA) + "/rulings/R-A1/appeal",
                Map.of("grounds", "مبلغ اضافه مسترد شده است"));
        assertThat(appealed.status()).as(appealed.body().toString()).isEqualTo(202);
        // A36: the Center head objects to the second ruling (so it does not become final by lapse meanwhile)
        clock.set(notified.plus(Duration.ofDays(20)));
        assertThat(call(token(HEAD + "-jwt", "CENTER_HEAD", null), HttpMethod.POST, cases(caseB) + "/rulings/R-B1/objection",
                Map.of("grounds", "مجازات با تخلف متناسب نیست")).status()).isEqualTo(202);
        clock.set(notified.plus(Duration.ofDays(22)));
        Response late = call(managerToken(), HttpMethod.POST, cases(caseB) + "/rulings/R-B1/appeal",
                Map.of("grounds", "اعتراض"));
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.text("code")).isEqualTo("A36_APPEAL_OUT_OF_TIME");
        assertThat(late.text("reason")).contains("2026-06-10", "1405/03/20");

        // A34: not before a board with a member who sat below; the Appeal Board confirms
        Instant confirmedAt = notified.plus(Duration.ofDays(25));
        clock.set(confirmedAt);
        Response sat = call(gdToken(), HttpMethod.POST, cases(caseA) + "/referral", Map.of("boardId", tainted));
        assertThat(sat.status()).isEqualTo(422);
        assertThat(sat.text("code")).isEqualTo("A34_MEMBER_SAT_ON_PRIMARY");
        assertThat(call(gdToken(), HttpMethod.POST, cases(caseA) + "/referral", Map.of("boardId", appeal)).status())
                .isEqualTo(202);
        assertThat(call(member("J1-A"), HttpMethod.POST, cases(caseA) + "/rulings", ruling("R-A2",
                List.of("J1-A", "J2-A", "R-A"), 5, 3, 12)).status()).isEqualTo(201);
        Instant until = Instant.parse("2026-09-14T08:00:00Z");
        assertThat(step(caseA, "RulingBecameFinal").path("event").path("suspendedUntil").asText()).isEqualTo(until.toString());

        // execution: the licence is suspended by the ruling, once; intake refused until the very end of the period
        Instant wait = Instant.now().plusSeconds(30);
        while (api.ok(GD, HttpMethod.GET, "/api/v1/offices/" + office + "/licence", null).body().path("suspendedUntil").isNull()
                && Instant.now().isBefore(wait)) {
            Thread.sleep(200);
        }
        Response refused = file();
        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(422);
        assertThat(refused.text("code")).isEqualTo("A22_LICENCE_NOT_IN_FORCE");
        assertThat(refused.text("reason")).contains("suspended until " + until);
        clock.set(until.minusSeconds(1));
        assertThat(file().status()).isEqualTo(422);
        clock.set(until);
        Response restored = file();
        assertThat(restored.status()).as(restored.body().toString()).isEqualTo(201);
        Integer executions = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND payload_type LIKE '%LicenceSuspendedByRuling'", Integer.class, office);
        assertThat(executions).isEqualTo(1);

        // the read side: the case's record, the docket, the office's history then and now
        awaitProjections();
        JsonNode openedStep = step(caseA, "DisciplinaryCaseOpened").path("event");
        assertThat(openedStep.path("charges").toString()).isEqualTo("[12]");
        assertThat(openedStep.path("evidenceEventIds").toString()).contains(rogue.getIdentifier());
        JsonNode docket = call(member("J2-P"), HttpMethod.GET, "/api/v1/discipline/boards/" + primary + "/docket", null).body();
        assertThat(docket.path("chairId").asText()).isEqualTo("J1-P-" + run);
        assertThat(docket.path("cases").findValuesAsText("caseId")).contains(caseA, caseB);
        JsonNode before = call(gdToken(), HttpMethod.GET, "/api/v1/discipline/offices/" + office + "/history?asOf="
                + notified.plus(Duration.ofDays(1)), null).body();
        JsonNode thenA = caseIn(before, caseA);
        assertThat(thenA.path("rulings")).hasSize(1);
        assertThat(thenA.path("rulings").get(0).path("state").asText()).isEqualTo("ISSUED");
        assertThat(thenA.path("rulings").get(0).path("appealed").asBoolean()).isFalse();
        JsonNode now = call(gdToken(), HttpMethod.GET, "/api/v1/discipline/offices/" + office + "/history?asOf="
                + until.plusSeconds(1), null).body();
        JsonNode nowA = caseIn(now, caseA);
        assertThat(nowA.path("rulings")).hasSize(2);
        assertThat(nowA.path("rulings").get(0).path("appealed").asBoolean()).isTrue();
        assertThat(nowA.path("rulings").get(1).path("state").asText()).isEqualTo("FINAL");
        assertThat(nowA.path("rulings").get(1).path("suspendedUntil").asText()).isEqualTo(until.toString());
    }

    // ---- the office, its filings ---------------------------------------------------------

    private void licensedAndStaffedOffice() {
        DisciplineCases.StaffedOffice staffed = DisciplineCases.licensedAndStaffedOffice(api, DisciplineCases.YAZD, office);
        manager = staffed.manager();
        clerk = staffed.clerk();
    }

    private Response file() {
        return call(clerkToken(), HttpMethod.POST, "/api/v1/filings", ApiClient.officePetition("300000000"));
    }

    // ---- boards and cases ----------------------------------------------------------------

    private String board(String level, String tag, String thirdSeat) {
        String id = "BRD-" + tag + "-" + run;
        DisciplineCases.board(api, id, level, "J1-" + tag + "-" + run, "J2-" + tag + "-" + run, "R-" + tag + "-" + run,
                thirdSeat);
        return id;
    }

    /** An Appeal Board on which a judge of the Primary Board sits. */
    private String taintedAppealBoard() {
        String id = "BRD-T-" + run;
        DisciplineCases.board(api, id, "APPEAL", "J3-T-" + run, "J2-P-" + run, "R-T-" + run, "GD_REPRESENTATIVE");
        return id;
    }

    private Map<String, Object> ruling(String rulingId, List<String> present, int degree, int months, int clause) {
        List<String> ids = present.stream().map(p -> p + "-" + run).toList();
        return Map.of("rulingId", rulingId, "presentMemberIds", ids, "inFavourIds", ids.subList(0, 2), "degree", degree,
                "suspensionMonths", months, "provenClauses", List.of(clause), "reasons", "تخلف احراز شد");
    }

    private static String cases(String caseId) {
        return "/api/v1/discipline/cases/" + caseId;
    }

    private JsonNode step(String caseId, String type) {
        return DisciplineCases.step(api, caseId, type);
    }

    private static JsonNode caseIn(JsonNode history, String caseId) {
        return StreamSupport.stream(history.path("cases").spliterator(), false)
                .filter(c -> c.path("caseId").asText().equals(caseId)).findFirst()
                .orElseThrow(() -> new AssertionError(caseId + " not in " + history));
    }

    // ---- who acts ------------------------------------------------------------------------

    private String clerkToken() {
        return token(clerk, "OFFICE_CLERK", office);
    }

    private String managerToken() {
        return token(manager, "OFFICE_MANAGER", office);
    }

    private String gdToken() {
        return token("dsc-gd", "GD_OFFICER", null);
    }

    private String inspectorToken() {
        return token("dsc-inspector", "INSPECTOR", null);
    }

    private String member(String tag) {
        return token(tag + "-" + run, "BOARD_MEMBER", null);
    }

    private static String token(String actorId, String role, String officeId) {
        return DisciplineCases.token(actorId, role, officeId);
    }

    private Response call(String token, HttpMethod method, String path, Object body) {
        return DisciplineCases.as(api, token, method, path, body);
    }
}
