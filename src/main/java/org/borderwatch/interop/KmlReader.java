package org.borderwatch.interop;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Source;
import org.borderwatch.json.GeoJsonGeometry;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LinearRing;

/**
 * Reads KML: Placemarks written by {@link KmlWriter} become events and annotations again
 * (crossing Placemarks are passed over), and Placemarks of other tools (Google Earth, QGIS)
 * holding one Point, LineString or Polygon become annotations with their name, description and
 * time span. KML 2.0–2.2 namespaces are accepted alike. References are checked as by
 * {@link GeoJsonReader} ({@link KnownIds}).
 *
 * <p>The XML parser has DTDs and external entities switched off, and a document that declares a
 * DOCTYPE is refused, so a file can neither fetch nor expand anything. Problems are reported as
 * {@code file:line:column: reason}. Thread-safe: no state.
 */
public final class KmlReader {
    /**
     * What a file holds.
     *
     * @param events           events in file order
     * @param annotations      annotations in file order
     * @param sources          sources the events describe in full, once each
     * @param crossingsIgnored crossing Placemarks passed over
     */
    public record Result(List<Event> events, List<Annotation> annotations, List<Source> sources, int crossingsIgnored) {
        public Result {
            events = List.copyOf(events);
            annotations = List.copyOf(annotations);
            sources = List.copyOf(sources);
        }
    }

    /**
     * How Placemarks of other tools become annotations.
     *
     * @param author     the importing user
     * @param importedAt their created and modified time
     * @param color      their colour, {@code #RRGGBB}
     */
    public record ForeignDefaults(String author, Instant importedAt, String color) {
    }

    /** The longest text a name, description or data value may hold: what a bundle's JSON reader accepts. */
    static final int MAX_TEXT = org.borderwatch.json.Json.factory().streamReadConstraints().getMaxStringLength();

    private KmlReader() {
    }

