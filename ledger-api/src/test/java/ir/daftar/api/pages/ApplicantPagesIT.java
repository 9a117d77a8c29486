package ir.daftar.api.pages;

import static org.assertj.core.api.Assertions.assertThat;

import ir.daftar.api.it.ApiClient;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.http.HttpMethod;

/**
 * The applicant's journey in a real browser (issue 15): the public status page, sign-in, my filings, a filing's
 * timeline, the notice inbox, opening a notice (A8: service), changing the mobile (A7) and who read my case (A12).
 */
class ApplicantPagesIT extends BrowserTest {

    /** A Jalali date and time with Persian digits, e.g. ۱۴۰۵/۰۹/۱۲ ۱۰:۳۰. */
    private static final Pattern JALALI = Pattern.compile("۱۴[۰-۹]{2}/[۰-۹]{2}/[۰-۹]{2} [۰-۹]{2}:[۰-۹]{2}");

    private static String persian(String digits) {
        StringBuilder out = new StringBuilder();
        digits.chars().forEach(c -> out.append(c >= '0' && c <= '9' ? (char) ('۰' + c - '0') : (char) c));
        return out.toString();
    }

    @Test
    void an_applicant_tracks_a_case_signs_in_reads_its_timeline_opens_a_notice_and_changes_the_mobile() throws Exception {
        String[] filing = api.officeRouteToSubmission("clerk1001", "legal1001");
        String filingId = filing[0];
        String code = filing[1];
        String notice = api.ok("court", HttpMethod.POST, "/api/v1/notices", Map.of("filingId", filingId,
                "kind", "HEARING_DATE", "recipient", Map.of("role", "APPLICANT", "nationalCode", ApiClient.APPLICANT_CODE,
                        "name", "زهرا احمدی"),
                "text", "وقت رسیدگی: ۱۴۰۵/۱۰/۱۰ ساعت ۹ صبح، شعبه ۱۲", "documentSha256", List.of(ApiClient.SIGNED_FORM),
                "deadline", Map.of("kind", "REPLY", "days", 10))).text("noticeId");
        api.ok("court", HttpMethod.POST, "/api/v1/notices/" + notice + "/deposit", null);
        awaitProjections();

        // the public status page, without signing in: Persian, right to left
        open("/");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(text("h1")).isEqualTo("پیگیری وضعیت پرونده");
        check("status");
        type("trackingCode", persian(code));
        type("nationalCode", ApiClient.APPLICANT_CODE);
        submit("main form");
        waiting.until(d -> !d.findElements(By.cssSelector(".answer")).isEmpty());
        assertThat(text(".answer .status")).isEqualTo("ارسال‌شده به مرجع صالح");
        assertThat(text(".answer bdi.code")).isEqualTo(persian(code));
        assertThat(texts(".answer .timeline .step")).contains("کد رهگیری صادر شد", "به مرجع صالح ارسال شد");
        assertThat(text(".answer .timeline time")).matches(JALALI);
        assertThat(browser.findElement(By.cssSelector(".answer .timeline time")).getAttribute("title"))
                .matches("20\\d\\d-\\d\\d-\\d\\d \\d\\d:\\d\\d");
        check("status-answer");

        // a wrong national code reads as an unknown code (no oracle), beside nothing but the form
        type("trackingCode", code);
        type("nationalCode", "0091234565");
        submit("main form");
        waiting.until(d -> !d.findElements(By.cssSelector(".problem")).isEmpty());
        assertThat(browser.findElements(By.cssSelector(".answer"))).isEmpty();
        assertThat(text(".problem .title")).isEqualTo("یافت نشد");

        // a visitor's bar is rendered once per language and address, then reused (VisitorChrome): this one is the
        // reused bar of /status, so its switch comes back here, in either language, and its sign-in link is there
        assertThat(text("header a[href='/login']")).isEqualTo("ورود");
        assertThat(browser.findElement(By.cssSelector("a.lang")).getAttribute("href")).contains("/lang/en?back=")
                .endsWith("/status");
        browser.findElement(By.cssSelector("a.lang")).click();
        waiting.until(d -> "ltr".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
        assertThat(path()).isEqualTo("/status");
        assertThat(text("h1")).isEqualTo("Track a case");
        assertThat(text("header a[href='/login']")).isEqualTo("Sign in");
        assertThat(text("header nav a")).isEqualTo("Track a case");
        browser.findElement(By.cssSelector("a.lang")).click();
        waiting.until(d -> "rtl".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
        assertThat(text("header nav a")).isEqualTo("پیگیری پرونده");

        // sign in: my filings
        assertThat(signIn("applicant")).isEqualTo("/my/filings");
        assertThat(mainText()).contains(persian(code));
        check("my-filings");

        // the filing: its timeline with Jalali dates
        browser.findElement(By.cssSelector("a[href='/my/filings/" + filingId + "']")).click();
        waiting.until(d -> d.getCurrentUrl().endsWith("/my/filings/" + filingId));
        assertThat(text("h1")).contains(persian(code));
        assertThat(texts("#timeline .step")).contains("ثبت درخواست آغاز شد", "کد رهگیری صادر شد",
                "به مرجع صالح ارسال شد", "ابلاغیه صادر شد");
        assertThat(texts("#timeline time")).allMatch(t -> JALALI.matcher(t).matches());
        check("my-filing");

        // the notice inbox: served, not yet opened, with its due date both ways
        browser.findElement(By.cssSelector("a[href='/my/notices']")).click();
        waiting.until(d -> d.getCurrentUrl().endsWith("/my/notices"));
        assertThat(text("#inbox .card .status")).isEqualTo("ابلاغ‌شده");
        assertThat(text("#inbox .badge")).isEqualTo("باز نشده");
        assertThat(text("#inbox .due")).matches("۱۴[۰-۹]{2}/[۰-۹]{2}/[۰-۹]{2}");
        check("my-notices");
        browser.findElement(By.cssSelector("a[href='/my/notices/" + notice + "']")).click();
        waiting.until(d -> d.getCurrentUrl().endsWith("/my/notices/" + notice));
        assertThat(browser.findElements(By.id("notice-text"))).isEmpty();
        browser.findElement(By.id("open-notice")).click();
        waiting.until(d -> !d.findElements(By.id("notice-text")).isEmpty());
        assertThat(text("#notice-text")).contains("وقت رسیدگی");
        assertThat(text(".facts")).contains("مشاهده");
        awaitProjections();
        open("/my/notices/" + notice);
        assertThat(text(".facts .status")).isEqualTo("مشاهده‌شده");
        check("my-notice");

        // A7: a wrong mobile is refused beside its field, then the right one is recorded and shown in the timeline
        open("/my/filings/" + filingId);
        type("mobile", "12345");
        type("electronicAddress", "zahra@example.org");
        submit("section[aria-labelledby=contacts-title] form");
        waiting.until(d -> !d.findElements(By.cssSelector(".field-error, .problem")).isEmpty());
        assertThat(mainText()).contains("ماده ۷");
        assertThat(browser.findElements(By.cssSelector(".done"))).isEmpty();
        type("mobile", "09351234567");
        type("electronicAddress", "zahra@example.org");
        submit("section[aria-labelledby=contacts-title] form");
        waiting.until(d -> !d.findElements(By.cssSelector(".done")).isEmpty());
        assertThat(text(".done")).isEqualTo("تغییر شمارهٔ همراه و نشانی الکترونیکی ثبت شد.");
        awaitProjections();
        open("/my/filings/" + filingId);
        assertThat(texts("#timeline li[data-event=ContactDetailsChanged]")).anyMatch(t -> t.contains(persian("09351234567")));
        assertThat(texts("#timeline .step")).contains("شمارهٔ همراه و نشانی الکترونیکی ثبت شد");

        // A12: who read my case: the office and the court that read it, and my own reads
        browser.findElement(By.cssSelector("a[href='/my/filings/" + filingId + "/readers']")).click();
        waiting.until(d -> d.getCurrentUrl().endsWith("/readers"));
        assertThat(texts("#readers tbody tr")).isNotEmpty();
        assertThat(text("#readers")).contains("متقاضی");
        check("my-readers");

        // English by the switch, the same page
        browser.findElement(By.cssSelector("a.lang")).click();
        waiting.until(d -> "ltr".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
        assertThat(text("h1")).isEqualTo("Who read my case");

        // sign out: the pages are closed again
        browser.findElement(By.cssSelector("header form button")).click();
        waiting.until(d -> d.getCurrentUrl().contains("/login"));
        open("/my/filings");
        assertThat(path()).startsWith("/login");
    }

    @Test
    void the_status_page_is_used_with_the_keyboard_alone_in_a_sensible_order() throws Exception {
        String code = api.officeRouteToSubmission("clerk1001b", "legal1001")[1];
        awaitProjections();
        open("/");
        Actions keys = new Actions(browser);
        keys.sendKeys(Keys.TAB).perform();
        assertThat(focused().getAttribute("class")).isEqualTo("skip");
        List<String> order = new java.util.ArrayList<>();
        for (int i = 0; i < 20 && !"trackingCode".equals(focused().getAttribute("id")); i++) {
            keys.sendKeys(Keys.TAB).perform();
            order.add(focused().getTagName() + "#" + focused().getAttribute("id"));
        }
        assertThat(focused().getAttribute("id")).as("tab order " + order).isEqualTo("trackingCode");
        keys.sendKeys(code).sendKeys(Keys.TAB).perform();
        assertThat(focused().getAttribute("id")).isEqualTo("nationalCode");
        keys.sendKeys(ApiClient.APPLICANT_CODE).sendKeys(Keys.TAB).perform();
        assertThat(focused().getText()).isEqualTo("پیگیری");
        keys.sendKeys(Keys.ENTER).perform();
        waiting.until(d -> !d.findElements(By.cssSelector(".answer")).isEmpty());
        assertThat(text(".answer .status")).isEqualTo("ارسال‌شده به مرجع صالح");
    }

    private org.openqa.selenium.WebElement focused() {
        return browser.switchTo().activeElement();
    }
}
