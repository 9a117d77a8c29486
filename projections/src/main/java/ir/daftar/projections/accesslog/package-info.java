/** The access log (A12, A37-13): every read of case data, for the applicant and the inspectors. */
package ir.daftar.projections.accesslog;
