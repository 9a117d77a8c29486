package ir.daftar.projections.casestatus;

/**
 * The public status lookup (design, Security): the tracking code and the applicant's national
 * code (or a legal person's national id), both as typed; Persian or Arabic-Indic digits, spaces
 * and dashes are accepted. Answered with a {@link CaseStatusView}, or {@code null} when the
 * tracking code is unknown or the national code does not match; the two are not told apart.
 */
public record FindCaseStatus(String trackingCode, String nationalCode) {

    /** Never prints the national code. */
    @Override
    public String toString() {
        return "FindCaseStatus[trackingCode=" + trackingCode + ", nationalCode=***]";
    }
}
