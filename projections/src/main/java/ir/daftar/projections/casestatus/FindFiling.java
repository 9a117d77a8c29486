package ir.daftar.projections.casestatus;

/**
 * One filing's {@link FilingDetail} by its id, or {@code null} when unknown. Who may see it is the
 * caller's business (the API's access rules); for the applicant, see {@link FindOwnFiling}.
 */
public record FindFiling(String filingId) {
}
