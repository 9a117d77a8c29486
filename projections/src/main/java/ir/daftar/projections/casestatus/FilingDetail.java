package ir.daftar.projections.casestatus;

import java.util.List;

/** One filing's {@link FilingSummary} and its steps, in the order they happened. */
public record FilingDetail(FilingSummary filing, List<CaseStatusView.Step> steps) {

    public FilingDetail {
        steps = List.copyOf(steps);
    }
}
