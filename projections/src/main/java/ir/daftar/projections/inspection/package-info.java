/**
 * The {@code inspection-list} read model (A28, A33): each inspector's inspections. The replay of
 * an office's activity and the "as of" views live in {@link ir.daftar.projections.replay}.
 */
package ir.daftar.projections.inspection;
