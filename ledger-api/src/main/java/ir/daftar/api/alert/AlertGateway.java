package ir.daftar.api.alert;

/**
 * Where SMS alerts go. An implementation either accepts the alert (returns) or fails (throws); it
 * may be called again with the same attempt id after a crash, so the receiving side must
 * de-duplicate on {@link OutboundAlert#attemptId()}.
 */
public interface AlertGateway {

    /** A short name kept in the {@code AlertSent} event, e.g. {@code log} or {@code http}. */
    String name();

    void send(OutboundAlert alert) throws AlertGatewayException;

    /** The gateway did not accept the alert; the dispatcher retries later. */
    class AlertGatewayException extends Exception {
        public AlertGatewayException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
