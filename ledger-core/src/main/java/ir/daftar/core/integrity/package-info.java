/**
 * Tamper evidence for the ledger (A12, A37): the canonical form of a stored event, the hash that
 * chains it to its predecessor in its aggregate stream, the Merkle root of a range of the global
 * stream, and the signed checkpoint statement over that root. Pure Java, so that the writer in the
 * application and the verifier that operators run share one definition.
 */
package ir.daftar.core.integrity;
