package ir.daftar.core.fee;

import java.math.BigDecimal;

/**
 * One band of a financial claim: the part of the claim value up to {@code upToRials}
 * (exclusive of the previous band's limit) is charged {@code percent}. The last band has
 * no limit ({@code upToRials == null}).
 */
public record FeeBand(Long upToRials, BigDecimal percent) {

    public FeeBand {
        if (percent == null || percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("band percent must be between 0 and 100");
        }
        if (upToRials != null && upToRials <= 0) {
            throw new IllegalArgumentException("band limit must be positive");
        }
    }
}
