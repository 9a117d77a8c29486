package ir.daftar.core.inspection;

import java.time.Instant;
import java.util.List;

/**
 * A28/A33: what a Kanoon's board ordered: an inspection of one office it covers, over a period, by named inspectors
 * of its roster. Only those inspectors open it, and only for that office and period (ADR 1300).
 */
public record InspectionOrder(String kanoonId, String orderId, InspectionKind kind, String officeId, Instant periodFrom,
                              Instant periodTo, List<String> inspectorIds) {

    public InspectionOrder {
        inspectorIds = inspectorIds == null ? List.of() : List.copyOf(inspectorIds);
    }
}
