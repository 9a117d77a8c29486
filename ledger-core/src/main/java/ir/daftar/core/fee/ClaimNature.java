package ir.daftar.core.fee;

/** Whether a petition claims money (fee by value) or not (fixed fee). */
public enum ClaimNature {
    FINANCIAL,
    NON_FINANCIAL
}
