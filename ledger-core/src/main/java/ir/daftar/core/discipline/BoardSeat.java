package ir.daftar.core.discipline;

/** A34: the seats of a board. */
public enum BoardSeat {
    /** Two on each board, chosen by the Center head; the chair is one of them. */
    JUDGE,
    /** The Primary Board's third member: a Kanoon representative who is not on the Kanoon's board. */
    KANOON_REPRESENTATIVE,
    /** The Appeal Board's third member: a representative of the General Directorate. */
    GD_REPRESENTATIVE
}
