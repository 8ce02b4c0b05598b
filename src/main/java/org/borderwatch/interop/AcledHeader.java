package org.borderwatch.interop;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

/**
 * Where each {@link AcledColumn} sits in one file, read from its header record.
 *
 * @param indexes  column position per {@link AcledColumn#ordinal()}, −1 when absent
 * @param width    number of fields of the header (every row must have as many)
 * @param layout   the layout the header names identify
 */
public record AcledHeader(int[] indexes, int width, AcledLayout layout) {
    public AcledHeader {
        indexes = indexes.clone();
        if (indexes.length != AcledColumn.values().length) {
            throw new IllegalArgumentException("one index per ACLED column is needed");
        }
    }

    /**
     * Reads the header fields of {@code csv}'s current record.
     *
     * @throws InputFormatException when a required column is missing or a known one appears twice
     */
    public static AcledHeader read(CsvReader csv) throws InputFormatException {
        int[] idx = new int[AcledColumn.values().length];
        Arrays.fill(idx, -1);
        for (int i = 0; i < csv.fieldCount(); i++) {
            AcledColumn c = AcledColumn.byHeader(csv.field(i));
            if (c == null) {
                continue;
            }
            if (idx[c.ordinal()] >= 0) {
                throw InputFormatException.atLine(csv.file(), csv.line(), "the column '" + c.header()
                        + "' appears twice in the header (fields " + (idx[c.ordinal()] + 1) + " and " + (i + 1) + ")");
            }
            idx[c.ordinal()] = i;
        }
        List<String> missing = new ArrayList<>();
        for (AcledColumn c : AcledColumn.values()) {
            if (c.required() && idx[c.ordinal()] < 0) {
                missing.add(c.header());
            }
        }
        if (!missing.isEmpty()) {
            throw InputFormatException.atLine(csv.file(), csv.line(), "not an ACLED file: the header lacks the column"
                    + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing));
        }
        EnumSet<AcledColumn> present = EnumSet.noneOf(AcledColumn.class);
        for (AcledColumn c : AcledColumn.values()) {
            if (idx[c.ordinal()] >= 0) {
                present.add(c);
            }
        }
        boolean current = present.contains(AcledColumn.DISORDER_TYPE) || present.contains(AcledColumn.CIVILIAN_TARGETING)
                || present.contains(AcledColumn.TAGS);
        boolean old = present.contains(AcledColumn.DATA_ID) || present.contains(AcledColumn.EVENT_ID_NO_CNTY)
                || present.contains(AcledColumn.ISO3);
        AcledLayout layout = old && !current ? AcledLayout.PRE_2023 : AcledLayout.CURRENT;
        return new AcledHeader(idx, csv.fieldCount(), layout);
    }

    /** Position of {@code c} in a record, or −1 when the file lacks it. */
    public int index(AcledColumn c) {
        return indexes[c.ordinal()];
    }

    @Override
    public int[] indexes() {
        return indexes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AcledHeader h && h.width == width && h.layout == layout && Arrays.equals(h.indexes, indexes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(indexes) * 31 + width;
    }

    @Override
    public String toString() {
        return "AcledHeader[" + layout + ", " + width + " columns]";
    }
}
