package ir.daftar.core.discipline;

/** A34: the two disciplinary boards. */
public enum BoardLevel {
    /** A34: hears complaints and reported violations first. */
    PRIMARY,
    /** A34/A36: hears appeals of degrees 5-6 and the Center head's objections. */
    APPEAL
}
