package ir.daftar.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import ir.daftar.api.it.ApiClient.Response;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.office.StaffPosts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A15-A21 on PostgreSQL (ADR 0910): a hire carries the evidence of every condition and a failing one is refused 422
 * with its code, article and field, writing nothing; one person holds one post in one office at a time, also when
 * two offices hire them at the same moment.
 */
class StaffHiringIT extends PostgresIntegrationTest {

    private static final String GD = TestAccounts.username(ActorRole.GD_OFFICER);
    /** Offices established before the ledger are registered by the administrator (ADR 0920). */
    private static final String ADMIN = TestAccounts.username(ActorRole.ADMIN);

    @Autowired
    private StaffPosts posts;
    @Autowired
    private PlatformTransactionManager transactions;

    private String office(String name) {
        String office = "OFF-HIRE-" + UUID.randomUUID().toString().substring(0, 8);
        api.ok(ADMIN, HttpMethod.POST, "/api/v1/offices", Map.of("officeId", office, "name", name, "origin", "NEW",
                "province", "تهران", "city", "تهران"));
        return office;
    }

    private static String person() {
        return LicenceIT.nationalCode("07" + String.valueOf(1_000_000 + (int) (Math.random() * 8_999_999)).substring(0, 7));
    }

    private Integer claims(String nationalCode) {
        return jdbc.queryForObject("SELECT count(*) FROM staff_post WHERE national_code = ?", Integer.class, nationalCode);
    }

