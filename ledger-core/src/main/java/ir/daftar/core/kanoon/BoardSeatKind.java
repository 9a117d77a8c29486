package ir.daftar.core.kanoon;

/** A26: the seven seats of a Kanoon board, by kind, and how many of each. */
public enum BoardSeatKind {
    /** Two office managers, proposed by the members and approved by the Center head. */
    OFFICE_MANAGER(2),
    /** Two judges with at least ten years of judicial service, proposed by the Council, approved by the Center head. */
    JUDGE(2),
    /** The GD's director or authorized representative. */
    GD_REPRESENTATIVE(1),
    /** A representative of the Center. */
    CENTER_REPRESENTATIVE(1),
    /** The Kanoon's managing director, elected by the board (A27). */
    MANAGING_DIRECTOR(1);

    private final int seats;

    BoardSeatKind(int seats) {
        this.seats = seats;
    }

    public int seats() {
        return seats;
    }

    /** Whether the seat is filled by a proposal the Center head approves (A26), not named directly. */
    public boolean byProposal() {
        return this == OFFICE_MANAGER || this == JUDGE;
    }
}
