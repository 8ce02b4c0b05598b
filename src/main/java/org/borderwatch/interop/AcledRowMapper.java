package org.borderwatch.interop;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.Category;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.domain.Source;

/**
 * Maps one ACLED row to an {@link Event}: id {@code acled:<event_id_cnty>}, title
 * "{@code <sub_event_type> in <location>}", summary = {@code notes}, category from
 * {@link AcledCategories}, border from {@link BorderRegions}, location from latitude/longitude,
 * place "{@code location, admin1}", sources from {@link AcledSources}, tags {@code acled} plus
 * ACLED's own tags, and every ACLED value worth keeping in {@link Event#attributes()} under its
 * column name. A {@code time_precision} of 3 (month) gives {@link DatePrecision#MONTH} and the 1st
 * of the month; the original date stays in the attribute {@code event_date}. Older numeric actor
 * codes become today's text, the code kept as {@code inter1_code} and so on.
 *
 * <p>Not thread-safe (it caches sources).
 */
public final class AcledRowMapper {
    /** Prefix of the ids of imported ACLED events. */
    public static final String ID_PREFIX = "acled:";

    /** Columns copied verbatim (trimmed) into the attributes when not empty, in this order. */
    private static final AcledColumn[] KEPT = {
        AcledColumn.EVENT_ID_CNTY, AcledColumn.EVENT_TYPE, AcledColumn.SUB_EVENT_TYPE, AcledColumn.DISORDER_TYPE,
        AcledColumn.ACTOR1, AcledColumn.ASSOC_ACTOR_1, AcledColumn.ACTOR2, AcledColumn.ASSOC_ACTOR_2};
    private static final AcledColumn[] KEPT_PLACE = {
        AcledColumn.CIVILIAN_TARGETING, AcledColumn.ISO, AcledColumn.ISO3, AcledColumn.REGION, AcledColumn.COUNTRY,
        AcledColumn.ADMIN1, AcledColumn.ADMIN2, AcledColumn.ADMIN3, AcledColumn.LOCATION};
    private static final AcledColumn[] KEPT_TAIL = {
        AcledColumn.SOURCE, AcledColumn.SOURCE_SCALE, AcledColumn.FATALITIES, AcledColumn.TAGS,
        AcledColumn.TIMESTAMP, AcledColumn.NOTES, AcledColumn.DATA_ID, AcledColumn.EVENT_ID_NO_CNTY};

    private final AcledHeader header;
    private final AcledSources sources;
    private CsvReader row;

    public AcledRowMapper(AcledHeader header, AcledSources sources) {
        this.header = header;
        this.sources = sources;
    }

    /**
     * Maps the current record of {@code csv}.
     *
     * @throws InvalidRecordException naming the line when a value is missing or wrong
     */
    public AcledRecord map(CsvReader csv) throws InvalidRecordException {
        if (csv.fieldCount() != header.width()) {
            throw new InvalidRecordException(csv.file(), csv.line(), "the row has " + csv.fieldCount()
                    + " fields, the header " + header.width());
        }
        this.row = csv;
        try {
            return map(csv.line());
        } catch (IllegalArgumentException e) {
            throw new InvalidRecordException(csv.file(), csv.line(), e.getMessage());
        } finally {
            this.row = null;
        }
    }

