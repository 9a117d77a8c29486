package ir.daftar.api.alert;

/** One SMS alert as a gateway receives it: the attempt id (to de-duplicate on), the number and the text. */
public record OutboundAlert(String attemptId, String noticeId, String mobile, String text) {

    /** 0912***4567: what logs and operators see. */
    public String maskedMobile() {
        return mobile.length() < 8 ? "***" : mobile.substring(0, 4) + "***" + mobile.substring(mobile.length() - 4);
    }
}
