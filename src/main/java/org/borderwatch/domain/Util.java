package org.borderwatch.domain;

import java.util.List;

/** Validation shared by the records of this package. */
final class Util {
    private Util() {
    }

    static String requireText(String s, String what) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return s;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
