package org.borderwatch.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/**
 * The towns and cities of the region ({@code maps/places.geojson}, built from GeoNames by
 * {@code maps/build/places/places.sh}): every place of 10,000 people or more within 150 km of
 * either border, and the capitals, ranked by population, with their names in the local language
 * and the other side's. Loaded once, on first use; immutable.
 */
public final class Places {
    /** The resource the places are read from. */
    public static final String RESOURCE = "maps/places.geojson";
    /** The attribution the places need wherever they are shown (GeoNames, CC BY 3.0). */
    public static final String ATTRIBUTION = "Places: GeoNames (CC BY 3.0)";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One name of a place in one language. */
    public record Name(String lang, String name) {
    }

    /**
     * A place.
     *
     * @param name       its name as GeoNames gives it, in Latin letters (Lappeenranta, Vyborg, Hrodna)
     * @param country    ISO 3166 code
     * @param population people
     * @param rank       1 = most populous of the set
     * @param capital    a national capital
     * @param lon        WGS84 longitude
     * @param lat        WGS84 latitude
     * @param x          projected easting (map CRS)
     * @param y          projected northing
     * @param names      its names in the local language and the other side's
     */
    public record Place(String name, String country, long population, int rank, boolean capital, double lon, double lat,
                        double x, double y, List<Name> names) {
        public Place {
            names = List.copyOf(names);
        }

        /**
         * The names to show under the label: every name that differs from {@link #name()}, e.g.
         * "Выборг · Viipuri" for Vyborg, "Лаппеэнранта" for Lappeenranta.
         */
        public String otherNames() {
            return String.join(" · ", names.stream().map(Name::name).filter(n -> !n.equals(name)).distinct().toList());
        }
    }

    private static final class Holder {
        static final List<Place> BUNDLED = loadBundled();
    }

    private Places() {
    }

    /** The bundled places, most populous first. */
    public static List<Place> bundled() {
        return Holder.BUNDLED;
    }

    private static List<Place> loadBundled() {
        try (InputStream in = Places.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE + ": not found on the classpath (is the jar complete?)");
            }
            return read(in, RESOURCE);
        } catch (IOException e) {
            throw new IllegalStateException("the bundled places cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads places from a GeoJSON FeatureCollection of points; {@code name} is used in messages. */
    public static List<Place> read(InputStream in, String name) throws IOException {
        JsonNode root = JSON.readTree(in);
        JsonNode features = root == null ? null : root.get("features");
        if (features == null || !features.isArray()) {
            throw new IOException(name + ": /features: expected an array");
        }
        List<Place> out = new ArrayList<>(features.size());
        for (int i = 0; i < features.size(); i++) {
            String at = name + ": /features/" + i;
            JsonNode f = features.get(i);
            JsonNode c = f.at("/geometry/coordinates");
            JsonNode p = f.get("properties");
            if (!c.isArray() || c.size() < 2 || !c.get(0).isNumber() || !c.get(1).isNumber() || p == null
                    || !p.path("name").isTextual() || !p.path("rank").isInt()) {
                throw new IOException(at + ": expected a point with a name and a rank");
            }
            double lon = c.get(0).asDouble();
            double lat = c.get(1).asDouble();
            List<Name> names = new ArrayList<>();
            for (JsonNode n : p.path("names")) {
                if (!n.path("lang").isTextual() || !n.path("name").isTextual()) {
                    throw new IOException(at + "/properties/names: expected {lang, name} objects");
                }
                names.add(new Name(n.get("lang").asText(), n.get("name").asText()));
            }
            Coordinate xy = MapProjection.forward(lon, lat);
            out.add(new Place(p.get("name").asText(), p.path("country").asText(), p.path("population").asLong(),
                    p.get("rank").asInt(), p.path("capital").asBoolean(), lon, lat, xy.x, xy.y, names));
        }
        return List.copyOf(out);
    }
}
