/**
 * The {@code case-status} read model: a filing's status and steps by tracking code, for its
 * applicant (A5, A7). Minimal by design: no third-party personal data, and the applicant's
 * identifier only as a keyed hash.
 */
package ir.daftar.projections.casestatus;
