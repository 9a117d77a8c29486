/**
 * The {@code reports} read model: the reports reporting bodies sent on cases (A9), found by each
 * report's own tracking code, for the body that sent it and the competent authority of the case.
 */
package ir.daftar.projections.report;
