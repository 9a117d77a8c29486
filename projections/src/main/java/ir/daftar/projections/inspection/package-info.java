/**
 * What inspectors read (A28, A33, A37): an office's activity replayed from the event store
 * itself (not from a stored projection), the automatic findings with their evidence, and
 * "as of" views that show the state at a past instant from the events up to that instant;
 * and the {@code inspection-list} read model, each inspector's inspections.
 */
package ir.daftar.projections.inspection;
