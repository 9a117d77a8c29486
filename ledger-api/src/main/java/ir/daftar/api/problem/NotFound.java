package ir.daftar.api.problem;

/** Nothing to show under this id for this user; the answer does not say which of the two. */
public class NotFound extends RuntimeException {

    public NotFound(String what) {
        super(what + " not found", null, false, false);
    }
}
