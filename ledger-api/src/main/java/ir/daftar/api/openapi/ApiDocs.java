package ir.daftar.api.openapi;

/**
 * Shared texts of the OpenAPI document: the tags (one per feature) and the sentence naming the
 * roles allowed, which ends every operation's description. The roles are the ones
 * {@code SecurityConfiguration} lets through; {@code OpenApiDocumentIT} holds the sentence to
 * {@code AccessMatrixIT}'s table, and {@link OpenApiConfiguration} documents 403 from it.
 */
public final class ApiDocs {

    /** Starts the roles sentence: {@code ROLES + "COURT_STAFF."}. */
    public static final String ROLES = "\n\nRoles: ";
    public static final String OFFICE_STAFF = "OFFICE_CLERK, OFFICE_LEGAL_EXPERT, OFFICE_IT_EXPERT, OFFICE_MANAGER";
    /** Office staff and the applicant: the two routes of a filing (A5 portal, A6 office). */
    public static final String FILERS = ROLES + OFFICE_STAFF + ", APPLICANT.";
    /** Every role that can sign in; nobody is refused for their role (no 403). */
    public static final String ANY_SIGNED_IN = ROLES + "anyone signed in.";
    /** No login at all (no 401, no 403). */
    public static final String NO_LOGIN = ROLES + "anyone, without login.";

    public static final String TAG_FILINGS = "Filings";
    public static final String TAG_COURT = "Competent authority";
    public static final String TAG_NOTICES = "Notices";
    public static final String TAG_REPORTS = "Reports and paper files";
    public static final String TAG_OFFICES = "Offices";
    public static final String TAG_INSPECTIONS = "Inspections";
    public static final String TAG_KANOONS = "Kanoons and the Council";
    public static final String TAG_STATUS = "Status lookup";
    public static final String TAG_REFERENCE = "Reference data";
    public static final String TAG_ACCOUNT = "Account";
    public static final String TAG_ADMIN = "Administration";
    public static final String TAG_STATISTICS = "Statistics";
    public static final String TAG_RECEIPTS = "Receipts";

    private ApiDocs() {
    }
}
