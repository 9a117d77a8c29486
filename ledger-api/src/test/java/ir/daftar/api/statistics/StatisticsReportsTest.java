package ir.daftar.api.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.daftar.api.problem.InvalidInput;
import ir.daftar.projections.statistics.Dimension;
import ir.daftar.projections.statistics.Durations;
import ir.daftar.projections.statistics.Measure;
import ir.daftar.projections.statistics.Period;
import ir.daftar.projections.statistics.StatisticsFact;
import ir.daftar.projections.statistics.StatisticsFacts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reports' rules without a database: suppression, ranking and outliers, parameters, CSV and the SVG charts. */
class StatisticsReportsTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 22);
    private static final Instant AT = Instant.parse("2025-06-22T08:00:00Z");
    private static final StatisticsRequest ALL = new StatisticsRequest(DAY, DAY, null, Period.ALL, Dimension.OFFICE);

    /** Each office: submissions with the given hours from start, and conformity checks (rejected, verified). */
    private static StatisticsReports reports(Map<String, List<Integer>> hours, Map<String, int[]> checks) {
        List<StatisticsFact> facts = new ArrayList<>();
        List<StatisticsFacts.OfficeName> offices = new ArrayList<>();
        hours.forEach((office, list) -> {
            offices.add(new StatisticsFacts.OfficeName(office, "دفتر " + office, "تهران"));
            for (int h : list) {
                facts.add(fact(Measure.SUBMITTED, office, Duration.ofHours(h)));
            }
            int[] c = checks.getOrDefault(office, new int[] {0, 0});
            for (int i = 0; i < c[0]; i++) {
                facts.add(fact(Measure.CONFORMITY_REJECTED, office, null));
            }
            for (int i = 0; i < c[1]; i++) {
                facts.add(fact(Measure.CONFORMITY_VERIFIED, office, null));
            }
        });
        StatisticsFacts answer = new StatisticsFacts(DAY, DAY, null, facts, offices);
        return new StatisticsReports(null, null) {
            @Override
            StatisticsFacts facts(StatisticsRequest request) {
                return answer;
            }
        };
    }

    private static StatisticsFact fact(Measure measure, String office, Duration sinceStart) {
        return new StatisticsFact(measure, AT, DAY, "f", office, "دفتر " + office, "تهران", "OFFICE", "PETITION", "court",
                "دادگاه", null, sinceStart);
    }

    @Test
    void the_scorecard_suppresses_a_median_below_five_submissions_and_a_share_below_five_checks() {
        StatisticsReports.Scorecard card = reports(Map.of("A", List.of(1, 2, 3, 4, 5), "B", List.of(7, 8, 9, 10)),
                Map.of("A", new int[] {1, 3}, "B", new int[] {2, 8})).scorecard(ALL);
        StatisticsReports.ScorecardOffice a = card.offices().stream().filter(o -> o.officeId().equals("A")).findFirst()
                .orElseThrow();
        StatisticsReports.ScorecardOffice b = card.offices().stream().filter(o -> o.officeId().equals("B")).findFirst()
                .orElseThrow();
        assertThat(a.submissions()).isEqualTo("5");
        assertThat(a.medianSecondsToSubmission()).isEqualTo(3 * 3600L);
        assertThat(a.conformityRejectionShare()).isNull(); // 4 checks
        assertThat(b.submissions()).isEqualTo("<5");
        assertThat(b.medianSecondsToSubmission()).isNull();
        assertThat(b.conformityRejectionShare()).isEqualTo(0.2); // 2 of 10
        assertThat(card.suppressionRule()).contains("at least 5 submissions");
    }

    @Test
    void the_evaluation_ranks_offices_with_five_submissions_and_flags_the_slow_one_by_tukeys_fences() {
        List<Integer> quick = List.of(1, 2, 2, 3, 3);
        StatisticsReports.OfficeEvaluation evaluation = reports(Map.of("A", quick, "B", List.of(2, 2, 3, 3, 4),
                "C", List.of(2, 3, 3, 4, 4), "D", List.of(3, 3, 4, 4, 5), "E", List.of(40, 50, 60, 70, 80),
                "F", List.of(1, 1)), Map.of()).evaluation(ALL);
        assertThat(evaluation.offices()).extracting(StatisticsReports.OfficeScore::officeId)
                .containsExactly("A", "B", "C", "D", "E", "F");
        assertThat(evaluation.offices()).extracting(StatisticsReports.OfficeScore::rank)
                .containsExactly(1, 2, 3, 4, 5, null);
        assertThat(evaluation.offices().get(4).outliers()).containsExactly("MEDIAN_TIME_TO_SUBMISSION_HIGH");
        assertThat(evaluation.offices().subList(0, 4)).allSatisfy(o -> assertThat(o.outliers()).isEmpty());
        assertThat(evaluation.outlierRule()).startsWith("Tukey's fences");

        // three ranked offices are too few for quartiles: nobody is flagged
        StatisticsReports.OfficeEvaluation few = reports(Map.of("A", quick, "B", quick, "E", List.of(40, 50, 60, 70, 80)),
                Map.of()).evaluation(ALL);
        assertThat(few.offices()).allSatisfy(o -> assertThat(o.outliers()).isEmpty());
    }

    @Test
    void parameters_are_jalali_or_gregorian_days_and_a_bad_one_is_named() {
        Clock clock = Clock.fixed(AT, ZoneOffset.UTC);
        StatisticsRequest jalali = StatisticsRequest.read("۱۴۰۴/۰۴/۰۱", "2025-06-30", "2025-06-25T00:00:00Z", "day", "province",
                Period.MONTH, Dimension.NONE, clock);
        assertThat(jalali).isEqualTo(new StatisticsRequest(DAY, LocalDate.of(2025, 6, 30),
                Instant.parse("2025-06-25T00:00:00Z"), Period.DAY, Dimension.PROVINCE));
        // by default: the current Jalali year (1404 began on 2025-03-21) to today
        StatisticsRequest defaults = StatisticsRequest.read(null, null, null, null, null, Period.MONTH, Dimension.NONE, clock);
        assertThat(defaults.from()).isEqualTo(LocalDate.of(2025, 3, 21));
        assertThat(defaults.to()).isEqualTo(DAY);
        for (String[] bad : List.of(new String[] {"from", "yesterday"}, new String[] {"to", "1404/13/01"})) {
            assertThatThrownBy(() -> StatisticsRequest.read(bad[0].equals("from") ? bad[1] : null,
                    bad[0].equals("to") ? bad[1] : null, null, null, null, Period.ALL, Dimension.NONE, clock))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors().get(0).field()).isEqualTo(bad[0]));
        }
        assertThatThrownBy(() -> StatisticsRequest.read(null, null, "soon", null, null, Period.ALL, Dimension.NONE, clock))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("asOf"));
        assertThatThrownBy(() -> StatisticsRequest.read(null, null, null, "WEEK", null, Period.ALL, Dimension.NONE, clock))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("period"));
    }

    @Test
    void csv_quotes_commas_and_defuses_formulas() {
        StatisticsReports.Scorecard card = new StatisticsReports.Scorecard(DAY, DAY, "rule", List.of(
                new StatisticsReports.ScorecardOffice("X", "=HYPERLINK(\"x\"), دفتر", "تهران", "<5", null, 0.25)));
        assertThat(StatisticsCsv.scorecard(card)).isEqualTo("""
                office_id,name,province,submissions,median_seconds_to_submission,conformity_rejection_share\r
                X,"'=HYPERLINK(""x""), دفتر",تهران,<5,,0.2500\r
                """);
    }

    @Test
    void the_charts_draw_a_bar_per_value_with_a_title_and_escaped_labels() {
        String bars = SvgCharts.bars("ماه <ها>", List.of("1404/03", "1404/04"), List.of(
                new SvgCharts.Series("a", SvgCharts.FIRST, List.of(3.0, 6.0)),
                new SvgCharts.Series("b", SvgCharts.SECOND, List.of(1.0, 0.0))), true);
        assertThat(bars).startsWith("<svg ").contains("role=\"img\"", "<title id=", "ماه &lt;ها&gt;", "۱۴۰۴/۰۴")
                .endsWith("</svg>");
        assertThat(bars.split("<rect ", -1)).hasSize(1 + 1 + 4 + 2); // background, four bars, two legend keys
        String horizontal = SvgCharts.horizontal("t", List.of("A", "B"), List.of(2.0, 4.0), List.of(false, true), false);
        assertThat(horizontal).contains("fill=\"" + SvgCharts.FLAGGED + "\"").contains(">4<");
        assertThat(Durations.of(List.of()).p50Seconds()).isNull();
    }
}
