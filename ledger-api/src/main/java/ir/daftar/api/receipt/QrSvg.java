package ir.daftar.api.receipt;

import io.nayuki.qrcodegen.QrCode;

/**
 * The QR code of a receipt as inline SVG (one path, dark modules as unit squares, a four-module quiet zone):
 * it holds the signed statement itself, so a phone's scanner reads the whole receipt, not a link. Error
 * correction level L: the statement is long, and the signature itself tells a misread.
 */
public final class QrSvg {

    private static final int BORDER = 4;

    private QrSvg() {
    }

    public static String of(String text, String label) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.LOW);
        int size = qr.size + BORDER * 2;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + BORDER).append(',').append(y + BORDER).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" role=\"img\" aria-label=\"" + escape(label)
                + "\" viewBox=\"0 0 " + size + " " + size + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    /** The QR version (1..40) the text needs: bigger means denser on paper. */
    public static int version(String text) {
        return QrCode.encodeText(text, QrCode.Ecc.LOW).version;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
