/**
 * What the read models share and nothing else: the buffer that sends a projection's writes as
 * JDBC batches at the end of the event processor's batch (ADR 0101). It knows no read model.
 */
package ir.daftar.projections.support;
