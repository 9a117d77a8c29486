package ir.daftar.api.problem;

/** Nothing to show under this id for this user; the answer does not say which of the two. */
public class NotFound extends RuntimeException {

    private final String instance;

    public NotFound(String what) {
        this(what, null);
    }

    /** With a fixed {@code instance}, so that the problem body does not echo what was asked for. */
    public NotFound(String what, String instance) {
        super(what + " not found", null, false, false);
        this.instance = instance;
    }

    public String instance() {
        return instance;
    }
}
