/**
 * The {@code notices} read model (A7, A8): each recipient's inbox of deposited notices, and the
 * service state of every notice (deposit, channel, deadline, alert, view, lack of access) for
 * court staff.
 */
package ir.daftar.projections.notices;
