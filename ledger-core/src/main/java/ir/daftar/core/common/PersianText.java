package ir.daftar.core.common;

import java.text.Normalizer;

/**
 * Persian text as people type it on different keyboards: Arabic yeh (ي, ى) and kaf (ك)
 * become Persian ی and ک, Arabic-Indic digits become Persian, runs of spaces collapse,
 * stray zero-width non-joiners around spaces go, and the result is NFC.
 */
public final class PersianText {

    private PersianText() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String t = Normalizer.normalize(text, Normalizer.Form.NFC)
                .replace('\u064A', '\u06CC') // ي -> ی
                .replace('\u0649', '\u06CC') // ى -> ی
                .replace('\u0643', '\u06A9'); // ك -> ک
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '\u0660' && c <= '\u0669') {
                out.append((char) ('\u06F0' + (c - '\u0660')));
            } else {
                out.append(c);
            }
        }
        return out.toString()
                .replaceAll("\u200C*\\s+\u200C*", " ")
                .replaceAll("\u200C{2,}", "\u200C")
                .strip();
    }

    /** A form for comparing names: normalized, ZWNJ read as a space, case-folded. */
    public static String comparable(String text) {
        String n = normalize(text);
        return n == null ? null : n.replace('\u200C', ' ').replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
