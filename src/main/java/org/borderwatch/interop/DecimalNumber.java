package org.borderwatch.interop;

import java.util.regex.Pattern;

/**
 * A number as data files write it: decimal digits with an optional sign, point and exponent
 * ({@code 60.5}, {@code -.25}, {@code 1.5E-05}). {@link Double#parseDouble} also reads Java source
 * literals — {@code 0x1p6}, {@code 60.5d}, {@code 60.5f}, {@code Infinity} — which no export
 * writes and a careless or hostile one should not slip through. Thread-safe: no state.
 */
public final class DecimalNumber {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?");

    private DecimalNumber() {
    }

    /** Whether {@code text} (already trimmed) is a plain decimal number. */
    public static boolean isDecimal(String text) {
        return text.length() <= 400 && DECIMAL.matcher(text).matches();
    }

    /**
     * The value of the plain decimal {@code text} (trimmed).
     *
     * @throws NumberFormatException when it is anything else
     */
    public static double parse(String text) {
        if (!isDecimal(text)) {
            throw new NumberFormatException("'" + text + "' is not a decimal number");
        }
        return Double.parseDouble(text);
    }
}
