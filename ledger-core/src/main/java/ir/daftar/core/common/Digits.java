package ir.daftar.core.common;

import java.util.regex.Pattern;

/** Persian (۰–۹) and Arabic-Indic (٠–٩) digits as ASCII digits; people type all three. */
public final class Digits {

    /** Spaces, hyphens and the zero-width joiners and direction marks that pasted Persian text carries. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-\u200C\u200F\u200E]");

    private Digits() {
    }

    public static String toAscii(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u06F0' && c <= '\u06F9') {
                out.append((char) ('0' + (c - '\u06F0')));
            } else if (c >= '\u0660' && c <= '\u0669') {
                out.append((char) ('0' + (c - '\u0660')));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** ASCII digits only, after normalization and after dropping spaces, dashes and ZWNJ. */
    public static String digitsOnly(String text) {
        if (text == null) {
            return null;
        }
        return SEPARATORS.matcher(toAscii(text)).replaceAll("");
    }

    public static boolean allDigits(String text, int length) {
        if (text == null || text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
