package ir.daftar.api.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.http.HttpMethod;

/**
 * The Kanoon board members' page (issue 18, A27; ADR 1310) in a real browser: Tehran's demo board (one member, the
 * Center's representative) meets, carries a motion and elects its managing director by secret ballot; the member sees
 * the meeting's Jalali date, the motion carried, the tally, the recount verified and his own receipt among the
 * published ballots, in Persian and in English.
 */
class KanoonBoardPagesIT extends BrowserTest {

    private static final String MEMBER = "kanoonboard";
    private static final String CODE = "0044444443";
    private static final String K = "/api/v1/kanoons/kanoon-tehran";

    private static String persian(String digits) {
        StringBuilder out = new StringBuilder();
        digits.chars().forEach(c -> out.append(c >= '0' && c <= '9' ? (char) ('۰' + c - '0') : (char) c));
        return out.toString();
    }

    @Test
    void a_board_member_sees_the_meetings_the_decisions_and_the_published_count_with_his_receipt() {
        String meeting = "KM-" + UUID.randomUUID().toString().substring(0, 8);
        String m = K + "/meetings/" + meeting;
        api.ok(MEMBER, HttpMethod.POST, K + "/meetings", Map.of("meetingId", meeting,
                "agenda", "نخستین جلسه: انتخاب مدیرعامل"));
        api.ok(MEMBER, HttpMethod.POST, m + "/attendance", null);
        api.ok(MEMBER, HttpMethod.POST, m + "/motions", Map.of("motionId", "M-1", "text", "تصویب آیین‌نامهٔ داخلی",
                "inFavour", java.util.List.of(CODE), "against", java.util.List.of()));
        api.ok(MEMBER, HttpMethod.POST, m + "/elections", Map.of("electionId", "E-MD", "office", "MANAGING_DIRECTOR",
                "candidates", java.util.List.of(CODE)));
        String receipt = api.ok(MEMBER, HttpMethod.POST, m + "/elections/E-MD/ballots", Map.of("choice", CODE))
                .text("receipt");
        api.ok(MEMBER, HttpMethod.POST, m + "/elections/E-MD/closing", null);

        signIn(MEMBER);
        open("/kanoon/kanoon-tehran/meetings");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(text("h1")).contains("جلسه‌های هیأت مدیرهٔ کانون");
        assertThat(text("#officer-MANAGING_DIRECTOR")).isEqualTo(persian(CODE));
        String section = "#meeting-" + meeting;
        assertThat(text(section + " h2 time")).matches("۱۴[۰-۹]{2}/[۰-۹]{2}/[۰-۹]{2}");
        assertThat(browser.findElement(By.cssSelector(section + " h2 time")).getAttribute("title"))
                .matches("20[0-9]{2}-[0-9]{2}-[0-9]{2}");
        assertThat(text(section + " .quorum")).isEqualTo("دارد");
        assertThat(text(section + " #motion-M-1")).contains("تصویب آیین‌نامهٔ داخلی").contains("تصویب شد");
        assertThat(text("#election-E-MD .elected")).isEqualTo(persian(CODE));
        assertThat(text("#election-E-MD .recount")).isEqualTo("با شمارش منتشرشده می‌خواند");
        assertThat(text("#election-E-MD table.tally tbody")).contains("۱");
        assertThat(text("#election-E-MD table.ballots .commitment")).isEqualTo(receipt);
        check("kanoon-meetings");

        browser.findElement(By.cssSelector("a.lang")).click();
        waiting.until(d -> "ltr".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
        assertThat(text("h1")).contains("The Kanoon board's meetings");
        assertThat(text("#election-E-MD .recount")).isEqualTo("matches the published count");
        assertThat(text(section + " #motion-M-1")).contains("Carried");
        check("kanoon-meetings-en");
    }
}
