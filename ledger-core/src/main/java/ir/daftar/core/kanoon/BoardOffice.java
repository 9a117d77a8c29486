package ir.daftar.core.kanoon;

/** A27: the offices the board elects at its first meeting, by secret ballot. */
public enum BoardOffice {
    /** Elected from the members (preferably an office manager); represents the Kanoon and signs its letters. */
    MANAGING_DIRECTOR,
    /** Elected from the two office-manager members. */
    CHAIR,
    /** Elected from the two office-manager members; signs the Kanoon's financial letters too. */
    TREASURER;

    /** A27: whether only the office-manager members may hold the office. */
    public boolean fromOfficeManagers() {
        return this != MANAGING_DIRECTOR;
    }
}
