/**
 * Replays from the event store itself, never from a stored projection, for inspectors (A28, A33,
 * A37): an office's activity over a period with the automatic findings and their evidence
 * ({@link ir.daftar.projections.replay.OfficeReplay}), and "as of" views that show the state at a
 * past instant from the events recorded up to that instant
 * ({@link ir.daftar.projections.replay.AsOfViews}), folded with the same functions the read models use.
 */
package ir.daftar.projections.replay;
