package ir.daftar.core.common;

/** The roles of the people and systems that act on the ledger (design, A12). */
public enum ActorRole {
    APPLICANT,
    OFFICE_CLERK,
    OFFICE_LEGAL_EXPERT,
    OFFICE_IT_EXPERT,
    OFFICE_MANAGER,
    COURT_STAFF,
    REPORTING_BODY,
    INSPECTOR,
    GD_OFFICER,
    COUNCIL_MEMBER,
    CENTER_HEAD,
    /** A22(c): confirms what the Center head approves (office service fees, ADR 0921). */
    HEAD_OF_JUDICIARY,
    BOARD_MEMBER,
    /** A26-A28: a member of a Kanoon's board acting for it (the board's acts check the seat). */
    KANOON_BOARD_MEMBER,
    ADMIN,
    SYSTEM;

    public boolean isOfficeStaff() {
        return this == OFFICE_CLERK || this == OFFICE_LEGAL_EXPERT || this == OFFICE_IT_EXPERT || this == OFFICE_MANAGER;
    }
}
