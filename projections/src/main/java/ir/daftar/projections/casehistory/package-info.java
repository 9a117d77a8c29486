/**
 * The {@code case-history} read model: every event of a filing in order, with actor, role,
 * office and time, for court staff (A8, A13).
 */
package ir.daftar.projections.casehistory;