    @Test
    void a_hire_records_the_evidence_and_answers_the_hiring_day_and_the_a17_priority_note() {
        String office = office("دفتر آزمون استخدام");
        String manager = person();
        Map<String, Object> body = StaffEvidence.hire(manager, "مدیر آزمون", "MANAGER");
        StaffEvidence.part(body, "qualifications").put("servicePriority", "سابقه خدمت تأییدشده ۱۴۰۵/۹۹");

        Response hired = api.call(GD, HttpMethod.POST, "/api/v1/offices/" + office + "/staff", body);

        assertThat(hired.status()).as(hired.body().toString()).isEqualTo(201);
        assertThat(hired.text("role")).isEqualTo("MANAGER");
        assertThat(hired.text("hiredOn")).matches("1[34]\\d\\d/\\d\\d/\\d\\d");
        assertThat(hired.text("servicePriority")).isEqualTo("سابقه خدمت تأییدشده ۱۴۰۵/۹۹");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND payload_type LIKE '%StaffEligibilityVerified'", Integer.class, office)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT office_id FROM staff_post WHERE national_code = ?", String.class, manager))
                .isEqualTo(office);

        // the GD's vetting record shows the evidence and the priority note; office staff may not read it
        Response vetting = api.call(GD, HttpMethod.GET, "/api/v1/offices/" + office + "/vetting", null);
        assertThat(vetting.status()).as(vetting.body().toString()).isEqualTo(200);
        assertThat(vetting.body()).hasSize(1);
        assertThat(vetting.body().get(0).path("nationalCode").asText()).isEqualTo(manager);
        assertThat(vetting.body().get(0).path("servicePriority").asText()).isEqualTo("سابقه خدمت تأییدشده ۱۴۰۵/۹۹");
        assertThat(vetting.body().get(0).path("hiredOn").asText()).isEqualTo(hired.text("hiredOn"));
        assertThat(vetting.body().get(0).path("eligibility").path("qualifications").path("birthDate").asText())
                .isEqualTo("1365/04/12");
        assertThat(vetting.body().get(0).path("current").asBoolean()).isTrue();
        assertThat(api.call(TestAccounts.username(ActorRole.OFFICE_CLERK), HttpMethod.GET,
                "/api/v1/offices/" + office + "/vetting", null).status()).isEqualTo(403);
        assertThat(api.call(GD, HttpMethod.GET, "/api/v1/offices/OFF-NO-SUCH/vetting", null).status()).isEqualTo(404);
    }

    @Test
    void a_failing_condition_is_refused_with_its_code_article_and_field_and_writes_nothing() {
        String office = office("دفتر آزمون شرایط");
        String clerk = person();
        long events = eventCount();

        Map<String, Object> young = StaffEvidence.hire(clerk, "کارمند جوان", "CLERK");
        StaffEvidence.part(young, "qualifications").put("birthDate", "1395/01/01");
        assertRefused(api.call(GD, HttpMethod.POST, "/api/v1/offices/" + office + "/staff", young),
                "A20_AGE", "A20", "eligibility.qualifications.birthDate");

        Map<String, Object> record = StaffEvidence.hire(clerk, "کارمند", "CLERK");
        StaffEvidence.part(record, "general").remove("noCriminalRecord");
        assertRefused(api.call(GD, HttpMethod.POST, "/api/v1/offices/" + office + "/staff", record),
                "A16_CRIMINAL_RECORD", "A16", "eligibility.general.noCriminalRecord");

        Map<String, Object> merchant = StaffEvidence.hire(clerk, "کارمند", "CLERK");
        StaffEvidence.part(merchant, "prohibitions").put("merchant", true);
        assertRefused(api.call(GD, HttpMethod.POST, "/api/v1/offices/" + office + "/staff", merchant),
                "A21_MERCHANT", "A21", "eligibility.prohibitions.merchant");

        Map<String, Object> inexperienced = StaffEvidence.hire(clerk, "مدیر", "MANAGER");
        StaffEvidence.part(inexperienced, "qualifications").put("relevantExperienceYears", 3);
        assertRefused(api.call(GD, HttpMethod.POST, "/api/v1/offices/" + office + "/staff", inexperienced),
                "A17_EXPERIENCE", "A17", "eligibility.qualifications.relevantExperienceYears");

        Map<String, Object> notADate = StaffEvidence.hire(clerk, "کارمند", "CLERK");
        StaffEvidence.part(notADate, "qualifications").put("birthDate", "1370/13/40");
        Response malformed = api.call(GD, HttpMethod.POST, "/api/v1/offices/" + office + "/staff", notADate);
        assertThat(malformed.status()).as(malformed.body().toString()).isEqualTo(400);
        assertThat(malformed.body().path("errors").get(0).path("field").asText())
                .isEqualTo("eligibility.qualifications.birthDate");

        Map<String, Object> undeclared = StaffEvidence.hire(clerk, "کارمند", "CLERK");
        StaffEvidence.part(undeclared, "prohibitions").remove("governmentEmployee");
        Response missing = api.call(GD, HttpMethod.POST, "/api/v1/offices/" + office + "/staff", undeclared);
        assertThat(missing.status()).as(missing.body().toString()).isEqualTo(400);
        assertThat(missing.body().toString()).contains("eligibility.prohibitions.governmentEmployee");

        assertThat(eventCount()).isEqualTo(events);
        assertThat(claims(clerk)).isZero();
    }

    private static void assertRefused(Response r, String code, String article, String field) {
        assertThat(r.status()).as(r.body().toString()).isEqualTo(422);
        assertThat(r.text("code")).isEqualTo(code);
        assertThat(r.text("article")).isEqualTo(article);
        assertThat(r.text("field")).isEqualTo(field);
    }

    @Test
    void a_person_working_in_one_office_is_hired_by_another_only_after_leaving_the_first() {
        String first = office("دفتر اول");
        String second = office("دفتر دوم");
        String clerk = person();
        api.ok(GD, HttpMethod.POST, "/api/v1/offices/" + first + "/staff", StaffEvidence.hire(clerk, "کارمند", "CLERK"));

        Response refused = api.call(GD, HttpMethod.POST, "/api/v1/offices/" + second + "/staff",
                StaffEvidence.hire(clerk, "کارمند", "LEGAL_EXPERT"));
        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(422);
        assertThat(refused.text("code")).isEqualTo("A15_STAFF_IN_ANOTHER_OFFICE");
        assertThat(refused.text("field")).isEqualTo("nationalCode");

        api.ok(GD, HttpMethod.DELETE, "/api/v1/offices/" + first + "/staff/" + clerk + "?reason=انتقال", null);
        assertThat(claims(clerk)).isZero();
        Response hired = api.call(GD, HttpMethod.POST, "/api/v1/offices/" + second + "/staff",
                StaffEvidence.hire(clerk, "کارمند", "LEGAL_EXPERT"));
        assertThat(hired.status()).as(hired.body().toString()).isEqualTo(201);
        assertThat(jdbc.queryForObject("SELECT office_id FROM staff_post WHERE national_code = ?", String.class, clerk))
                .isEqualTo(second);
    }

    @Test
    void two_offices_hiring_the_same_person_at_the_same_moment_exactly_one_succeeds() throws Exception {
        String first = office("دفتر همزمان اول");
        String second = office("دفتر همزمان دوم");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 8; round++) {
                String clerk = person();
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Response>> answers = new ArrayList<>();
                for (String office : List.of(first, second)) {
                    answers.add(pool.submit(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        return api.call(GD, HttpMethod.POST, "/api/v1/offices/" + office + "/staff",
                                StaffEvidence.hire(clerk, "کارمند همزمان", "CLERK"));
                    }));
                }
                List<Integer> statuses = new ArrayList<>();
                List<String> codes = new ArrayList<>();
                for (Future<Response> answer : answers) {
                    Response r = answer.get(60, TimeUnit.SECONDS);
                    statuses.add(r.status());
                    if (r.status() != 201) {
                        codes.add(r.text("code"));
                    }
                }
                assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(201, 422);
                assertThat(codes).containsExactly("A15_STAFF_IN_ANOTHER_OFFICE");
                assertThat(claims(clerk)).isEqualTo(1);
                assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier IN (?, ?) "
                        + "AND payload_type LIKE '%StaffMemberAppointed' AND convert_from(payload, 'UTF8') LIKE ?",
                        Integer.class, first, second, "%" + clerk + "%")).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The store's part, with the overlap forced: the second claim waits on the first transaction's uncommitted row
     * and, once it commits, finds it; had the first rolled back, the second would have claimed.
     */
    @Test
    void a_claim_waits_for_a_concurrent_uncommitted_claim_and_sees_its_outcome() throws Exception {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        String committed = person();
        String rolledBack = person();
        for (String person : List.of(committed, rolledBack)) {
            CountDownLatch claimedByFirst = new CountDownLatch(1);
            CountDownLatch secondStarted = new CountDownLatch(1);
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<?> first = pool.submit(() -> tx.executeWithoutResult(status -> {
                    assertThat(posts.claim(person, "OFF-A")).isEmpty();
                    claimedByFirst.countDown();
                    try {
                        secondStarted.await(10, TimeUnit.SECONDS);
                        Thread.sleep(300); // the second claim is now waiting on this row
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    if (person.equals(rolledBack)) {
                        status.setRollbackOnly();
                    }
                }));
                assertThat(claimedByFirst.await(10, TimeUnit.SECONDS)).isTrue();
                Optional<String> second = tx.execute(status -> {
                    secondStarted.countDown();
                    return posts.claim(person, "OFF-B");
                });
                first.get(10, TimeUnit.SECONDS);
                if (person.equals(committed)) {
                    assertThat(second).contains("OFF-A");
                } else {
                    assertThat(second).isEmpty();
                    assertThat(jdbc.queryForObject("SELECT office_id FROM staff_post WHERE national_code = ?", String.class,
                            person)).isEqualTo("OFF-B");
                }
            } finally {
                pool.shutdownNow();
                jdbc.update("DELETE FROM staff_post WHERE national_code = ?", person);
            }
        }
    }
}
