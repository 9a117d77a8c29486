package ir.daftar.core.common;

/** What is filed: a petition (دادخواست), a request (درخواست) or a complaint (شکایت). */
public enum FilingKind {
    PETITION,
    REQUEST,
    COMPLAINT
}
