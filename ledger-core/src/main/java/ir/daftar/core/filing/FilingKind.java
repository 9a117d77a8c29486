package ir.daftar.core.filing;

/** What is filed: a petition (دادخواست), a request (درخواست) or a complaint (شکایت). */
public enum FilingKind {
    PETITION,
    REQUEST,
    COMPLAINT
}
