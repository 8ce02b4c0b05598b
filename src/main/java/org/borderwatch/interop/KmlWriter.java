package org.borderwatch.interop;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationKind;
import org.borderwatch.domain.Category;
import org.borderwatch.domain.Crossing;
import org.borderwatch.domain.CrossingType;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Source;
import org.borderwatch.domain.Status;
import org.borderwatch.domain.StatusInterval;
import org.borderwatch.files.BlockWriter;
import org.borderwatch.json.Json;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes KML 2.2 for Google Earth, with elements in the order the OGC schema requires. Time is
 * what makes it useful there: an event has a {@code TimeStamp} (its day, or its month for
 * month-precision events); a crossing has one Placemark per status interval with a
 * {@code TimeSpan} [from, until) styled by that status, so the time slider plays the closures; an
 * annotation has a {@code TimeSpan} from its validity period. Styles: per crossing type and status,
 * by category and per annotation colour, in the slides' colours; their icons are the
 * {@link KmlIcons} given (the slides' own symbols inside a KMZ), never an address on the network. {@code ExtendedData} keeps every field (lists as JSON arrays), so
 * {@link KmlReader} can read events and annotations back. A range ring is its centre plus the
 * geodesic circle (WGS84) as a line.
 *
 * <p>Events without a location cannot be placed and are left out (counted in the result).
 * Stateless and thread-safe.
 */
public final class KmlWriter {
    /** The KML 2.2 namespace. */
    public static final String NS = "http://www.opengis.net/kml/2.2";
    private static final int RING_SEGMENTS = 72;

    /** What was written. */
    public record Result(int placemarks, int eventsWithoutLocation) {
    }

    /**
     * Writes one KML document; does not close {@code out}.
     *
     * @throws IOException what the content's event feed throws
     */
    public Result write(OutputStream out, ExportContent content, String title) throws XMLStreamException, IOException {
        return write(out, content, title, KmlIcons.NONE);
    }

    /**
     * Writes one KML document whose styles point at {@code icons}; does not close {@code out}.
     *
     * @throws IOException what the content's event feed throws
     */
    public Result write(OutputStream out, ExportContent content, String title, KmlIcons icons)
            throws XMLStreamException, IOException {
        // the XML writer hands a stream one character at a time; a writer of its own gets whole
        // strings, gathered without a lock per call and encoded in blocks
        Writer text = new BlockWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(text);
        IndentedXml w = new IndentedXml(x);
        int[] placemarks = {0};
        int[] unplaced = {0};
        x.writeStartDocument("UTF-8", "1.0");
        w.open("kml");
        x.writeDefaultNamespace(NS);
        w.open("Document");
        w.leaf("name", title);
        w.leaf("open", "1");
        styles(w, content.annotations(), icons);
        if (content.crossings()) {
            w.open("Folder");
            w.leaf("name", "Crossings");
            for (Crossing c : content.data().crossings()) {
                placemarks[0] += crossing(w, c, content.data().intervals(c.id()));
            }
            w.close();
        }
        if (content.events()) {
            w.open("Folder");
            w.leaf("name", "Events");
            try {
                content.feed().forEach(e -> {
                    if (e.location() == null) {
                        unplaced[0]++;
                        return;
                    }
                    try {
                        event(w, e, content.data().sources());
                    } catch (XMLStreamException failed) {
                        throw new XmlFailed(failed);
                    }
                    placemarks[0]++;
                });
            } catch (XmlFailed f) {
                throw (XMLStreamException) f.getCause();
            }
            w.close();
        }
        if (!content.annotations().isEmpty()) {
            w.open("Folder");
            w.leaf("name", "Annotations");
            for (Annotation a : content.annotations()) {
                annotation(w, a);
                placemarks[0]++;
            }
            w.close();
        }
        w.close();
        w.close();
        x.writeCharacters("\n");
        x.writeEndDocument();
        x.flush();
        x.close();
        text.flush();
        return new Result(placemarks[0], unplaced[0]);
    }

    /** Carries an XML writer's error through an event feed, which passes only I/O errors. */
    private static final class XmlFailed extends IOException {
        private static final long serialVersionUID = 1L;

        XmlFailed(XMLStreamException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private static void styles(IndentedXml w, List<Annotation> annotations, KmlIcons icons) throws XMLStreamException {
        for (CrossingType t : CrossingType.values()) {
            for (Status s : Status.values()) {
                style(w, KmlStyles.crossingId(t, s), KmlStyles.STATUS.get(s), icons.crossing(t, s), 1.0);
            }
        }
        for (Category c : Category.values()) {
            style(w, KmlStyles.categoryId(c), KmlStyles.CATEGORY.get(c), icons.event(c), 1.0);
        }
        Set<String> colors = new LinkedHashSet<>();
        for (Annotation a : annotations) {
            colors.add(a.color());
        }
        for (String color : colors) {
            w.open("Style");
            w.attribute("id", KmlStyles.annotationId(color));
            w.open("IconStyle");
            w.leaf("color", KmlStyles.kmlColor(color, 255));
            if (icons.annotationPoint() != null) {
                w.open("Icon");
                w.leaf("href", icons.annotationPoint());
                w.close();
            }
            w.close();
            w.open("LineStyle");
            w.leaf("color", KmlStyles.kmlColor(color, 255));
            w.leaf("width", "2");
            w.close();
            w.open("PolyStyle");
            w.leaf("color", KmlStyles.kmlColor(color, 0x55));
            w.close();
            w.close();
        }
    }

    /**
     * A style: with an icon of its own (a picture in its own colours, not tinted), or the default
     * pin in {@code color}; the label in the colour too.
     */
    private static void style(IndentedXml w, String id, String color, String icon, double scale) throws XMLStreamException {
        w.open("Style");
        w.attribute("id", id);
        w.open("IconStyle");
        w.leaf("color", icon == null ? KmlStyles.kmlColor(color, 255) : "ffffffff");
        w.leaf("scale", Double.toString(scale));
        if (icon != null) {
            w.open("Icon");
            w.leaf("href", icon);
            w.close();
            w.open("hotSpot");
            w.attribute("x", "0.5");
            w.attribute("y", "0.5");
            w.attribute("xunits", "fraction");
            w.attribute("yunits", "fraction");
            w.close();
        }
        w.close();
        w.close();
    }

    private static int crossing(IndentedXml w, Crossing c, List<StatusInterval> intervals) throws XMLStreamException {
        if (intervals.isEmpty()) {
            placemarkStart(w, c.displayPair() + ": no data", "No sourced status.");
            w.leaf("styleUrl", "#" + KmlStyles.crossingId(c.type(), Status.UNKNOWN));
            crossingData(w, c, null);
            point(w, c.location().lon(), c.location().lat());
            w.close();
            return 1;
        }
        for (StatusInterval i : intervals) {
            StringBuilder d = new StringBuilder(i.status().label()).append(" from ").append(i.from());
            if (i.effectiveTime() != null) {
                d.append(' ').append(i.effectiveTime());
            }
            d.append(i.until() == null ? ", still in force" : " until " + i.until() + " (exclusive)").append('.');
            if (i.reason() != null) {
                d.append(' ').append(i.reason()).append('.');
            }
            placemarkStart(w, c.displayPair() + ": " + i.status().label().toLowerCase(java.util.Locale.ROOT), d.toString());
            timeSpan(w, i.from(), i.until());
            w.leaf("styleUrl", "#" + KmlStyles.crossingId(c.type(), i.status()));
            crossingData(w, c, i);
            point(w, c.location().lon(), c.location().lat());
            w.close();
        }
        return intervals.size();
    }

    private static void crossingData(IndentedXml w, Crossing c, StatusInterval i) throws XMLStreamException {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("layer", GeoJsonWriter.CROSSING);
        d.put("crossing_id", c.id());
        d.put("border", c.border().code());
        d.put("type", c.type().code());
        d.put("precision", c.precision().code());
        d.put("precision_note", c.precisionNote());
        d.put("status", i == null ? Status.UNKNOWN.code() : i.status().code());
        if (i != null) {
            d.put("from", i.from().toString());
            d.put("until", i.until() == null ? "" : i.until().toString());
            d.put("reason", i.reason() == null ? "" : i.reason());
            d.put("effective_time", i.effectiveTime() == null ? "" : i.effectiveTime().toString());
            d.put("sources", json(i.sourceIds()));
        }
        extendedData(w, d);
    }

    private static void event(IndentedXml w, Event e, Map<String, Source> sources) throws XMLStreamException {
        placemarkStart(w, e.title(), e.summary());
        w.open("TimeStamp");
        w.leaf("when", e.datePrecision() == DatePrecision.MONTH ? e.date().toString().substring(0, 7) : e.date().toString());
        w.close();
        w.leaf("styleUrl", "#" + KmlStyles.categoryId(e.category()));
        Map<String, String> d = new LinkedHashMap<>();
        d.put("layer", GeoJsonWriter.EVENT);
        d.put("id", e.id());
        d.put("date", e.date().toString());
        d.put("date_precision", e.datePrecision().code());
        d.put("category", e.category().code());
        d.put("border", e.border().code());
        d.put("crossing_id", e.crossingId() == null ? "" : e.crossingId());
        d.put("place", e.place() == null ? "" : e.place());
        d.put("tags", json(e.tags()));
        List<Map<String, String>> cited = new ArrayList<>();
        for (String id : e.sourceIds()) {
            Map<String, String> s = new LinkedHashMap<>();
            s.put("id", id);
            Source src = sources.get(id);
            if (src != null) {
                s.put("title", src.title());
                s.put("url", src.url());
                s.put("publisher", src.publisher());
            }
            cited.add(s);
        }
        d.put("sources", json(cited));
        for (Map.Entry<String, String> a : e.attributes().entrySet()) {
            d.put(GeoJsonWriter.ATTRIBUTE_PREFIX + a.getKey(), a.getValue());
        }
        extendedData(w, d);
        point(w, e.location().lon(), e.location().lat());
        w.close();
    }

    private static void annotation(IndentedXml w, Annotation a) throws XMLStreamException {
        placemarkStart(w, a.title().isEmpty() ? a.kind().label() : a.title(), a.note());
        if (a.validFrom() != null || a.validUntil() != null) {
            timeSpan(w, a.validFrom(), a.validUntil());
        }
        w.leaf("styleUrl", "#" + KmlStyles.annotationId(a.color()));
        Map<String, String> d = new LinkedHashMap<>();
        d.put("layer", GeoJsonWriter.ANNOTATION);
        d.put("id", a.id());
        d.put("kind", a.kind().code());
        d.put("title", a.title());
        d.put("author", a.author());
        d.put("created", a.created().toString());
        d.put("modified", a.modified().toString());
        d.put("tags", json(a.tags()));
        d.put("event_ids", json(a.eventIds()));
        d.put("confidence", a.confidence().code());
        d.put("valid_from", a.validFrom() == null ? "" : a.validFrom().toString());
        d.put("valid_until", a.validUntil() == null ? "" : a.validUntil().toString());
        d.put("color", a.color());
        if (a.radiusKm() != null) {
            d.put("radius_km", a.radiusKm().toString());
        }
        extendedData(w, d);
        Geometry g = a.geometry();
        if (a.kind() == AnnotationKind.RING) {
            Point c = (Point) g;
            w.open("MultiGeometry");
            point(w, c.getX(), c.getY());
            w.open("LineString");
            w.leaf("tessellate", "1");
            w.leaf("coordinates", coordinates(circle(c.getY(), c.getX(), a.radiusKm() * 1000)));
            w.close();
            w.close();
        } else if (g instanceof Point p) {
            point(w, p.getX(), p.getY());
        } else if (g instanceof LineString l) {
            w.open("LineString");
            w.leaf("tessellate", "1");
            w.leaf("coordinates", coordinates(l.getCoordinates()));
            w.close();
        } else if (g instanceof Polygon p) {
            w.open("Polygon");
            w.leaf("tessellate", "1");
            w.open("outerBoundaryIs");
            linearRing(w, p.getExteriorRing().getCoordinates());
            w.close();
            for (int i = 0; i < p.getNumInteriorRing(); i++) {
                w.open("innerBoundaryIs");
                linearRing(w, p.getInteriorRingN(i).getCoordinates());
                w.close();
            }
            w.close();
        }
        w.close();
    }

    /** Points of the geodesic circle of {@code radiusM} metres around (lat, lon), closed. */
    static Coordinate[] circle(double lat, double lon, double radiusM) {
        Coordinate[] cs = new Coordinate[RING_SEGMENTS + 1];
        for (int i = 0; i < RING_SEGMENTS; i++) {
            GeodesicData d = Geodesic.WGS84.Direct(lat, lon, 360.0 * i / RING_SEGMENTS, radiusM);
            cs[i] = new Coordinate(d.lon2, d.lat2);
        }
        cs[RING_SEGMENTS] = cs[0];
        return cs;
    }

    private static void placemarkStart(IndentedXml w, String name, String description) throws XMLStreamException {
        w.open("Placemark");
        w.leaf("name", name);
        if (!description.isEmpty()) {
            w.leaf("description", description);
        }
    }

    private static void timeSpan(IndentedXml w, LocalDate begin, LocalDate end) throws XMLStreamException {
        w.open("TimeSpan");
        if (begin != null) {
            w.leaf("begin", begin.toString());
        }
        if (end != null) {
            w.leaf("end", end.toString());
        }
        w.close();
    }

    private static void extendedData(IndentedXml w, Map<String, String> data) throws XMLStreamException {
        w.open("ExtendedData");
        for (Map.Entry<String, String> e : data.entrySet()) {
            w.open("Data");
            w.attribute("name", e.getKey());
            w.leaf("value", e.getValue());
            w.close();
        }
        w.close();
    }

    private static void point(IndentedXml w, double lon, double lat) throws XMLStreamException {
        w.open("Point");
        w.leaf("coordinates", number(lon) + "," + number(lat));
        w.close();
    }

    private static void linearRing(IndentedXml w, Coordinate[] cs) throws XMLStreamException {
        w.open("LinearRing");
        w.leaf("coordinates", coordinates(cs));
        w.close();
    }

    private static String coordinates(Coordinate[] cs) {
        StringBuilder sb = new StringBuilder();
        for (Coordinate c : cs) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(number(c.x)).append(',').append(number(c.y));
        }
        return sb.toString();
    }

    /** Plain decimal notation (never "1.0E-5"). */
    private static String number(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static String json(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("lists of strings always serialise", e);
        }
    }
}
