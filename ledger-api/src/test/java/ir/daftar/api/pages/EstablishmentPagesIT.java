package ir.daftar.api.pages;

import static org.assertj.core.api.Assertions.assertThat;

import ir.daftar.api.it.TestAccounts;
import ir.daftar.core.common.ActorRole;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The establishment of offices in a real browser (A3, A14, A22(a); ADR 0920, issue 17): the General Directorate
 * opens a call, records and vets applications (refused until the fee is paid), proposes an office with its A3
 * origin; a Council member reads the call without a form; the Center head approves and appoints the manager on the
 * evidence of A16-A21 (refused with A17 until it meets the post), after which the office is established.
 */
class EstablishmentPagesIT extends BrowserTest {

    /** A Jalali date and time with Persian digits, e.g. ۱۴۰۵/۰۹/۱۲ ۱۰:۳۰. */
    private static final Pattern JALALI = Pattern.compile("۱۴[۰-۹]{2}/[۰-۹]{2}/[۰-۹]{2} [۰-۹]{2}:[۰-۹]{2}");

    private static String nationalCode(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (10 - i);
        }
        int r = sum % 11;
        return nine + (r < 2 ? r : 11 - r);
    }

    private void signOut() {
        browser.findElement(By.cssSelector("header form button")).click();
        waiting.until(d -> d.getCurrentUrl().contains("/login"));
    }

    private void awaitDone(String text) {
        waiting.until(d -> d.findElements(By.cssSelector(".done")).stream().anyMatch(e -> e.getText().equals(text)));
    }

    private void awaitProblem() {
        waiting.until(d -> !d.findElements(By.cssSelector(".problem[role=alert]")).isEmpty());
    }

    private String step(String name) {
        return text("#chain li[data-step='" + name + "']");
    }

    @Test
    void the_general_directorate_calls_vets_and_proposes_and_the_center_head_establishes_the_office() {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String call = "CALL-P-" + suffix;
        String office = "OFF-P-" + suffix;
        String seed = String.format("%06d", (int) (Math.random() * 1_000_000));
        String manager = nationalCode("07" + seed + "1");

        // the General Directorate's start page links to the calls
        assertThat(signIn("gd")).isEqualTo("/admin");
        assertThat(texts("#governance h3")).contains("فراخوان‌های تأسیس دفتر");
        browser.findElement(By.cssSelector("#governance a[href='/governance/office-calls']")).click();
        waiting.until(d -> d.getCurrentUrl().endsWith("/governance/office-calls"));
        assertThat(text("h1")).isEqualTo("فراخوان‌های تأسیس دفتر");

        // A22: a call for no office is refused with its article, the form kept
        type("callId", call);
        type("province", "یزد");
        type("city", "یزد");
        type("offices", "۰");
        submit("#open");
        awaitProblem();
        assertThat(text(".problem[role=alert] .detail"))
                .isEqualTo("فراخوان باید استان، شهر و تعداد دفاتر (۱ تا ۱۰۰) را معین کند (ماده ۲۲).");
        assertThat(browser.findElement(By.id("city")).getAttribute("value")).isEqualTo("یزد");
        // the number of offices typed with Persian digits
        type("offices", "۲");
        submit("#open");
        awaitDone("فراخوان منتشر شد.");
        assertThat(path()).isEqualTo("/governance/office-calls/" + call);
        assertThat(text("#call-facts")).contains("یزد", "۲");
        assertThat(text("#call-facts time")).matches(JALALI);
        assertThat(browser.findElement(By.cssSelector("#call-facts time")).getAttribute("title")).matches("20[0-9]{2}-.*");

        // two applications: the future manager from a notary office (A3), and one to be rejected
        type("applicationId", "APP-1");
        type("nationalCode", manager);
        type("name", "مریم رضایی");
        type("formerBody", "دفتر اسناد رسمی ۱۲ یزد");
        submit("#receive");
        awaitDone("درخواست ثبت شد.");
        assertThat(path()).endsWith("/applications/APP-1");
        assertThat(text("h1")).isEqualTo("درخواست مریم رضایی");
        assertThat(text("#former-body")).isEqualTo("دفتر اسناد رسمی ۱۲ یزد");
        assertThat(step("received")).contains("کارشناس اداره کل");

        // vetting: refused until the fee is paid (A22), then accepted with its reasons
        browser.findElement(By.id("accepted-true")).click();
        type("reasons", "مدارک و سوابق کامل است");
        type("feeAmount", "0");
        submit("#vet");
        awaitProblem();
        assertThat(text(".problem[role=alert] .detail"))
                .isEqualTo("بررسی صلاحیت پس از پرداخت هزینه بررسی (با رسید و مبلغ) انجام می‌شود (ماده ۲۲).");
        assertThat(browser.findElement(By.id("reasons")).getAttribute("value")).isEqualTo("مدارک و سوابق کامل است");
        check("gov-application-vetting-refused");
        type("feeReceipt", "RCPT-" + suffix);
        type("feeAmount", "۵۰۰۰۰۰۰");
        submit("#vet");
        awaitDone("نتیجهٔ بررسی ثبت شد.");
        assertThat(step("vetting")).contains("پذیرفته", "دلایل: مدارک و سوابق کامل است", "۵٬۰۰۰٬۰۰۰");
        assertThat(browser.findElements(By.id("vet"))).isEmpty();

        // the proposal of the office with its A3 origin
        type("officeId", office);
        type("officeName", "دفتر خدمات الکترونیک قضایی آزمون یزد");
        new Select(browser.findElement(By.id("origin-choice"))).selectByValue("NOTARY_OFFICE");
        type("proposalReasons", "نیاز منطقه و سوابق متقاضی");
        submit("#propose");
        awaitDone("پیشنهاد دفتر ثبت شد و برای تصمیم رئیس مرکز فرستاده شد.");
        assertThat(text("#origin")).isEqualTo("از دفاتر اسناد رسمی");
        assertThat(step("proposal")).contains("دفتر خدمات الکترونیک قضایی آزمون یزد", "دلایل: نیاز منطقه و سوابق متقاضی");
        // the Center head's acts are not offered to the General Directorate
        assertThat(browser.findElements(By.id("decide"))).isEmpty();
        check("gov-application-proposed");

        // the second application, rejected with its reasons
        open("/governance/office-calls/" + call);
        type("applicationId", "APP-2");
        type("nationalCode", nationalCode("07" + seed + "2"));
        type("name", "علی کریمی");
        submit("#receive");
        awaitDone("درخواست ثبت شد.");
        browser.findElement(By.id("accepted-false")).click();
        type("reasons", "سابقه کار کافی نیست");
        type("feeReceipt", "RCPT2-" + suffix);
        type("feeAmount", "5000000");
        submit("#vet");
        awaitDone("نتیجهٔ بررسی ثبت شد.");
        assertThat(step("vetting")).contains("رد شده", "سابقه کار کافی نیست");
        assertThat(browser.findElements(By.id("propose"))).isEmpty();

        // the call: each application's vetting outcome, reasons and proposal side by side
        open("/governance/office-calls/" + call);
        assertThat(text("#applications tr[data-application='APP-1']"))
                .contains("مریم رضایی", "دفتر اسناد رسمی ۱۲ یزد", "پذیرفته", "از دفاتر اسناد رسمی", "هنوز نه");
        assertThat(text("#applications tr[data-application='APP-2']")).contains("علی کریمی", "رد شده", "سابقه کار کافی نیست");
        check("gov-office-call");
        signOut();

        // a Council member reads the call, without a form
        signIn(TestAccounts.username(ActorRole.COUNCIL_MEMBER));
        open("/governance/office-calls");
        assertThat(text("#calls tr[data-call='" + call + "']")).contains("یزد", "۲", "۰");
        assertThat(browser.findElements(By.id("open"))).isEmpty();
        open("/governance/office-calls/" + call + "/applications/APP-1");
        assertThat(browser.findElements(By.cssSelector("main form"))).isEmpty();
        signOut();

        // the Center head approves and appoints the manager on the evidence of A16-A21
        signIn(TestAccounts.username(ActorRole.CENTER_HEAD));
        open("/governance/office-calls/" + call + "/applications/APP-1");
        assertThat(browser.findElements(By.id("manager"))).isEmpty();
        browser.findElement(By.id("approved-true")).click();
        submit("#decide");
        awaitDone("تصمیم ثبت شد.");
        assertThat(step("decision")).contains("تأیید شد", "رئیس مرکز");
        assertThat(text("#manager-title")).isEqualTo("انتصاب مریم رضایی به مدیریت دفتر");
        evidence();
        type("relevantExperienceYears", "۳");
        submit("#manager");
        awaitProblem();
        assertThat(text(".problem[role=alert] .detail")).isEqualTo("مدیر دفتر باید پنج سال سابقه کار مرتبط داشته باشد (ماده ۱۷).");
        assertThat(browser.findElement(By.id("fieldName")).getAttribute("value")).isEqualTo("حقوق قضایی");
        assertThat(new Select(browser.findElement(By.id("degree"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("BACHELOR");
        assertThat(step("established")).doesNotContain("۱۴");
        check("gov-application-manager-refused");
        type("relevantExperienceYears", "۶");
        submit("#manager");
        awaitDone("مدیر دفتر منصوب و دفتر تأسیس شد.");
        assertThat(step("manager")).contains("رئیس مرکز");
        assertThat(step("established")).matches("(?s).*" + JALALI.pattern() + ".*");
        assertThat(browser.findElements(By.cssSelector("main form"))).isEmpty();
        check("gov-application-established");

        // English by the switch: the same chain
        browser.findElement(By.cssSelector("a.lang")).click();
        waiting.until(d -> "ltr".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
        assertThat(text("#origin")).isEqualTo("From a notary office");
        assertThat(step("decision")).contains("Approved", "Center head");
        browser.findElement(By.cssSelector("a.lang")).click();
        waiting.until(d -> "rtl".equals(d.findElement(By.tagName("html")).getAttribute("dir")));

        // the list: one of the two offices established
        open("/governance/office-calls");
        assertThat(text("#calls tr[data-call='" + call + "']")).contains("یزد", "۲", "۱");
        check("gov-office-calls");

        // the General Directorate's acts are not the Center head's
        assertThat(browser.findElements(By.id("open"))).isEmpty();
    }

    /** A16-A21 evidence that meets a manager's conditions, typed into the appointment form. */
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
        type("computerSkillsApproval", "اداره کل ۱۴۰۵/۳۱۲");
    }
}
