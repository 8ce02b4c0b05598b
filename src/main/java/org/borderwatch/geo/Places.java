package org.borderwatch.geo;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;

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

    /**
     * Reads places from a GeoJSON FeatureCollection of points with the properties of
     * {@code maps/places.geojson}; {@code name} is used in messages.
     */
    public static List<Place> read(InputStream in, String name) throws IOException {
        GeoJsonReader reader = new GeoJsonReader();
        List<Place> out = new ArrayList<>();
        int i = 0;
        for (GeoJsonReader.Feature f : reader.read(in, name)) {
            String at = name + ": /features/" + i++;
            Map<String, Object> p = f.properties();
            if (!(f.geometry() instanceof Point pt) || !(p.get("name") instanceof String placeName)
                    || !(p.get("rank") instanceof Number rank)) {
                throw new IOException(at + ": expected a point with a name and a rank");
            }
            List<Name> names = new ArrayList<>();
            Object langs = p.get("langs");
            if (langs instanceof String l && !l.isBlank()) {
                for (String lang : l.trim().split(" ")) {
                    if (!(p.get("name_" + lang) instanceof String n)) {
                        throw new IOException(at + "/properties/name_" + lang + ": expected the name in '" + lang + "'");
                    }
                    names.add(new Name(lang, n));
                }
            }
            Coordinate xy = MapProjection.forward(pt.getX(), pt.getY());
            out.add(new Place(placeName, String.valueOf(p.get("country")),
                    p.get("population") instanceof Number n ? n.longValue() : 0, rank.intValue(),
                    Boolean.TRUE.equals(p.get("capital")), pt.getX(), pt.getY(), xy.x, xy.y, names));
        }
        return List.copyOf(out);
    }
}
