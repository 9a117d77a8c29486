package ir.daftar.api.inspection;

import ir.daftar.api.web.Jalali;
import ir.daftar.api.inspection.InspectionReports.Evidence;
import ir.daftar.api.inspection.InspectionReports.Report;
import ir.daftar.api.inspection.InspectionReports.ReportFinding;
import java.util.Map;

/**
 * The report as a printable Persian document: right to left, Jalali dates, Persian digits,
 * A4 print styles; every evidence event shown in full. Plain HTML with escaped text, no script.
 */
final class ReportHtml {

    private static final Map<String, String> DECISIONS = Map.of("ACCEPTED", "پذیرفته شد", "DISMISSED", "رد شد",
            "UNDECIDED", "در انتظار تصمیم بازرس");
    private static final Map<String, String> STATES = Map.of("OPEN", "در جریان", "FINALIZED", "نهایی شده",
            "SENT_TO_GD", "نهایی و ارسال شده به اداره کل");

    private ReportHtml() {
    }

    static String render(Report r) {
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html><html lang=\"fa\" dir=\"rtl\"><head><meta charset=\"utf-8\">")
                .append("<title>گزارش بازرسی ").append(esc(r.inspectionId())).append("</title><style>")
                .append("@page{size:A4;margin:18mm 15mm}body{font-family:Vazirmatn,Vazir,Tahoma,'Noto Naskh Arabic',")
                .append("'DejaVu Sans',sans-serif;line-height:1.7;color:#111;margin:24px;font-size:14px}")
                .append("h1{font-size:22px;border-bottom:2px solid #333;padding-bottom:6px}h2{font-size:18px;margin-top:28px}")
                .append("table{border-collapse:collapse;width:100%;margin:8px 0}td,th{border:1px solid #999;padding:4px 8px;")
                .append("vertical-align:top;text-align:right}th{background:#eee}.finding{border:1px solid #444;padding:10px;")
                .append("margin:14px 0;page-break-inside:avoid}.rule{font-weight:bold}.ltr{direction:ltr;text-align:left;")
                .append("font-family:'DejaVu Sans Mono',monospace;font-size:11px;white-space:pre-wrap;word-break:break-all}")
                .append(".muted{color:#555}@media print{body{margin:0}}</style></head><body>");
        h.append("<h1>گزارش بازرسی دفتر خدمات الکترونیک قضایی ").append(esc(r.officeId())).append("</h1>");
        h.append("<table>")
                .append(row("شناسه بازرسی", r.inspectionId()))
                .append(row("نوع بازرسی", "PERIODIC".equals(r.kind()) ? "دوره‌ای" : "موردی"))
                .append(row("کانون", r.kanoonId()))
                .append(row("بازرسان", String.join("، ", r.inspectors())))
                .append(row("دوره مورد بازرسی", r.periodJalali()))
                .append(row("وضعیت گزارش", STATES.getOrDefault(r.state(), r.state())))
                .append(row("تاریخ نهایی شدن", Jalali.dateTime(r.finalizedAt())))
                .append(row("تاریخ ارسال به اداره کل", Jalali.dateTime(r.sentToGdAt())))
                .append(row("تاریخ تهیه این نسخه", r.generatedAtJalali()))
                .append("</table>");
        h.append("<h2>خلاصه</h2><p>").append(esc(r.summary() == null ? "گزارش هنوز نهایی نشده است." : r.summary())).append("</p>");
        long accepted = r.findings().stream().filter(f -> "ACCEPTED".equals(f.decision())).count();
        h.append("<p>").append(Jalali.digits(r.findings().size())).append(" یافته، ").append(Jalali.digits(accepted))
                .append(" یافته پذیرفته شده. مبنای قانونی: مواد ۲۸ و ۳۳ و ۳۷ آیین‌نامه.</p>");
        h.append("<h2>یافته‌ها و مستندات</h2>");
        int n = 0;
        for (ReportFinding f : r.findings()) {
            h.append("<div class=\"finding\"><div class=\"rule\">").append(Jalali.digits(++n)).append(". ")
                    .append(esc(f.ruleText())).append("</div><table>")
                    .append(row("ماده", article(f.article())))
                    .append(row("کد قاعده", f.rule().name()))
                    .append(row("موضوع (پرونده یا درخواست)", f.subjectId()))
                    .append(row("زمان وقوع", f.atJalali()))
                    .append(row("شرح", f.detail()))
                    .append(row("تصمیم بازرس", DECISIONS.getOrDefault(f.decision(), f.decision())))
                    .append(row("دلیل", f.reason()))
                    .append("</table><div class=\"muted\">رویدادهای مستند (").append(Jalali.digits(f.evidence().size()))
                    .append("):</div>");
            for (Evidence e : f.evidence()) {
                h.append("<table>")
                        .append(row("رویداد", e.eventType() + " — شماره " + Jalali.digits(e.globalIndex())))
                        .append(row("شناسه رویداد", e.eventId()))
                        .append(row("زمان ثبت", e.recordedAtJalali() + " (" + e.recordedAt() + ")"))
                        .append(row("انجام‌دهنده", (e.actorId() == null ? "" : e.actorId()) + " — "
                                + (e.actorRole() == null ? "" : e.actorRole()) + (e.officeId() == null ? "" : " — " + e.officeId())))
                        .append(row("پرونده / موجودیت", (e.aggregateType() == null ? "" : e.aggregateType() + " ")
                                + e.aggregateId() + " #" + e.sequenceNumber()))
                        .append("<tr><th>متن کامل رویداد</th><td class=\"ltr\">")
                        .append(esc(e.payload() == null ? "" : e.payload().toPrettyString())).append("</td></tr></table>");
            }
            h.append("</div>");
        }
        if (r.findings().isEmpty()) {
            h.append("<p>در این دوره تخلفی در سوابق دفتر یافت نشد.</p>");
        }
        h.append("<h2>درخواست‌های بازرسان از دفتر (بند ۹ ماده ۳۷)</h2><table><tr><th>شناسه</th><th>متن</th><th>مهلت</th>")
                .append("<th>پاسخ</th><th>تاریخ پاسخ</th></tr>");
        r.requests().forEach(q -> h.append("<tr><td>").append(esc(q.requestId())).append("</td><td>").append(esc(q.text()))
                .append("</td><td>").append(Jalali.dateTime(q.deadline())).append("</td><td>")
                .append(esc(q.answer() == null ? "بدون پاسخ" : q.answer())).append("</td><td>")
                .append(Jalali.dateTime(q.answeredAt())).append("</td></tr>"));
        h.append("</table>");
        if (!r.corrections().isEmpty()) {
            h.append("<h2>اصلاحیه‌ها</h2><ul>");
            r.corrections().forEach(c -> h.append("<li>").append(Jalali.dateTime(c.at())).append(": ").append(esc(c.text()))
                    .append("</li>"));
            h.append("</ul>");
        }
        h.append("<h2>آمار بازپخش سوابق</h2><table>")
                .append(row("رویدادهای خوانده‌شده از دفتر رویدادها", Jalali.digits(r.statistics().eventsScanned())))
                .append(row("رویدادهای دفتر تا پایان دوره", Jalali.digits(r.statistics().eventsOfOffice())))
                .append(row("رویدادهای دفتر در دوره", Jalali.digits(r.statistics().eventsInPeriod())))
                .append(row("پرونده‌های در اختیار دفتر", Jalali.digits(r.statistics().filingsHeld())))
                .append(row("مدت بازپخش (میلی‌ثانیه)", Jalali.digits(r.statistics().durationMillis())));
        r.statistics().inPeriodByType().forEach((type, count) -> h.append(row("— " + type, Jalali.digits(count))));
        h.append("</table></body></html>");
        return h.toString();
    }

    private static String article(String article) {
        return article == null ? "" : "ماده " + Jalali.digits(article.substring(1));
    }

    private static String row(String label, String value) {
        return "<tr><th>" + esc(label) + "</th><td>" + esc(value == null ? "" : value) + "</td></tr>";
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
