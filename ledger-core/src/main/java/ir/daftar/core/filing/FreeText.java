package ir.daftar.core.filing;

import ir.daftar.core.common.PersianText;

/**
 * Free text written by people into a filing, normalized as Persian text ({@link PersianText}),
 * never blank and bounded: a subject, a reason, a branch. Each kind validates itself on creation.
 */
public sealed interface FreeText {

    String value();

    /** A5/A6: what the filing is about, at most 500 characters. */
    record Subject(String value) implements FreeText {
        public Subject {
            value = bounded(value, 500, "subject is required (at most 500 characters)");
        }
    }

    /** A5/A6, A13: why a document was rejected or a filing returned, at most 1000 characters. */
    record Reason(String value) implements FreeText {
        public Reason {
            value = bounded(value, 1000, "a reason is required (at most 1000 characters)");
        }
    }

    /** A13: the branch of the authority a case was registered with, at most 200 characters. */
    record Branch(String value) implements FreeText {
        public Branch {
            value = bounded(value, 200, "branch is required (at most 200 characters)");
        }
    }

    private static String bounded(String text, int maxLength, String message) {
        String normalized = PersianText.normalize(text);
        if (normalized == null || normalized.isBlank() || normalized.length() > maxLength) {
            throw new IllegalArgumentException(message);
        }
        return normalized;
    }
}
