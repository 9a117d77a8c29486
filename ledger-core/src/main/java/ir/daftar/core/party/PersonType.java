package ir.daftar.core.party;

/** A2: natural persons and legal persons may both file. */
public enum PersonType {
    NATURAL,
    LEGAL
}
