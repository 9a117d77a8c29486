package ir.daftar.api.it;

import static ir.daftar.api.it.ApiClient.APPLICANT_CODE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ir.daftar.core.calendar.JalaliDate;
import ir.daftar.core.calendar.TehranTime;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/**
 * ADR 0800 over HTTP on PostgreSQL: a deadline computed with a provisional lunar holiday says so; the
 * administrator loads the official list of the year, which puts that holiday a day later; the open
 * deadline is computed again as a new event, the first one stays in the case history, and the
 * recipient's inbox shows the change. The dates depend on the day the test runs: it picks the next
 * provisional lunar holiday that falls on a weekday.
 */
class HolidayDeadlinesIT extends PostgresIntegrationTest {

    @LocalServerPort
    int port;

    /** The applicant's inbox page, in English and then in Persian. */
    private List<String> inboxPages() {
        PageClient browser = new PageClient(port, "10.80.0.1").signIn("applicant", ApiClient.PASSWORD);
        String en = browser.get("/my/notices").body();
        browser.get("/lang/fa?back=/my/notices");
        return List.of(en, browser.get("/my/notices").body());
    }

    record Chosen(int year, LocalDate day, String holiday, JsonNode listed) {
    }

    /** The next provisional lunar holiday on a weekday whose next day is not a holiday, at least two days from today. */
    private Chosen nextProvisionalHoliday(LocalDate today) {
        int thisYear = JalaliDate.of(today).year();
        for (int year = thisYear; year <= thisYear + 1; year++) {
            JsonNode holidays = api.ok("admin", HttpMethod.GET, "/api/v1/admin/holidays/" + year, null).body().path("holidays");
            Set<LocalDate> days = new HashSet<>();
            holidays.forEach(h -> days.add(LocalDate.parse(h.path("date").asText())));
            for (JsonNode h : holidays) {
                LocalDate day = LocalDate.parse(h.path("date").asText());
                if ("PROVISIONAL".equals(h.path("status").asText()) && day.isAfter(today.plusDays(2))
                        && day.getDayOfWeek() != DayOfWeek.FRIDAY && !days.contains(day.plusDays(1))
                        && JalaliDate.of(day.plusDays(1)).year() == year) {
                    return new Chosen(year, day, h.path("lunar").asText(), holidays);
                }
            }
        }
        throw new AssertionError("no provisional lunar holiday in the coming year");
    }

