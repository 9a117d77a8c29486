/**
 * The {@code statistics} read model (A12, A22(d), A28(c), A37-3; ADR 1100): a fact per counted event, with its time,
 * Tehran day and dimensions, so that the reports can count and time any period as of any instant; and the pure
 * tabulation of those facts by Jalali period and by office, province, route, kind or competent authority. No
 * personal data.
 */
package ir.daftar.projections.statistics;