    /** Reads {@code file}, holding every event it has. */
    public static Result read(Path file, KnownIds known, ForeignDefaults defaults)
            throws IOException, InputFormatException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString(), known, defaults);
        }
    }

    /**
     * Reads a stream (not closed) holding the file {@code name}, holding every event it has. Its
     * characters are decoded by {@link XmlInput}: bytes that are not text in the file's encoding
     * are reported with their place.
     */
    public static Result read(InputStream in, String name, KnownIds known, ForeignDefaults defaults)
            throws IOException, InputFormatException {
        List<Event> events = new ArrayList<>();
        Run run = parse(in, name, new Run(name, known, defaults, events::add));
        return new Result(events, run.annotations, run.mapping.sources(), run.crossings);
    }

    /**
     * Reads and checks a stream (not closed) that holds the file {@code name} as {@link #read} does,
     * holding its annotations and sources but only the ids of its events.
     */
    public static FirstPass check(InputStream in, String name, KnownIds known, ForeignDefaults defaults)
            throws IOException, InputFormatException {
        Run run = parse(in, name, new Run(name, known, defaults, e -> { }));
        return new FirstPass(run.annotations, run.mapping.sources(), run.eventIds.size(), run.crossings);
    }

    /**
     * Reads the file {@code name} again from a stream (not closed), handing {@code sink} its events
     * one at a time, in file order, as {@link #read} reads them (the same ids for Placemarks of other
     * tools, which take theirs from their place in the file and the time of import in {@code defaults}).
     */
    public static void events(InputStream in, String name, KnownIds known, ForeignDefaults defaults, FirstPass.Events sink)
            throws IOException, InputFormatException {
        parse(in, name, new Run(name, known, defaults, sink));
    }

    /** The state of reading one file: its events go to the sink as they are read, one at a time. */
    private static final class Run {
        final KmlMapping mapping;
        final FirstPass.Events sink;
        final List<Annotation> annotations = new ArrayList<>();
        final Set<String> eventIds = new HashSet<>();
        int placemarks;
        int crossings;

        Run(String name, KnownIds known, ForeignDefaults defaults, FirstPass.Events sink) {
            this.mapping = new KmlMapping(name, known, defaults);
            this.sink = sink;
        }

        void add(KmlPlacemark p) throws InputFormatException, IOException {
            Object item = mapping.map(p, placemarks++);
            if (item instanceof Event e) {
                eventIds.add(e.id());
                sink.accept(e);
            } else if (item instanceof Annotation a) {
                annotations.add(a);
            } else {
                crossings++;
            }
        }
    }

    /**
     * Reads the document one Placemark at a time, so that a large file is never held whole: only
     * its annotations, sources and the ids of its events are kept.
     */
    private static Run parse(InputStream in, String name, Run run) throws IOException, InputFormatException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        try {
            XMLStreamReader r = f.createXMLStreamReader(XmlInput.open(in, name));
            boolean root = true;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.DTD) {
                    throw problem(name, r.getLocation(), "a DOCTYPE declaration is not accepted in KML");
                }
                if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw problem(name, r.getLocation(), "entity references are not accepted in KML");
                }
                if (ev != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (root && !r.getLocalName().equals("kml")) {
                    throw problem(name, r.getLocation(), "not KML: the document starts with <" + r.getLocalName() + ">");
                }
                root = false;
                if (r.getLocalName().equals("Placemark")) {
                    run.add(placemark(name, r));
                }
            }
            if (root) {
                throw new InputFormatException(name, null, "not KML: the file holds no element");
            }
            run.mapping.checkEventLinks(run.eventIds);
            r.close();
        } catch (XMLStreamException e) {
            if (e.getNestedException() instanceof XmlInput.MalformedText bad) {
                throw new InputFormatException(name, bad.place(), bad.getMessage());
            }
            if (e.getNestedException() instanceof IOException io) {
                throw io;
            }
            Location l = e.getLocation();
            String reason = e.getMessage() == null ? "not well-formed XML" : e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col]:\\[\\d+,\\d+]\\s*Message: ", "");
            throw new InputFormatException(name, l == null ? null : l.getLineNumber() + ":" + l.getColumnNumber(),
                    "not well-formed XML: " + reason);
        }
        return run;
    }

    private static KmlPlacemark placemark(String file, XMLStreamReader r) throws XMLStreamException, InputFormatException {
        KmlPlacemark p = new KmlPlacemark(r.getLocation().getLineNumber(), r.getLocation().getColumnNumber());
        int depth = 1;
        String dataName = null;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
                continue;
            }
            if (ev != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String n = r.getLocalName();
            switch (n) {
                case "name" -> p.name = depth == 1 ? text(file, r, "name") : skipText(r);
                case "description" -> p.description = depth == 1 ? text(file, r, "description") : skipText(r);
                case "when" -> p.when = r.getElementText().trim();
                case "begin" -> p.begin = r.getElementText().trim();
                case "end" -> p.end = r.getElementText().trim();
                case "Data" -> {
                    dataName = r.getAttributeValue(null, "name");
                    depth++;
                }
                case "value" -> {
                    String v = text(file, r, "value");
                    if (dataName != null) {
                        p.data.put(dataName, v);
                    }
                }
                case "Point" -> p.geometries.add(GeoJsonGeometry.FACTORY.createPoint(
                        single(file, r, coordinatesOf(file, r, "Point"))));
                case "LineString" -> {
                    Coordinate[] cs = coordinatesOf(file, r, "LineString");
                    if (cs.length < 2) {
                        throw problem(file, r.getLocation(), "a LineString needs at least 2 coordinates");
                    }
                    p.geometries.add(GeoJsonGeometry.FACTORY.createLineString(cs));
                }
                case "Polygon" -> p.geometries.add(polygon(file, r));
                case "MultiGeometry" -> {
                    p.multi = true;
                    depth++;
                }
                case "Model", "Track", "MultiTrack", "LinearRing" -> throw problem(file, r.getLocation(),
                        "a <" + n + "> cannot be imported (Point, LineString or Polygon are)");
                default -> depth++;
            }
        }
        return p;
    }

    /**
     * The text of the element {@code r} is at, exactly as written (a leading tab or a trailing
     * space is the user's), at most as long as a text value in a Borderwatch bundle may be.
     */
    private static String text(String file, XMLStreamReader r, String element)
            throws XMLStreamException, InputFormatException {
        Location at = r.getLocation();
        String text = r.getElementText();
        if (text.length() > MAX_TEXT) {
            throw problem(file, at, String.format(java.util.Locale.ROOT,
                    "the <%s> holds %,d characters; a text may hold at most %,d", element, text.length(), MAX_TEXT));
        }
        return text;
    }

    private static String skipText(XMLStreamReader r) throws XMLStreamException {
        r.getElementText();
        return null;
    }

    /** Reads to the end of {@code element}, returning the coordinates it holds. */
    private static Coordinate[] coordinatesOf(String file, XMLStreamReader r, String element)
            throws XMLStreamException, InputFormatException {
        Coordinate[] found = null;
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if (r.getLocalName().equals("coordinates")) {
                    Location at = r.getLocation();
                    found = coordinates(file, at, r.getElementText());
                } else {
                    depth++;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        if (found == null) {
            throw problem(file, r.getLocation(), "the <" + element + "> has no <coordinates>");
        }
        return found;
    }

    private static org.locationtech.jts.geom.Polygon polygon(String file, XMLStreamReader r)
            throws XMLStreamException, InputFormatException {
        List<LinearRing> rings = new ArrayList<>();
        LinearRing outer = null;
        int depth = 1;
        boolean inOuter = false;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String n = r.getLocalName();
                if (n.equals("outerBoundaryIs")) {
                    inOuter = true;
                    depth++;
                } else if (n.equals("innerBoundaryIs")) {
                    inOuter = false;
                    depth++;
                } else if (n.equals("LinearRing")) {
                    Location at = r.getLocation();
                    Coordinate[] cs = coordinatesOf(file, r, "LinearRing");
                    if (cs.length < 4 || !cs[0].equals2D(cs[cs.length - 1])) {
                        throw problem(file, at, "a LinearRing needs at least 4 coordinates and must end where it starts");
                    }
                    LinearRing ring = GeoJsonGeometry.FACTORY.createLinearRing(cs);
                    if (inOuter) {
                        outer = ring;
                    } else {
                        rings.add(ring);
                    }
                } else {
                    depth++;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        if (outer == null) {
            throw problem(file, r.getLocation(), "the <Polygon> has no <outerBoundaryIs>");
        }
        return GeoJsonGeometry.FACTORY.createPolygon(outer, rings.toArray(new LinearRing[0]));
    }

    private static Coordinate single(String file, XMLStreamReader r, Coordinate[] cs) throws InputFormatException {
        if (cs.length != 1) {
            throw problem(file, r.getLocation(), "a Point needs exactly one coordinate, not " + cs.length);
        }
        return cs[0];
    }

    /** Parses "lon,lat[,alt] lon,lat[,alt] …". */
    static Coordinate[] coordinates(String file, Location at, String text) throws InputFormatException {
        String t = text.trim();
        if (t.isEmpty()) {
            return new Coordinate[0];
        }
        String[] tuples = t.split("\\s+");
        Coordinate[] cs = new Coordinate[tuples.length];
        for (int i = 0; i < tuples.length; i++) {
            String[] parts = tuples[i].split(",");
            if (parts.length < 2 || parts.length > 3) {
                throw problem(file, at, "coordinate " + (i + 1) + " '" + tuples[i] + "' is not lon,lat or lon,lat,alt");
            }
            double lon;
            double lat;
            try {
                lon = DecimalNumber.parse(parts[0]);
                lat = DecimalNumber.parse(parts[1]);
            } catch (NumberFormatException e) {
                throw problem(file, at, "coordinate " + (i + 1) + " '" + tuples[i] + "' is not two decimal numbers");
            }
            if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
                throw problem(file, at, "coordinate " + (i + 1) + " '" + tuples[i]
                        + "' is off the globe (KML writes longitude,latitude)");
            }
            cs[i] = new Coordinate(lon, lat);
        }
        return cs;
    }

    /** A KML date or date-time ("2023", "2023-11", "2023-11-18", "2023-11-18T10:00:00Z") as a day. */
    static LocalDate day(String text) {
        String t = text.trim();
        try {
            if (t.length() == 4) {
                return LocalDate.of(Integer.parseInt(t), 1, 1);
            }
            if (t.length() == 7) {
                return LocalDate.parse(t + "-01");
            }
            return LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t);
        } catch (DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a KML date or time");
        }
    }

    static InputFormatException problem(String file, Location at, String reason) {
        return new InputFormatException(file, at == null ? null : at.getLineNumber() + ":" + at.getColumnNumber(), reason);
    }
}
