package org.borderwatch.interop;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The ACLED columns Borderwatch reads, by their header names. A file must have every
 * {@linkplain #required() required} column; the others are kept when present. Columns not listed
 * here are ignored. Header names are matched without regard to case (older exports wrote them in
 * capitals), and the pre-2019 names {@code ally_actor_1} and {@code ally_actor_2} stand for
 * {@code assoc_actor_1} and {@code assoc_actor_2}.
 */
public enum AcledColumn {
    EVENT_ID_CNTY("event_id_cnty", true),
    EVENT_DATE("event_date", true),
    YEAR("year", false),
    TIME_PRECISION("time_precision", false),
    DISORDER_TYPE("disorder_type", false),
    EVENT_TYPE("event_type", true),
    SUB_EVENT_TYPE("sub_event_type", true),
    ACTOR1("actor1", false),
    ASSOC_ACTOR_1("assoc_actor_1", false),
    INTER1("inter1", false),
    ACTOR2("actor2", false),
    ASSOC_ACTOR_2("assoc_actor_2", false),
    INTER2("inter2", false),
    INTERACTION("interaction", false),
    CIVILIAN_TARGETING("civilian_targeting", false),
    ISO("iso", false),
    REGION("region", false),
    COUNTRY("country", true),
    ADMIN1("admin1", false),
    ADMIN2("admin2", false),
    ADMIN3("admin3", false),
    LOCATION("location", true),
    LATITUDE("latitude", true),
    LONGITUDE("longitude", true),
    GEO_PRECISION("geo_precision", false),
    SOURCE("source", true),
    SOURCE_SCALE("source_scale", false),
    NOTES("notes", true),
    FATALITIES("fatalities", true),
    TAGS("tags", false),
    TIMESTAMP("timestamp", true),
    DATA_ID("data_id", false),
    EVENT_ID_NO_CNTY("event_id_no_cnty", false),
    ISO3("iso3", false);

    private static final Map<String, AcledColumn> BY_HEADER = new HashMap<>();

    static {
        for (AcledColumn c : values()) {
            BY_HEADER.put(c.header, c);
        }
        // exports before 2019 called the associated actors "allies"
        BY_HEADER.put("ally_actor_1", ASSOC_ACTOR_1);
        BY_HEADER.put("ally_actor_2", ASSOC_ACTOR_2);
    }

    private final String header;
    private final boolean required;

    AcledColumn(String header, boolean required) {
        this.header = header;
        this.required = required;
    }

    /** The header name, e.g. {@code event_id_cnty}; also the attribute key the value is kept under. */
    public String header() {
        return header;
    }

    /** True when an import without this column is refused. */
    public boolean required() {
        return required;
    }

    /** The column with this header name (case and surrounding spaces ignored), or {@code null}. */
    public static AcledColumn byHeader(String name) {
        return BY_HEADER.get(name.trim().toLowerCase(Locale.ROOT));
    }
}
