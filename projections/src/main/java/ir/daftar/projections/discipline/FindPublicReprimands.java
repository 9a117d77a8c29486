package ir.daftar.projections.discipline;

/** A35-4: the reprimands published and not withdrawn, newest first. */
public record FindPublicReprimands() {
}