    private AcledRecord map(long line) {
        String idCnty = get(AcledColumn.EVENT_ID_CNTY).trim();
        if (idCnty.isEmpty()) {
            throw new IllegalArgumentException("event_id_cnty is empty");
        }
        LocalDate date = AcledValues.date(get(AcledColumn.EVENT_DATE));
        int timePrecision = AcledValues.precision(get(AcledColumn.TIME_PRECISION), "time_precision");
        int geoPrecision = AcledValues.precision(get(AcledColumn.GEO_PRECISION), "geo_precision");
        double lat = AcledValues.degrees(get(AcledColumn.LATITUDE), "latitude", 90);
        double lon = AcledValues.degrees(get(AcledColumn.LONGITUDE), "longitude", 180);
        int fatalities = AcledValues.count(get(AcledColumn.FATALITIES), "fatalities");
        long timestamp = AcledValues.timestamp(get(AcledColumn.TIMESTAMP));
        String inter1 = get(AcledColumn.INTER1);
        String inter2 = get(AcledColumn.INTER2);
        String interaction = get(AcledColumn.INTERACTION);
        String inter1Text = AcledValues.actorType(inter1, "inter1");
        String inter2Text = AcledValues.actorType(inter2, "inter2");
        String interactionText = AcledValues.interaction(interaction);
        String eventType = get(AcledColumn.EVENT_TYPE).trim();
        String subType = get(AcledColumn.SUB_EVENT_TYPE).trim();
        String location = get(AcledColumn.LOCATION).trim();
        String admin1 = get(AcledColumn.ADMIN1).trim();
        String country = get(AcledColumn.COUNTRY).trim();
        String notes = lineBreaks(get(AcledColumn.NOTES).trim());

        Map<String, String> a = new LinkedHashMap<>(48);
        keep(a, KEPT);
        putIfText(a, "inter1", inter1Text);
        putIfText(a, "inter1_code", AcledValues.allDigits(inter1.trim()) ? inter1.trim() : "");
        putIfText(a, "inter2", inter2Text);
        putIfText(a, "inter2_code", AcledValues.allDigits(inter2.trim()) ? inter2.trim() : "");
        putIfText(a, "interaction", interactionText);
        putIfText(a, "interaction_code", AcledValues.allDigits(interaction.trim()) ? interaction.trim() : "");
        keep(a, KEPT_PLACE);
        a.put("event_date", date.toString());
        putIfText(a, "geo_precision", geoPrecision == 0 ? "" : Integer.toString(geoPrecision));
        putIfText(a, "time_precision", timePrecision == 0 ? "" : Integer.toString(timePrecision));
        keep(a, KEPT_TAIL);
        putIfText(a, "notes", notes);
        a.put("fatalities", Integer.toString(fatalities));
        a.put("timestamp", Long.toString(timestamp));

        List<Source> cited = sources.of(get(AcledColumn.SOURCE));
        List<String> sourceIds = new ArrayList<>(cited.size());
        for (Source s : cited) {
            sourceIds.add(s.id());
        }
        List<String> tags = new ArrayList<>(4);
        tags.add("acled");
        for (String t : get(AcledColumn.TAGS).split(";")) {
            String tag = t.trim();
            if (!tag.isEmpty() && !tags.contains(tag)) {
                tags.add(tag);
            }
        }
        boolean month = timePrecision == 3;
        String where = !location.isEmpty() ? location : !admin1.isEmpty() ? admin1 : country;
        String what = !subType.isEmpty() ? subType : !eventType.isEmpty() ? eventType : "ACLED event";
        String title = where.isEmpty() ? what : what + " in " + where;
        String place = location.isEmpty() ? blankToNull(admin1)
                : admin1.isEmpty() || admin1.equals(location) ? location : location + ", " + admin1;
        Category category = AcledCategories.of(eventType, subType);
        Border border = BorderRegions.of(lat, lon, country);
        Event e = new Event(ID_PREFIX + idCnty, month ? date.withDayOfMonth(1) : date,
                month ? DatePrecision.MONTH : DatePrecision.DAY, title, notes, category, border, null,
                new GeoPoint(lat, lon), place, sourceIds, tags, a);
        return new AcledRecord(line, e, timestamp, cited);
    }

    private String get(AcledColumn c) {
        int i = header.index(c);
        return i < 0 ? "" : row.field(i);
    }

    private void keep(Map<String, String> a, AcledColumn[] columns) {
        for (AcledColumn c : columns) {
            putIfText(a, c.header(), get(c).trim());
        }
    }

    private static void putIfText(Map<String, String> a, String key, String value) {
        if (!value.isEmpty()) {
            a.put(key, value);
        }
    }

    /** Notes written on Windows carry CRLF inside the quoted field: keep plain LF. */
    private static String lineBreaks(String s) {
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
