package ir.daftar.projections.inspection;

/**
 * A28/A33: the inspections this inspector takes part in (including those they opened), newest first;
 * answered with a list of {@link InspectionSummary}.
 */
public record FindInspectionsOfInspector(String inspectorId) {
}
