/**
 * The {@code case-status} read model: a filing's status and steps by tracking code, for its
 * applicant (A5, A7), by filing id or applicant for the filing summaries and an applicant's own
 * filings (A5, A12), and what decides who may read a filing ({@link
 * ir.daftar.projections.casestatus.FindCaseAccess}, A12, A13). Minimal by design: no third-party
 * personal data, and the applicant's identifier only as a keyed hash.
 */
package ir.daftar.projections.casestatus;
