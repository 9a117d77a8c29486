/**
 * The {@code paper-files} read model: preliminary paper files registered after the fact (A10),
 * with the delay between the first paper act and its registration, for court staff and inspectors.
 */
package ir.daftar.projections.paperfile;
