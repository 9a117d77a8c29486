package ir.daftar.core.report;

/** A9: the persons and bodies that send reports and the results of judicial orders electronically. */
public enum ReportingBodyKind {
    /** ضابطان دادگستری: police acting as judicial officers. */
    JUDICIAL_OFFICERS_UNIT,
    /** کارشناس رسمی: an official expert. */
    OFFICIAL_EXPERT,
    /** سازمان پزشکی قانونی: the forensic medicine organization. */
    FORENSIC_MEDICINE,
    /** زندان: a prison. */
    PRISON,
    /** Any other person or body involved in proceedings. */
    OTHER
}
