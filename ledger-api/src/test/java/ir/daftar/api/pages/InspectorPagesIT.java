package ir.daftar.api.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ir.daftar.api.it.KanoonOrders;
import ir.daftar.core.calendar.JalaliDate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.http.HttpMethod;

/**
 * The inspector's journey in a real browser (issue 15, A28/A33/A37): opening an inspection of an office with the
 * period typed in Jalali, replaying the office's activity with the progress bar fed by the streamed replay up to
 * 100 %, the findings with the events that prove them, accepting one, the replay without JavaScript, the printable
 * report, and a filing as it was before its tracking code was issued.
 */
class InspectorPagesIT extends BrowserTest {

    /** A Jalali date and time with Persian digits, e.g. ۱۴۰۵/۰۹/۱۲ ۱۰:۳۰. */
    private static final Pattern JALALI = Pattern.compile("۱۴[۰-۹]{2}/[۰-۹]{2}/[۰-۹]{2} [۰-۹]{2}:[۰-۹]{2}");
    private static final String UNANSWERED = "درخواست بازرسان تا پایان مهلت پاسخ داده نشد (بند ۹ ماده ۳۷).";

    private static String persian(String digits) {
        StringBuilder out = new StringBuilder();
        digits.chars().forEach(c -> out.append(c >= '0' && c <= '9' ? (char) ('۰' + c - '0') : (char) c));
        return out.toString();
    }

