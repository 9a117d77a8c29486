/**
 * The ledger store: the one package that knows the event table ({@link ir.daftar.projections.store.EventTable},
 * its name, columns and Axon schema) and reads it, either as stored bytes for the tamper evidence
 * ({@link ir.daftar.projections.store.StoredEvents}) or deserialized, streamed through a JDBC cursor, for
 * replays and inspections ({@link ir.daftar.projections.store.EventStoreCursor}). Everything else that
 * reads events goes through Axon or through these.
 */
package ir.daftar.projections.store;
