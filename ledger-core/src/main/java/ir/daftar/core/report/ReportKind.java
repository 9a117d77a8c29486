package ir.daftar.core.report;

/** A9: what a reporting body sends about a case. */
public enum ReportKind {
    /** The result of an action the authority ordered (e.g. an arrest, an inspection of the scene). */
    RESULT_OF_ACTION,
    /** An official expert's opinion. */
    EXPERT_OPINION,
    /** A report of forensic medicine. */
    FORENSIC_REPORT,
    /** The execution of a judicial order (e.g. by a prison). */
    EXECUTION_OF_ORDER,
    OTHER
}
