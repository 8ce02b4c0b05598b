package org.borderwatch.domain;

import java.util.Locale;

/**
 * Which frontier an item belongs to. Crossings are always on {@link #FI_RU} or {@link #PL_BY};
 * events may concern {@link #BOTH} or, for imported data, {@link #OTHER} (outside both regions).
 */
public enum Border {
    FI_RU("FI-RU", "Finland–Russia"),
    PL_BY("PL-BY", "Poland–Belarus"),
    BOTH("both", "Both borders"),
    OTHER("other", "Elsewhere");

    private final String code;
    private final String label;

    /** The constants, for {@link #parse} (which a store read calls per row: {@code values()} would copy them each time). */
    private static final Border[] ALL = values();

    Border(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The code used in files and on the command line: {@code FI-RU}, {@code PL-BY}, {@code both}, {@code other}. */
    public String code() {
        return code;
    }

    /** A human label, e.g. "Finland–Russia". */
    public String label() {
        return label;
    }

    /** True for a real frontier ({@link #FI_RU} or {@link #PL_BY}). */
    public boolean isFrontier() {
        return this == FI_RU || this == PL_BY;
    }

    /** Whether an item of this border belongs to a view filtered to {@code filter}. */
    public boolean matches(Border filter) {
        return filter == null || filter == this || (this == BOTH && filter.isFrontier());
    }

    /** Parses a code, case-insensitively, accepting {@code FI_RU} as well as {@code FI-RU}. */
    public static Border parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT).replace('_', '-');
        for (Border b : ALL) {
            if (b.code.toUpperCase(Locale.ROOT).equals(t)) {
                return b;
            }
        }
        throw new IllegalArgumentException("unknown border '" + text + "' (expected FI-RU, PL-BY, both or other)");
    }
}
