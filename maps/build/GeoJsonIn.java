import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Streaming reader for the large GeoJSON files of the geo-maps packages (up to ~170 MB, single
 * features with millions of vertices). Only polygons whose outer ring's envelope meets the region
 * box are kept, so memory stays proportional to the region. Coordinates are WGS84
 * longitude/latitude in degrees, in the order the file gives them.
 */
final class GeoJsonIn {

    /** Polygons of one feature, keyed by the value of one string property. */
    record KeyedPolygons(String key, List<Polygon> polygons) { }

    private final JsonFactory json = new JsonFactory();
    private final GeometryFactory factory;
    private final Envelope box;
    private final Path file;

    GeoJsonIn(Path file, Envelope box, GeometryFactory factory) {
        this.file = file;
        this.box = box;
        this.factory = factory;
    }

    /**
     * Reads a FeatureCollection and groups its polygons by the string property {@code keyName}.
     * Features without that property are an error: the whole build depends on the codes.
     */
    Map<String, List<Polygon>> readFeaturesByProperty(String keyName) throws IOException {
        Map<String, List<Polygon>> out = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file); JsonParser p = json.createParser(in)) {
            expect(p, p.nextToken(), JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                if ("features".equals(field)) {
                    expect(p, t, JsonToken.START_ARRAY);
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        KeyedPolygons f = readFeature(p, keyName);
                        if (!f.polygons().isEmpty()) {
                            out.computeIfAbsent(f.key(), k -> new ArrayList<>()).addAll(f.polygons());
                        }
                    }
                } else {
                    p.skipChildren();
                }
            }
        }
        return out;
    }

    /** Reads every polygon of a GeometryCollection or FeatureCollection, properties ignored. */
    List<Polygon> readAllPolygons() throws IOException {
        List<Polygon> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); JsonParser p = json.createParser(in)) {
            collectPolygons(p, p.nextToken(), out);
        }
        return out;
    }

    private void collectPolygons(JsonParser p, JsonToken t, List<Polygon> out) throws IOException {
        if (t == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                if ("coordinates".equals(field)) {
                    toPolygons(readNested(p), out);
                } else if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
                    collectPolygons(p, v, out);
                }
            }
        } else if (t == JsonToken.START_ARRAY) {
            JsonToken v;
            while ((v = p.nextToken()) != JsonToken.END_ARRAY) {
                collectPolygons(p, v, out);
            }
        }
    }

    private KeyedPolygons readFeature(JsonParser p, String keyName) throws IOException {
        String key = null;
        List<Polygon> polygons = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            if ("geometry".equals(field) && t == JsonToken.START_OBJECT) {
                collectPolygons(p, t, polygons);
            } else if ("properties".equals(field) && t == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken v = p.nextToken();
                    if (keyName.equals(name) && v == JsonToken.VALUE_STRING) {
                        key = p.getText();
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
        }
        if (key == null) {
            throw new IOException(file + " line " + p.currentLocation().getLineNr()
                    + ": feature without property '" + keyName + "'");
        }
        return new KeyedPolygons(key, polygons);
    }

    /** Reads a nested coordinate array: a position becomes double[2], anything deeper a List. */
    private Object readNested(JsonParser p) throws IOException {
        expect(p, p.currentToken(), JsonToken.START_ARRAY);
        JsonToken t = p.nextToken();
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            double x = p.getDoubleValue();
            expectNumber(p, p.nextToken());
            double y = p.getDoubleValue();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                p.skipChildren();
            }
            return new double[] {x, y};
        }
        List<Object> list = new ArrayList<>();
        while (t != JsonToken.END_ARRAY) {
            list.add(readNested(p));
            t = p.nextToken();
        }
        return list;
    }

    @SuppressWarnings("unchecked")
    private void toPolygons(Object nested, List<Polygon> out) throws IOException {
        if (!(nested instanceof List<?> list) || list.isEmpty()) {
            return;
        }
        Object first = list.get(0);
        if (first instanceof List<?> inner && !inner.isEmpty() && inner.get(0) instanceof double[]) {
            Polygon polygon = polygon((List<Object>) nested);
            if (polygon != null) {
                out.add(polygon);
            }
        } else {
            for (Object o : list) {
                toPolygons(o, out);
            }
        }
    }

    private Polygon polygon(List<Object> rings) {
        LinearRing shell = ring(rings.get(0));
        if (shell == null || !shell.getEnvelopeInternal().intersects(box)) {
            return null;
        }
        List<LinearRing> holes = new ArrayList<>();
        for (int i = 1; i < rings.size(); i++) {
            LinearRing hole = ring(rings.get(i));
            if (hole != null) {
                holes.add(hole);
            }
        }
        return factory.createPolygon(shell, holes.toArray(new LinearRing[0]));
    }

    private LinearRing ring(Object positions) {
        List<?> list = (List<?>) positions;
        List<Coordinate> coords = new ArrayList<>(list.size() + 1);
        for (Object o : list) {
            double[] xy = (double[]) o;
            Coordinate c = new Coordinate(xy[0], xy[1]);
            if (coords.isEmpty() || !coords.get(coords.size() - 1).equals2D(c)) {
                coords.add(c);
            }
        }
        if (coords.size() < 3) {
            return null;
        }
        if (!coords.get(0).equals2D(coords.get(coords.size() - 1))) {
            coords.add(new Coordinate(coords.get(0)));
        }
        if (coords.size() < 4) {
            return null;
        }
        return factory.createLinearRing(coords.toArray(new Coordinate[0]));
    }

    private void expect(JsonParser p, JsonToken actual, JsonToken wanted) throws IOException {
        if (actual != wanted) {
            throw new IOException(file + " line " + p.currentLocation().getLineNr() + " column "
                    + p.currentLocation().getColumnNr() + ": expected " + wanted + " but found " + actual);
        }
    }

    private void expectNumber(JsonParser p, JsonToken actual) throws IOException {
        if (actual != JsonToken.VALUE_NUMBER_FLOAT && actual != JsonToken.VALUE_NUMBER_INT) {
            throw new IOException(file + " line " + p.currentLocation().getLineNr() + " column "
                    + p.currentLocation().getColumnNr() + ": expected a number but found " + actual);
        }
    }
}