    @Test
    void adr0800_an_official_correction_recomputes_the_open_deadline_as_a_new_event_and_the_inbox_shows_it()
            throws Exception {
        LocalDate today = TehranTime.dayOf(Instant.now());
        Chosen chosen = nextProvisionalHoliday(today);
        int days = (int) ChronoUnit.DAYS.between(today, chosen.day()) - 1;

        // a deadline whose last day would be the provisional holiday
        String filing = api.officeRouteToSubmission("clerk1001", "legal1001")[0];
        String notice = api.ok("court", HttpMethod.POST, "/api/v1/notices", Map.of("filingId", filing,
                "kind", "SUMMONS", "recipient", Map.of("role", "APPLICANT", "nationalCode", APPLICANT_CODE),
                "text", "ابلاغ رأی؛ مهلت تجدیدنظرخواهی", "deadline", Map.of("kind", "APPEAL", "days", days)))
                .text("noticeId");
        JsonNode before = api.ok("court", HttpMethod.POST, "/api/v1/notices/" + notice + "/deposit", null).body()
                .path("deadline");
        assertThat(LocalDate.parse(before.path("serviceDate").asText())).isEqualTo(today);
        assertThat(before.path("restsOnProvisionalHoliday").asBoolean()).as(before.toString()).isTrue();
        assertThat(before.path("provisionalHolidays").get(0).asText()).isEqualTo(chosen.day().toString());
        assertThat(before.path("provisionalHolidaysJalali").get(0).asText()).isEqualTo(JalaliDate.of(chosen.day()).toString());
        LocalDate dueBefore = LocalDate.parse(before.path("dueDate").asText());
        assertThat(dueBefore).isAfter(chosen.day());
        String versionBefore = before.path("holidayListVersion").asText();
        assertThat(versionBefore).startsWith("hl-");
        awaitProjections();
        List<String> pagesBefore = inboxPages();
        assertThat(pagesBefore.get(0)).contains("This deadline rests on a provisional lunar holiday");
        assertThat(pagesBefore.get(1)).contains("بر تعطیل قمری پیش‌بینی‌شده");

        // the official list of the year: every holiday as listed now, but the chosen one a day later
        List<Map<String, Object>> official = new ArrayList<>();
        for (JsonNode h : chosen.listed()) {
            LocalDate day = LocalDate.parse(h.path("date").asText());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("date", JalaliDate.of(day.equals(chosen.day()) ? day.plusDays(1) : day).toString());
            entry.put("name", h.path("name").asText());
            if (!h.path("lunar").isNull() && !h.path("lunar").isMissingNode()) {
                entry.put("lunar", h.path("lunar").asText());
            }
            official.add(entry);
        }
        String source = "تقویم رسمی " + chosen.year() + "، مرکز تقویم مؤسسه ژئوفیزیک دانشگاه تهران";
        JsonNode loaded = api.ok("admin", HttpMethod.POST, "/api/v1/admin/holidays/" + chosen.year(),
                Map.of("sourceDocument", source, "holidays", official)).body();
        assertThat(loaded.path("year").asInt()).isEqualTo(chosen.year());
        assertThat(loaded.path("revision").asInt()).isEqualTo(1);

        // the difference is shown
        JsonNode year = api.ok("admin", HttpMethod.GET, "/api/v1/admin/holidays/" + chosen.year(), null).body();
        assertThat(year.path("source").path("kind").asText()).isEqualTo("LOADED");
        assertThat(year.path("source").path("sourceDocument").asText()).isEqualTo(source);
        assertThat(year.path("source").path("loadedBy").asText()).isEqualTo("ADMIN-1");
        JsonNode moved = null;
        for (JsonNode l : year.path("lunar")) {
            if (l.path("holiday").asText().equals(chosen.holiday()) && l.path("provisionalDate").asText()
                    .equals(chosen.day().toString())) {
                moved = l;
            }
        }
        assertThat(moved).as(year.path("lunar").toString()).isNotNull();
        assertThat(moved.path("status").asText()).isEqualTo("MOVED");
        assertThat(moved.path("differenceDays").asInt()).isEqualTo(1);
        String versionAfter = year.path("holidayListVersion").asText();
        assertThat(versionAfter).isNotEqualTo(versionBefore);

        // the open deadline is computed again, by the system, as a new event
        JsonNode deadline = awaitRecomputed(notice);
        assertThat(LocalDate.parse(deadline.path("dueDate").asText())).isEqualTo(chosen.day());
        assertThat(LocalDate.parse(deadline.path("previousDueDate").asText())).isEqualTo(dueBefore);
        assertThat(deadline.path("restsOnProvisionalHoliday").asBoolean()).isFalse();
        assertThat(deadline.path("holidayListVersion").asText()).isEqualTo(versionAfter);

        JsonNode inbox = api.ok("applicant", HttpMethod.GET, "/api/v1/notices/inbox", null).body().path("notices");
        JsonNode mine = null;
        for (JsonNode n : inbox) {
            if (n.path("noticeId").asText().equals(notice)) {
                mine = n;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.path("deadline").path("previousDueDateJalali").asText()).isEqualTo(JalaliDate.of(dueBefore).toString());
        assertThat(mine.path("deadline").path("dueDateJalali").asText()).isEqualTo(JalaliDate.of(chosen.day()).toString());
        List<String> pagesAfter = inboxPages();
        assertThat(pagesAfter.get(0)).contains("The deadline was computed again after the official holiday list was corrected")
                .doesNotContain("rests on a provisional lunar holiday");
        assertThat(pagesAfter.get(1)).contains("مهلت پس از اصلاح فهرست رسمی تعطیلات دوباره محاسبه شد");

        awaitProjections();
        JsonNode entries = api.ok("court", HttpMethod.GET, "/api/v1/filings/" + filing + "/history", null)
                .body().path("entries");
        List<String> types = new ArrayList<>();
        Map<String, JsonNode> byType = new HashMap<>();
        entries.forEach(e -> {
            types.add(e.path("eventType").asText());
            byType.put(e.path("eventType").asText(), e);
        });
        assertThat(types).endsWith("NoticeIssued", "NoticeDeposited", "DeadlineRecomputed");
        assertThat(byType.get("DeadlineRecomputed").path("actorRole").asText()).isEqualTo("SYSTEM");

        // loading the same list again changes no date: nothing more is recorded
        assertThat(api.ok("admin", HttpMethod.POST, "/api/v1/admin/holidays/" + chosen.year(),
                Map.of("sourceDocument", source, "holidays", official)).body().path("revision").asInt()).isEqualTo(2);
        Thread.sleep(1000);
        awaitProjections();
        JsonNode again = api.ok("court", HttpMethod.GET, "/api/v1/filings/" + filing + "/history", null)
                .body().path("entries");
        assertThat(again.size()).isEqualTo(entries.size());
    }

    @Test
    void adr0800_a_list_with_a_day_outside_its_year_is_refused_naming_the_rule_and_writes_nothing() {
        ApiClient.Response r = api.call("admin", HttpMethod.POST, "/api/v1/admin/holidays/1405", Map.of(
                "sourceDocument", "تقویم رسمی ۱۴۰۵", "holidays", List.of(Map.of("date", "1404/04/15", "name", "عاشورا",
                        "lunar", "ASHURA"))));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.body().path("code").asText()).isEqualTo("A8_HOLIDAY_OUTSIDE_YEAR");

        ApiClient.Response bad = api.call("admin", HttpMethod.POST, "/api/v1/admin/holidays/1405", Map.of(
                "sourceDocument", "تقویم رسمی ۱۴۰۵", "holidays", List.of(Map.of("date", "1405/13/40"))));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().toString()).contains("holidays[0].date");

        ApiClient.Response court = api.call("court", HttpMethod.POST, "/api/v1/admin/holidays/1405", Map.of(
                "sourceDocument", "x", "holidays", List.of(Map.of("date", "1405/01/01"))));
        assertThat(court.status()).isEqualTo(403);
    }

    private JsonNode awaitRecomputed(String notice) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(30);
        while (true) {
            // 404 until the notices read model has the notice
            ApiClient.Response r = api.call("court", HttpMethod.GET, "/api/v1/notices/" + notice, null);
            JsonNode d = r.body() == null ? null : r.body().path("deadline");
            if (r.status() == 200 && !d.path("previousDueDate").isNull() && !d.path("previousDueDate").isMissingNode()) {
                return d;
            }
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("the deadline was not recomputed: " + d);
            }
            Thread.sleep(100);
        }
    }
}
