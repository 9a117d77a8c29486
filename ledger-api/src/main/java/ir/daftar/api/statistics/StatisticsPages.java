package ir.daftar.api.statistics;

import ir.daftar.api.web.PageController;
import ir.daftar.api.web.PageFormat;
import ir.daftar.projections.statistics.Dimension;
import ir.daftar.projections.statistics.Period;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The statistics pages (A12, A22(d); ADR 1100): the progress report and the offices' evaluation for the Center head,
 * the GD and administrators, with charts drawn on the server as SVG ({@link SvgCharts}) and Jalali periods; and the
 * public office scorecard. They ask {@link StatisticsReports}, as the API does; the tables carry every figure the
 * charts show.
 */
@PageController
class StatisticsPages {

    private static final double HOUR = 3600.0;

    private final StatisticsReports reports;
    private final MessageSource messages;
    private final PageFormat fmt;
    private final Clock clock = Clock.systemUTC();

    StatisticsPages(StatisticsReports reports, MessageSource messages, PageFormat fmt) {
        this.reports = reports;
        this.messages = messages;
        this.fmt = fmt;
    }

    @GetMapping("/statistics")
    String report(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        StatisticsRequest request = StatisticsRequest.read(from, to, null, "MONTH", "NONE", Period.MONTH, Dimension.NONE,
                clock);
        StatisticsReports.ProgressReport progress = reports.progress(request);
        StatisticsReports.OfficeEvaluation evaluation = reports.evaluation(
                new StatisticsRequest(request.from(), request.to(), null, Period.ALL, Dimension.OFFICE));
        boolean persian = "fa".equals(fmt.lang());
        List<String> months = progress.rows().stream().map(StatisticsReports.Row::period).toList();
        String monthly = SvgCharts.bars(text("page.statistics.chart.monthly"), months, List.of(
                new SvgCharts.Series(text("page.statistics.started"), SvgCharts.FIRST,
                        progress.rows().stream().map(r -> (double) r.counts().get("FILING_STARTED")).toList()),
                new SvgCharts.Series(text("page.statistics.submitted"), SvgCharts.SECOND,
                        progress.rows().stream().map(r -> (double) r.counts().get("SUBMITTED")).toList())), persian);
        List<StatisticsReports.OfficeScore> timed = evaluation.offices().stream()
                .filter(o -> o.toSubmission().p50Seconds() != null).toList();
        String offices = SvgCharts.horizontal(text("page.statistics.chart.offices"),
                timed.stream().map(StatisticsReports.OfficeScore::officeId).toList(),
                timed.stream().map(o -> round(o.toSubmission().p50Seconds() / HOUR)).toList(),
                timed.stream().map(o -> !o.outliers().isEmpty()).toList(), persian);
        model.addAttribute("request", request);
        model.addAttribute("progress", progress);
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("monthlyChart", monthly);
        model.addAttribute("officesChart", offices);
        model.addAttribute("query", "from=" + request.from() + "&to=" + request.to());
        return "statistics/report";
    }

    @GetMapping("/scorecard")
    String scorecard(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        StatisticsRequest request = StatisticsRequest.read(from, to, null, null, null, Period.ALL, Dimension.OFFICE, clock);
        StatisticsReports.Scorecard scorecard = reports.scorecard(request);
        List<StatisticsReports.ScorecardOffice> shown = new ArrayList<>(scorecard.offices().stream()
                .filter(o -> o.medianSecondsToSubmission() != null).toList());
        model.addAttribute("request", request);
        model.addAttribute("scorecard", scorecard);
        model.addAttribute("charted", !shown.isEmpty());
        model.addAttribute("chart", SvgCharts.horizontal(text("page.scorecard.chart"),
                shown.stream().map(StatisticsReports.ScorecardOffice::name).toList(),
                shown.stream().map(o -> round(o.medianSecondsToSubmission() / HOUR)).toList(),
                shown.stream().map(o -> false).toList(), "fa".equals(fmt.lang())));
        return "statistics/scorecard";
    }

    /** Hours with one decimal. */
    private static double round(double hours) {
        return Math.round(hours * 10) / 10.0;
    }

    private String text(String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, key, locale);
    }
}
