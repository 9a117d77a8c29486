/**
 * The documents themselves (issue 16; A5, A6, A12, A37-13; ADR 0700): the store beside the ledger,
 * content-addressed by the SHA-256 that {@code DocumentDigitized} names; what an upload must be before it is
 * kept (its type sniffed from its bytes, its pages counted from the file, scanned by ClamAV); and the
 * read that checks the bytes against the ledger's hash on the way out.
 */
package ir.daftar.api.document;
