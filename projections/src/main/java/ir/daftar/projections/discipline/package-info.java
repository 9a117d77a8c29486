/**
 * The {@code discipline} read model (A34-A38, ADR 1200): disciplinary cases and rulings for a board's docket, an
 * office's disciplinary history as of any instant, the public list of reprimands (A35-4) and the final rulings
 * against a person that the repeat-offence rule weighs (A38 note 3). A case's full record is read from its events.
 */
package ir.daftar.projections.discipline;
