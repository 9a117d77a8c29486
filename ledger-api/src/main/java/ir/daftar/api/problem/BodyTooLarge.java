package ir.daftar.api.problem;

import java.io.IOException;

/** A streamed request body read past its limit ({@code daftar.http.max-body-size}); answered 413. */
public final class BodyTooLarge extends IOException {

    public BodyTooLarge(String message) {
        super(message);
    }
}
