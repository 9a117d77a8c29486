package ir.daftar.api.problem;

import java.time.Duration;

/** A12: a limit on attempts was reached; answered 429 with {@code Retry-After} and the limit's code. */
public class TooManyRequests extends RuntimeException {

    private final String code;
    private final Duration retryAfter;

    public TooManyRequests(String code, Duration retryAfter) {
        super(code, null, false, false);
        this.code = code;
        this.retryAfter = retryAfter;
    }

    public String code() {
        return code;
    }

    /** Whole seconds for the {@code Retry-After} header, at least one. */
    public long retryAfterSeconds() {
        return retryAfterSeconds(retryAfter);
    }

    public static long retryAfterSeconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
