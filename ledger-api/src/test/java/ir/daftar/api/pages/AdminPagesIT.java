package ir.daftar.api.pages;

import static org.assertj.core.api.Assertions.assertThat;

import ir.daftar.core.calendar.JalaliDate;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The General Directorate's and the administrators' pages in a real browser (issue 15, item 5; issue 14's progress):
 * offices and their staffing with the A15 refusals, the projections rebuilt in one pass with a progress bar, the SMS
 * alerts' dead letters with a retry, and the ledger's signed checkpoints.
 */
class AdminPagesIT extends BrowserTest {

    /** A Jalali date and time with Persian digits, e.g. ۱۴۰۵/۰۹/۱۲ ۱۰:۳۰. */
    private static final Pattern JALALI = Pattern.compile("۱۴[۰-۹]{2}/[۰-۹]{2}/[۰-۹]{2} [۰-۹]{2}:[۰-۹]{2}");

    /** A national code with its check digit (the last of ten digits), from nine digits. */
    private static String nationalCode(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (10 - i);
        }
        int r = sum % 11;
        return nine + (r < 2 ? r : 11 - r);
    }

    private String row(String table, String attribute, String value) {
        return text("#" + table + " tr[" + attribute + "='" + value + "']");
    }

    @Test
    void the_general_directorate_sees_the_understaffed_office_and_appoints_a_legal_expert() {
        assertThat(signIn("gd")).isEqualTo("/admin");
        assertThat(text("h1")).isEqualTo("مدیریت سامانه");
        // the General Directorate's section only: the operators' ones are not offered
        assertThat(texts("#sections h2")).containsExactly("دفاتر و کارکنان آن‌ها");
        check("admin-start-gd");

        browser.findElement(By.cssSelector("#sections a[href='/admin/offices']")).click();
        waiting.until(d -> d.getCurrentUrl().endsWith("/admin/offices"));
        assertThat(row("offices", "data-office", "OFF-1001")).contains("دفتر خدمات الکترونیک قضایی ۱۰۰۱ تهران", "تأمین است");
        assertThat(row("offices", "data-office", "OFF-1002")).contains("دفتر خدمات الکترونیک قضایی ۱۰۰۲ تهران", "تأمین نیست");
        check("admin-offices");

        browser.findElement(By.cssSelector("#offices a[href='/admin/offices/OFF-1002']")).click();
        waiting.until(d -> d.getCurrentUrl().endsWith("/admin/offices/OFF-1002"));
        assertThat(text("#staffing-state"))
                .isEqualTo("حداقل کارکنان دفتر تأمین نیست؛ دفتر تا تأمین آن پرونده نمی‌پذیرد (ماده ۱۵).");
        assertThat(row("counts", "data-role", "LEGAL_EXPERT")).contains("کارشناس حقوقی", "۰", "۱", "۱ نفر کم");
        assertThat(row("counts", "data-role", "CLERK")).contains("۱ نفر کم");
        assertThat(texts("#staff li")).anyMatch(t -> t.contains("رضا جعفری") && t.contains("مدیر دفتر"));
        check("admin-office");

        // the evidence of A16-A21 (ADR 0910), which a manager's and a legal expert's post both accept
        evidence();

        // a national code with a wrong check digit: refused beside its field, nothing recorded
        type("nationalCode", "0012345678");
        type("name", "پریسا نوری");
        new Select(browser.findElement(By.id("role"))).selectByValue("LEGAL_EXPERT");
        submit("#appoint");
        waiting.until(d -> !d.findElements(By.cssSelector("#appoint .field-error")).isEmpty());
        assertThat(text("#nationalCode-error")).isEqualTo("نامعتبر است");
        assertThat(browser.findElement(By.id("nationalCode")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("پریسا نوری");

        // a second manager: refused with A15's Persian text
        type("nationalCode", nationalCode("004" + String.format("%06d", (int) (System.nanoTime() % 1_000_000))));
        type("name", "کامران یزدی");
        new Select(browser.findElement(By.id("role"))).selectByValue("MANAGER");
        submit("#appoint");
        waiting.until(d -> !d.findElements(By.cssSelector(".problem[role=alert]")).isEmpty());
        assertThat(text(".problem[role=alert] .detail")).isEqualTo("دفتر قبلاً مدیر دارد (ماده ۱۵).");
        assertThat(texts("#staff li")).noneMatch(t -> t.contains("کامران یزدی"));

        // a merchant (A21) and someone under 25 on the hiring day (A18): refused with the article, the form kept
        String legalExpert = nationalCode("005" + String.format("%06d", (int) (System.nanoTime() % 1_000_000)));
        type("nationalCode", legalExpert);
        type("name", "پریسا نوری");
        new Select(browser.findElement(By.id("role"))).selectByValue("LEGAL_EXPERT");
        browser.findElement(By.id("merchant")).click();
        submit("#appoint");
        waiting.until(d -> !d.findElements(By.cssSelector(".problem[role=alert]")).isEmpty());
        assertThat(text(".problem[role=alert] .detail"))
                .isEqualTo("شاغلان به امر تجارت نمی‌توانند در دفتر شاغل شوند (ماده ۲۱، بند ۳).");
        assertThat(browser.findElement(By.id("merchant")).isSelected()).isTrue();
        check("admin-office-hire-refused");
        browser.findElement(By.id("merchant")).click();
        type("birthDate", "۱۴۰۰/۰۱/۰۱");
        submit("#appoint");
        waiting.until(d -> d.findElement(By.cssSelector(".problem[role=alert] .detail")).getText().contains("۱۸"));
        assertThat(text(".problem[role=alert] .detail"))
                .isEqualTo("کارشناس حقوقی باید در روز استخدام دست‌کم بیست و پنج سال داشته باشد (ماده ۱۸).");
        type("birthDate", "۱۳۶۵/۰۴/۱۲");

        // a legal expert: recorded and listed, the office one legal expert closer to the minimum
        submit("#appoint");
        waiting.until(d -> !d.findElements(By.cssSelector(".done")).isEmpty());
        assertThat(text(".done")).isEqualTo("به‌کارگیری کارمند ثبت شد.");
        assertThat(texts("#staff li")).anyMatch(t -> t.contains("پریسا نوری") && t.contains("کارشناس حقوقی"));
        assertThat(row("counts", "data-role", "LEGAL_EXPERT")).doesNotContain("کم");
        // still short of an IT expert and a clerk
        assertThat(text("#staffing-state")).contains("تأمین نیست");

        // the legal expert leaves: the national code typed with Persian digits; no longer listed
        type("endNationalCode", persian(legalExpert));
        type("reason", "استعفا");
        submit("#end");
        waiting.until(d -> d.findElements(By.cssSelector(".done")).stream()
                .anyMatch(e -> e.getText().equals("پایان همکاری کارمند ثبت شد.")));
        assertThat(texts("#staff li")).noneMatch(t -> t.contains("پریسا نوری"));
        assertThat(row("counts", "data-role", "LEGAL_EXPERT")).contains("۱ نفر کم");

        // a minimum below A15's is refused with the article (the digits as a Persian keyboard types them)
        assertThat(browser.findElement(By.id("min-CLERK")).getAttribute("value")).isEqualTo("۲");
        type("min-CLERK", "۱");
        submit("#minimum");
        waiting.until(d -> !d.findElements(By.cssSelector(".problem[role=alert]")).isEmpty());
        assertThat(text(".problem[role=alert] .detail"))
                .isEqualTo("حداقل کارکنان را می‌توان افزایش داد، نه کمتر از ماده ۱۵ (ماده ۱۵).");

        assertThat(browser.findElement(By.id("min-CLERK")).getAttribute("value")).isEqualTo("۱");

        // English by the switch, the same office
        open("/admin/offices/OFF-1002");
        browser.findElement(By.cssSelector("a.lang")).click();
        waiting.until(d -> "ltr".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
        assertThat(text("#staffing-state"))
                .isEqualTo("The office does not meet the minimum staffing; it accepts no filings until it does (A15).");
        assertThat(row("counts", "data-role", "CLERK")).contains("Clerk", "1 short");
        browser.findElement(By.cssSelector("a.lang")).click();
        waiting.until(d -> "rtl".equals(d.findElement(By.tagName("html")).getAttribute("dir")));

        // the administrators' pages are not the General Directorate's
        open("/admin/projections");
        assertThat(text("h1")).isEqualTo("مجاز نیست");
    }

    @Test
    void an_administrator_rebuilds_the_projections_retries_a_dead_alert_and_seals_a_checkpoint() throws Exception {
        api.officeRouteToSubmission("clerk1001", "legal1001");
        awaitProjections();
        Instant now = Instant.now();
        jdbc.update("""
                INSERT INTO alert_outbox (attempt_id, notice_id, filing_id, mobile, message, status, attempts, total_attempts,
                                          next_attempt_at, last_error, gateway, created_at, updated_at)
                VALUES ('alert:admin-page-1', 'notice-admin-page-1', 'filing-admin-page-1', '09121234567', 'ابلاغیه',
                        'DEAD', 5, 5, ?, 'HTTP 503', 'sms', ?, ?)""",
                Timestamp.from(now), Timestamp.from(now), Timestamp.from(now));

        assertThat(signIn("admin")).isEqualTo("/admin");
        assertThat(texts("#sections h2")).containsExactly("دفاتر و کارکنان آن‌ها", "نماهای خواندنی",
                "پیامک‌های آگاهی", "دفتر رویدادها: نشانه‌های دست‌نخوردگی", "تعطیلات رسمی");
        check("admin-start");

        // the projections: a rebuild in one pass, its progress bar reaching 100 %
        browser.findElement(By.cssSelector("#sections a[href='/admin/projections']")).click();
        waiting.until(d -> d.getCurrentUrl().endsWith("/admin/projections"));
        assertThat(texts("#projections tbody tr")).hasSize(projections.projectionNames().size());
        check("admin-projections");
        submit("#rebuild-form");
        // the script reloads the page a moment after the end: read the bar and its text afresh each time
        String full = waiting.until(d -> {
            WebElement p = d.findElement(By.id("rebuild-bar"));
            return p.getAttribute("value").equals(p.getAttribute("max")) ? p.getAttribute("value") : null;
        });
        assertThat(full).isEqualTo("100");
        String done = waiting.until(d -> {
            String t = d.findElement(By.id("rebuild-text")).getText();
            return t.startsWith("بازسازی پایان یافت: ۱۰۰٪") ? t : null;
        });
        assertThat(done).contains("رویداد در ثانیه");
        check("admin-projections-rebuilt");
        awaitProjections();
        open("/admin/projections");
        assertThat(texts("#projections .state")).hasSize(projections.projectionNames().size()).containsOnly("به‌روز");
        assertThat(text("#rebuild-text")).startsWith("بازسازی پایان یافت: ۱۰۰٪");
        assertThat(browser.findElement(By.id("rebuild-bar")).getAttribute("value")).isEqualTo("100");
        assertThat(texts("#rebuild .facts time")).hasSize(2).allMatch(t -> JALALI.matcher(t).matches());

        // the dead letters: the masked number, a retry that queues the alert again
        browser.findElement(By.cssSelector("header a[href='/admin/alerts']")).click();
        waiting.until(d -> d.getCurrentUrl().endsWith("/admin/alerts"));
        String dead = text("#alerts li[data-alert='alert:admin-page-1']");
        assertThat(dead).contains("۰۹۱۲***۴۵۶۷", "۵", "HTTP 503").doesNotContain("۱۲۳۴");
        assertThat(text("#alerts time")).matches(JALALI);
        check("admin-alerts");
        browser.findElement(By.cssSelector("#alerts li[data-alert='alert:admin-page-1'] .retry button")).click();
        waiting.until(d -> !d.findElements(By.cssSelector(".done")).isEmpty());
        assertThat(text(".done")).isEqualTo("پیامک دوباره در صف ارسال قرار گرفت.");
        assertThat(browser.findElements(By.cssSelector("#alerts li[data-alert='alert:admin-page-1']"))).isEmpty();
        assertThat(jdbc.queryForObject("SELECT status FROM alert_outbox WHERE attempt_id = 'alert:admin-page-1'",
                String.class)).isEqualTo("PENDING");

        // the ledger: seal a checkpoint now; it covers every event chained before, listed with its Jalali date
        browser.findElement(By.cssSelector("header a[href='/admin/ledger']")).click();
        waiting.until(d -> d.getCurrentUrl().endsWith("/admin/ledger"));
        assertThat(text("#public-key")).isNotBlank();
        check("admin-ledger");
        long chained = jdbc.queryForObject("SELECT max(global_index) FROM event_chain", Long.class);
        submit("#seal");
        waiting.until(d -> !d.findElements(By.cssSelector(".done")).isEmpty());
        assertThat(text(".done")).isIn("نقطهٔ وارسی تازه مهر و امضا شد.",
                "رویداد تازه‌ای برای مهر کردن نبود؛ همه در نقطه‌های وارسی پیشین آمده‌اند.");
        List<WebElement> rows = browser.findElements(By.cssSelector("#checkpoints tbody tr"));
        assertThat(rows).isNotEmpty();
        long newest = Long.parseLong(rows.get(0).getAttribute("data-to"));
        assertThat(newest).isGreaterThanOrEqualTo(chained);
        assertThat(rows.get(0).findElement(By.tagName("time")).getText()).matches(JALALI);
        assertThat(text("#verified")).isEqualTo("زنجیرهٔ هش تا رویداد شمارهٔ " + persian(newest) + " وارسی و مهر شده است.");
        check("admin-ledger-sealed");
    }

    @Test
    void an_administrator_compares_the_computed_lunar_holidays_with_the_official_list_and_loads_it() {
        // 1410: a year no other test loads a list for
        assertThat(signIn("admin")).isEqualTo("/admin");
        browser.findElement(By.cssSelector("#sections a[href='/admin/holidays']")).click();
        waiting.until(d -> d.getCurrentUrl().endsWith("/admin/holidays"));
        type("year", "1410");
        submit("#year-form");
        waiting.until(d -> d.getCurrentUrl().endsWith("/admin/holidays?year=1410"));
        assertThat(text("h1")).isEqualTo("تعطیلات رسمی سال ۱۴۱۰");
        assertThat(text("#source-kind")).isEqualTo("پروندهٔ همراه سامانه");
        WebElement ashura = browser.findElement(By.cssSelector("#lunar tr[data-holiday='ASHURA']"));
        String computed = ashura.getAttribute("data-provisional");
        assertThat(ashura.getText()).contains("عاشورای حسینی", persian(computed), "موقت");
        assertThat(row("days", "data-date", computed)).contains("موقت");
        check("admin-holidays");

        // a line whose date is not a date: refused, the line named, nothing loaded
        String official = JalaliDate.of(JalaliDate.parse(computed).toGregorian().plusDays(1)).toString();
        type("sourceDocument", "تقویم رسمی ۱۴۱۰");
        type("lines", "1410/01/01 Nowruz\n" + official + " ASHURA\n1410/13/40 Nothing");
        submit("#load-form");
        waiting.until(d -> !d.findElements(By.cssSelector(".problem")).isEmpty());
        assertThat(text(".problem")).contains("holidays[2].date");
        assertThat(text("#source-kind")).isEqualTo("پروندهٔ همراه سامانه");
        check("admin-holidays-refused");

        // the official list puts Ashura a day after the computed date: it moves, Tasua is not in the list
        type("lines", "1410/01/01 Nowruz\n" + official + " ASHURA");
        submit("#load-form");
        waiting.until(d -> !d.findElements(By.cssSelector(".done")).isEmpty());
        assertThat(text(".done")).isEqualTo("فهرست رسمی بارگذاری شد؛ مهلت‌های جاری دوباره محاسبه شدند.");
        assertThat(text("#source-kind")).isEqualTo("بارگذاری‌شده به دست مدیر سامانه");
        assertThat(text("#source-document")).isEqualTo("تقویم رسمی ۱۴۱۰");
        assertThat(row("lunar", "data-holiday", "ASHURA")).contains(persian(computed), persian(official), "۱",
                "جابه‌جاشده در فهرست رسمی");
        assertThat(row("lunar", "data-holiday", "TASUA")).contains("در فهرست رسمی نیست");
        assertThat(row("days", "data-date", official)).contains("عاشورای حسینی", "رسمی");
        assertThat(browser.findElements(By.cssSelector("#days tr[data-date='" + computed + "']"))).isEmpty();
        check("admin-holidays-loaded");
    }

    /** A16-A21 evidence that meets a manager's and a legal expert's conditions, typed into the hire form. */
    private void evidence() {
        for (String field : new String[] {"iranianNationality", "constitutionCommitment", "islam", "noDrugAddiction",
                "noCriminalRecord", "physicalAndMentalFitness"}) {
            type(field, "مدرک ۱۴۰۵/۲۲۱");
        }
        new Select(browser.findElement(By.id("militaryService"))).selectByValue("NOT_APPLICABLE");
        new Select(browser.findElement(By.id("degree"))).selectByValue("BACHELOR");
        new Select(browser.findElement(By.id("field"))).selectByValue("LAW");
        type("fieldName", "حقوق قضایی");
        type("birthDate", "۱۳۶۵/۰۴/۱۲");
        type("relevantExperienceYears", "۶");
        type("computerSkillsApproval", "اداره کل ۱۴۰۵/۳۱۲");
    }

    private static String persian(Object digits) {
        StringBuilder out = new StringBuilder();
        String.valueOf(digits).chars().forEach(c -> out.append(c >= '0' && c <= '9' ? (char) ('۰' + c - '0') : (char) c));
        return out.toString();
    }
}
