package ir.daftar.api.statistics;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import ir.daftar.api.openapi.ApiDocs;
import ir.daftar.projections.statistics.Dimension;
import ir.daftar.projections.statistics.Period;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Statistics over HTTP (A12, A22(d), A28(c); ADR 1100): the Judiciary's progress report, the GD's evaluation of the
 * offices, the Kanoon's report of each office's performance, and the public scorecard; each as JSON, or as CSV with
 * {@code format=csv} or {@code Accept: text/csv}. Periods are Jalali; every report can be read as of a past instant.
 */
@RestController
@RequestMapping("/api/v1/statistics")
@Tag(name = ApiDocs.TAG_STATISTICS)
class StatisticsController {

    private static final String PARAMETERS = """
             Parameters: `from` and `to`, Tehran days, Jalali (`1404/03/01`) or Gregorian (`2025-05-22`), by default \
            the current Jalali year to today; `asOf`, an ISO-8601 instant: the figures as they were then (only the \
            events recorded up to it count); `format=csv` (or `Accept: text/csv`) for CSV.""";

    private final StatisticsReports reports;
    private final Clock clock = Clock.systemUTC();

    StatisticsController(StatisticsReports reports) {
        this.reports = reports;
    }

    @Operation(summary = "The Judiciary's progress report", description = """
            A12, A37-3: filings started, with a tracking code, submitted, returned and registered as cases; conformity \
            checks verified and rejected; notices issued, served and viewed and SMS alerts failed; accepted inspection \
            findings by rule; approved licence decisions; the 50th and 90th percentiles of the time from a filing's \
            start to its tracking code and to its submission (seconds, nearest rank); the shares of rejected checks and \
            returned filings; and the public status lookups by outcome. By `period` (DAY, MONTH, YEAR, ALL; Jalali; \
            default MONTH) and `by` (OFFICE, PROVINCE, ROUTE, KIND, AUTHORITY, NONE; default NONE).""" + PARAMETERS
            + ApiDocs.ROLES + "CENTER_HEAD, GD_OFFICER, ADMIN.")
    @ApiResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = StatisticsReports.ProgressReport.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string", example = "period,value,filing_started,..."))})
    @GetMapping("/progress")
    ResponseEntity<?> progress(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                               @RequestParam(required = false) String asOf, @RequestParam(required = false) String period,
                               @RequestParam(required = false) String by, @RequestParam(required = false) String format,
                               @Parameter(hidden = true) @RequestHeader(name = "Accept", required = false) String accept) {
        StatisticsRequest request = StatisticsRequest.read(from, to, asOf, period, by, Period.MONTH, Dimension.NONE, clock);
        return answer(reports.progress(request), format, accept, "progress", r -> StatisticsCsv.rows(r.rows()));
    }

    @Operation(summary = "The GD's evaluation of the offices", description = """
            A22(d): every office known at `asOf` with its filings started, submitted and returned, its conformity \
            checks and the share rejected, its times to tracking code and to submission and its accepted findings; \
            the offices with at least 5 submissions ranked by their median time to submission (then their share of \
            rejected checks), and flagged as outliers by the rule the answer states (`outlierRule`: Tukey's fences).""" 
            + PARAMETERS + ApiDocs.ROLES + "CENTER_HEAD, GD_OFFICER, ADMIN.")
    @ApiResponse(responseCode = "200", description = "The evaluation", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = StatisticsReports.OfficeEvaluation.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string", example = "rank,office_id,name,..."))})
    @GetMapping("/offices/evaluation")
    ResponseEntity<?> evaluation(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                 @RequestParam(required = false) String asOf, @RequestParam(required = false) String format,
                                 @Parameter(hidden = true) @RequestHeader(name = "Accept", required = false) String accept) {
        StatisticsRequest request = StatisticsRequest.read(from, to, asOf, null, null, Period.ALL, Dimension.OFFICE, clock);
        return answer(reports.evaluation(request), format, accept, "office-evaluation", StatisticsCsv::evaluation);
    }

    @Operation(summary = "The Kanoon's report of each office's performance", description = """
            A28(c): each office's figures (those of the progress report) by `period` (DAY, MONTH, YEAR, ALL; Jalali; \
            default MONTH), narrowed to one `officeId` or one `province` if given.""" + PARAMETERS
            + ApiDocs.ROLES + "INSPECTOR, GD_OFFICER, ADMIN.")
    @ApiResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = StatisticsReports.OfficePerformance.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string", example = "period,value,filing_started,..."))})
    @GetMapping("/offices/performance")
    ResponseEntity<?> performance(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                  @RequestParam(required = false) String asOf, @RequestParam(required = false) String period,
                                  @RequestParam(required = false) String officeId,
                                  @RequestParam(required = false) String province,
                                  @RequestParam(required = false) String format,
                                  @Parameter(hidden = true) @RequestHeader(name = "Accept", required = false) String accept) {
        StatisticsRequest request = StatisticsRequest.read(from, to, asOf, period, null, Period.MONTH, Dimension.OFFICE, clock);
        return answer(reports.performance(request, blankToNull(officeId), blankToNull(province)), format, accept,
                "office-performance", r -> StatisticsCsv.rows(r.rows()));
    }

    @Operation(summary = "The public office scorecard", description = """
            A12, A22(d): for applicants choosing an office, each office's median time from a filing's start to its submission \
            (seconds) and its share of rejected conformity checks, with no personal data. Small counts are \
            suppressed: a median rests on at least 5 submissions and a share on at least 5 checks, or it is null; a \
            count below 5 reads "<5" (`suppressionRule`). Parameters: `from`, `to` (as the other reports), \
            `format=csv`.""" + ApiDocs.NO_LOGIN)
    @ApiResponse(responseCode = "200", description = "The scorecard", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = StatisticsReports.Scorecard.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string", example = "office_id,name,province,..."))})
    @SecurityRequirements
    @GetMapping("/scorecard")
    ResponseEntity<?> scorecard(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                @RequestParam(required = false) String format,
                                @Parameter(hidden = true) @RequestHeader(name = "Accept", required = false) String accept) {
        StatisticsRequest request = StatisticsRequest.read(from, to, null, null, null, Period.ALL, Dimension.OFFICE, clock);
        return answer(reports.scorecard(request), format, accept, "scorecard", StatisticsCsv::scorecard);
    }

    private static <T> ResponseEntity<?> answer(T report, String format, String accept, String name, Function<T, String> csv) {
        if ("csv".equalsIgnoreCase(format) || (format == null && accept != null && accept.contains("text/csv"))) {
            return ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"")
                    .body(csv.apply(report));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