    @Test
    void an_inspector_opens_an_inspection_replays_the_office_to_100_percent_opens_a_finding_and_accepts_it()
            throws Exception {
        // the office's activity: two filings to submission
        String[] first = api.officeRouteToSubmission("clerk1001", "legal1001");
        String[] second = api.officeRouteToSubmission("clerk1001", "legal1001");
        // A37-9: an earlier inspection asked the office twice, with deadlines that run out unanswered
        String earlier = KanoonOrders.open(api, "inspector1", List.of("0511111118"), Map.of("kind", "PERIODIC",
                "officeId", "OFF-1001",
                "periodFrom", Instant.now().minus(Duration.ofDays(30)).toString(),
                "periodTo", Instant.now().minusSeconds(1).toString())).text("inspectionId");
        String late = "REQ-" + UUID.randomUUID().toString().substring(0, 8);
        String other = "REQ-" + UUID.randomUUID().toString().substring(0, 8);
        Instant deadline = Instant.now().plusSeconds(2);
        for (String request : new String[] {late, other}) {
            api.ok("inspector1", HttpMethod.POST, "/api/v1/inspections/" + earlier + "/requests", Map.of("requestId", request,
                    "text", "فهرست قبوض صادره در دوره", "deadline", deadline.toString()));
        }
        while (!Instant.now().isAfter(deadline.plusMillis(500))) {
            Thread.sleep(200);
        }
        awaitProjections();

        // my inspections; open one of OFF-1001 from yesterday (typed in Jalali, Persian digits) to now (Gregorian)
        assertThat(signIn("inspector1")).isEqualTo("/inspector");
        assertThat(text("h1")).isEqualTo("بازرسی‌های من");
        assertThat(mainText()).contains("بازرسی ادواری");
        check("inspector-inspections");
        LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Tehran")).minusDays(1);
        JalaliDate from = JalaliDate.of(yesterday);
        String fromTyped = persian(String.format("%04d/%02d/%02d", from.year(), from.month(), from.day()));
        // ADR 1300: the board of Tehran's Kanoon ordered this inspection, by inspector1, over exactly this period
        Instant to = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String order = KanoonOrders.order(api, "AD_HOC", "OFF-1001",
                yesterday.atStartOfDay(ZoneId.of("Asia/Tehran")).toInstant().toString(), to.toString(),
                List.of("0511111118"));
        type("orderId", order);
        new Select(browser.findElement(By.id("kind"))).selectByValue("AD_HOC");
        type("officeId", "OFF-1001");
        type("periodFrom", fromTyped);
        type("periodTo", to.toString());
        submit("#open-form");
        waiting.until(d -> d.getCurrentUrl().matches(".*/inspector/inspections/[0-9a-f\\-]{36}$"));
        String inspection = path().substring("/inspector/inspections/".length());
        assertThat(text("h1")).contains("بازرسی موردی", "OFF-1001");
        assertThat(text("#inspection-state")).isEqualTo("باز");
        assertThat(texts("#inspection-facts time")).hasSize(2).allMatch(t -> JALALI.matcher(t).matches());
        assertThat(texts("#inspection-facts time").get(0)).startsWith(fromTyped + " ۰۰:۰۰");

        // the replay: the progress bar fed by the stream reaches its maximum, the text says ۱۰۰٪
        WebElement bar = browser.findElement(By.id("replay-bar"));
        assertThat(bar.isDisplayed()).isFalse();
        submit("#replay-form");
        waiting.until(d -> !d.findElement(By.id("replay-summary")).getText().isEmpty());
        assertThat(bar.getAttribute("value")).isEqualTo(bar.getAttribute("max")).isEqualTo("100");
        assertThat(text("#replay-percent")).isEqualTo("۱۰۰٪");
        assertThat(text("#replay-summary")).startsWith("بازسازی کامل شد:").contains("یافته");
        check("inspector-inspection");

        // the findings: the two unanswered requests, each with the event that proves it
        WebElement finding = browser.findElements(By.cssSelector("#findings .finding")).stream()
                .filter(f -> f.getText().contains(late)).findFirst().orElseThrow();
        assertThat(finding.getText()).contains(UNANSWERED, "تصمیم‌گیری نشده");
        assertThat(texts("#findings .finding")).anyMatch(t -> t.contains(other));
        WebElement evidence = finding.findElement(By.cssSelector(".evidence-link"));
        assertThat(evidence.getText()).startsWith("درخواست بازرسان به دفتر فرستاده شد #");
        String eventAnchor = evidence.getAttribute("href").substring(evidence.getAttribute("href").indexOf('#') + 1);

        // a finding's evidence: the request as recorded in the ledger, by whom and when
        evidence.click();
        waiting.until(d -> d.getCurrentUrl().contains("/findings/"));
        assertThat(text("h1")).isEqualTo(UNANSWERED);
        WebElement event = browser.findElement(By.id(eventAnchor));
        assertThat(event.getAttribute("data-event")).isEqualTo("RequestSentToOffice");
        assertThat(event.findElement(By.cssSelector("h3")).getText()).isEqualTo("درخواست بازرسان به دفتر فرستاده شد");
        assertThat(event.getText()).contains("بازرس", earlier);
        assertThat(event.findElement(By.cssSelector("time")).getText()).matches(JALALI);
        event.findElement(By.cssSelector("summary")).click();
        assertThat(event.findElement(By.cssSelector(".payload")).getText()).contains(late, "فهرست قبوض صادره در دوره");
        assertThat(text("#finding-facts")).contains(late, "ماده ۳۷", "تصمیم‌گیری نشده");
        check("inspector-finding");

        // A33: a decision without a reason is refused beside the field; with one, the finding is accepted
        submit("#accept-form");
        waiting.until(d -> !d.findElements(By.cssSelector(".field-error, .problem")).isEmpty());
        assertThat(mainText()).contains("ماده ۳۳");
        type("accept-reason", "مهلت پاسخ به درخواست بازرسان گذشت و پاسخی ثبت نشد.");
        submit("#accept-form");
        waiting.until(d -> !d.findElements(By.cssSelector(".done")).isEmpty());
        assertThat(text(".done")).isEqualTo("یافته پذیرفته شد و در گزارش می‌آید.");
        assertThat(text("#finding-facts .decision")).isEqualTo("پذیرفته شد");
        assertThat(text("#finding-facts .reason")).isEqualTo("مهلت پاسخ به درخواست بازرسان گذشت و پاسخی ثبت نشد.");
        assertThat(browser.findElements(By.id("accept-form"))).isEmpty();
        browser.findElement(By.cssSelector("main > p > a")).click();
        waiting.until(d -> d.getCurrentUrl().endsWith("/inspector/inspections/" + inspection));
        assertThat(browser.findElements(By.cssSelector("#findings .finding")).stream()
                .filter(f -> f.getText().contains(late)).findFirst().orElseThrow()
                .findElement(By.cssSelector(".decision")).getText()).isEqualTo("پذیرفته شد");

        // the replay without JavaScript: the same stream read on the server, the office's acts listed
        open("/inspector/inspections/" + inspection + "/replay/result");
        assertThat(browser.findElement(By.id("replay-bar")).getAttribute("value")).isEqualTo("100");
        assertThat(text("#replay-percent")).isEqualTo("۱۰۰٪");
        assertThat(texts("#activity tbody tr[data-event=TrackingCodeIssued]")).anyMatch(t -> t.contains(second[0]));
        assertThat(texts("#activity tbody tr[data-event=SubmittedToCompetentAuthority] td:first-child"))
                .isNotEmpty().allMatch(t -> JALALI.matcher(t).matches());

        // the report, as the API prints it, reached with the page's session
        open("/inspector/inspections/" + inspection);
        browser.findElement(By.id("report-link")).click();
        waiting.until(d -> d.getCurrentUrl().endsWith("/report.html"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(mainOrBody()).contains("گزارش بازرسی", "OFF-1001", UNANSWERED.substring(0, 20));
        // its own styles apply (its content security policy, not the pages', allows them)
        assertThat(((JavascriptExecutor) browser).executeScript("return getComputedStyle(document.querySelector('h1')).fontSize"))
                .isEqualTo("22px");

        // as of an instant just before the second filing's tracking code: not yet issued then, submitted now
        JsonNode history = api.ok("clerk1001", HttpMethod.GET, "/api/v1/filings/" + second[0] + "/history", null).body();
        Instant issued = null;
        for (JsonNode e : history.path("entries")) {
            if ("TrackingCodeIssued".equals(e.path("eventType").asText())) {
                issued = Instant.parse(e.path("recordedAt").asText());
            }
        }
        assertThat(issued).isNotNull();
        open("/inspector/inspections/" + inspection);
        browser.findElement(By.id("as-of-link")).click();
        waiting.until(d -> d.getCurrentUrl().endsWith("/as-of"));
        check("inspector-as-of-form");
        type("at", issued.minus(1, ChronoUnit.MICROS).toString());
        browser.findElement(By.id("view-filing")).click();
        type("filingId", second[0]);
        submit("#as-of-form");
        waiting.until(d -> !d.findElements(By.id("as-of-filing")).isEmpty());
        assertThat(text("#as-of-now .status")).isEqualTo("ارسال‌شده به مرجع صالح");
        assertThat(text("#as-of-now .facts")).contains(persian(second[1]));
        assertThat(text("#as-of-then .status")).isNotEqualTo(text("#as-of-now .status")).isEqualTo("هزینه دادرسی پرداخت شد");
        assertThat(text("#as-of-then")).doesNotContain(persian(second[1]), "کد رهگیری صادر شد");
        assertThat(texts("#as-of-now .step")).contains("کد رهگیری صادر شد", "به مرجع صالح ارسال شد");
        assertThat(text("#as-of-filing h2 time")).matches(JALALI);
        check("inspector-as-of");

        // the office's queue as of an instant typed in Jalali with Persian digits: the first filing is gone by then
        JalaliDate today = JalaliDate.of(LocalDate.now(ZoneId.of("Asia/Tehran")));
        type("at", persian(String.format("%04d/%02d/%02d 23:59", today.year(), today.month(), today.day())));
        browser.findElement(By.id("view-queue")).click();
        submit("#as-of-form");
        waiting.until(d -> !d.findElements(By.id("as-of-queue")).isEmpty());
        assertThat(text("#as-of-queue h2 time")).endsWith("۲۳:۵۹");
        assertThat(text("#as-of-queue")).doesNotContain(first[0], second[0]);

        // another inspector does not see this inspection (A28)
        browser.findElement(By.cssSelector("header form button")).click();
        waiting.until(d -> d.getCurrentUrl().contains("/login"));
        signIn("inspector2");
        open("/inspector/inspections/" + inspection);
        assertThat(text("h1")).isEqualTo("یافت نشد");
    }

    private String mainOrBody() {
        return browser.findElement(By.tagName("body")).getText();
    }
}
