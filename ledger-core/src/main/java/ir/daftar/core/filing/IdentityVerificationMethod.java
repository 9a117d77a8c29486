package ir.daftar.core.filing;

/** A6: how the office verified the applicant's identity. */
public enum IdentityVerificationMethod {
    NATIONAL_SMART_CARD,
    NATIONAL_CARD_AND_BIRTH_CERTIFICATE,
    FINGERPRINT,
    LEGAL_REPRESENTATIVE_DOCUMENTS
}
