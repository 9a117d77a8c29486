/**
 * Personal data in read models: identifiers are stored only as keyed hashes
 * (design: "personal data is never logged in plain text"; the status lookup needs the
 * tracking code and the applicant's national code).
 */
package ir.daftar.projections.privacy;
