/**
 * The {@code office-registry} read model (issue 17 item 6, ADR 0930): every registered office with its place, origin,
 * licence and staffing, filtered by province, status, licence condition and staffing; and the GD's work queue, the
 * licence decisions and establishment applications waiting for the GD or the Center head. An office's full record as
 * of an instant is read from its own events, not from here.
 */
package ir.daftar.projections.officeregistry;
