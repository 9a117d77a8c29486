package ir.daftar.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Both projections dropped and rebuilt from the events give exactly the rows they had. */
class ProjectionRebuildIT extends PostgresIntegrationTest {

    private static final List<String> QUERIES = List.of(
            "SELECT * FROM case_status ORDER BY filing_id",
            "SELECT * FROM case_status_step ORDER BY filing_id, step_no",
            "SELECT * FROM case_history ORDER BY filing_id, seq");

    @Test
    void rebuilding_case_status_and_case_history_from_the_events_gives_identical_results() throws Exception {
        api.officeRouteToSubmission("clerk1001", "legal1001");
        api.portalRouteToSubmission("applicant", "clerk1001b", "legal1001");
        api.officeRouteToSubmission("clerk1001b", "manager1001");
        awaitProjections();
        List<List<Map<String, Object>>> before = QUERIES.stream().map(jdbc::queryForList).toList();
        assertThat(before.get(0)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(before.get(2)).hasSizeGreaterThanOrEqualTo(30);

        projections.rebuild("case-status");
        projections.rebuild("case-history");
        awaitProjections();
        awaitReplayFinished();

        List<List<Map<String, Object>>> after = QUERIES.stream().map(jdbc::queryForList).toList();
        assertThat(after).isEqualTo(before);
    }

    private void awaitReplayFinished() throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            long rows = jdbc.queryForObject("SELECT count(*) FROM case_history", Long.class);
            long events = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%FilingEvent%'",
                    Long.class);
            if (rows == events) {
                return;
            }
            Thread.sleep(50);
        }
    }
}
