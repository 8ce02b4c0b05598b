package org.borderwatch.geo;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.domain.Border;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The bundled base map of the region: countries, lakes, rivers and the two border lines, from the
 * GeoJSON files in {@code maps/}, projected to EPSG:3035 once.
 *
 * <p>{@link #loadBundled} reads the compact form the jar ships ({@link CompactMapReader}, generated
 * from the same GeoJSON by {@link CompactMapWriter} and proved equal to it by a test): the layers
 * arrive in a few tens of milliseconds with their coarse levels of detail precomputed, and each
 * feature's full geometry is decoded on first use. {@link #load} and {@link #loadGeoJson} read
 * GeoJSON. Immutable and thread-safe after loading.
 */
public final class BaseMap {
    /** Attribution the map data's licences ask for, shown on the map and on every export. */
    public static final String ATTRIBUTION = "Map data © OpenStreetMap contributors (ODbL) · Rivers: GSHHG/WDBII, Wessel & Smith (LGPL)"
            + " · " + Places.ATTRIBUTION;

    /** The files read, relative to the classpath root. */
    public static final String COUNTRIES = "maps/countries.geojson";
    public static final String LAKES = "maps/lakes.geojson";
    public static final String RIVERS = "maps/rivers.geojson";
    public static final String BORDER_FI_RU = "maps/border-fi-ru.geojson";
    public static final String BORDER_PL_BY = "maps/border-pl-by.geojson";

    private final MapLayer countries;
    private final MapLayer lakes;
    private final MapLayer rivers;
    private final Map<Border, MapLayer> borders;

    BaseMap(MapLayer countries, MapLayer lakes, MapLayer rivers, Map<Border, MapLayer> borders) {
        this.countries = countries;
        this.lakes = lakes;
        this.rivers = rivers;
        this.borders = borders;
    }

    /** Opens a map resource by name; thrown IOException names the resource. */
    @FunctionalInterface
    public interface ResourceOpener {
        InputStream open(String name) throws IOException;
    }

    /** Loads the map shipped on the classpath, from its compact form. */
    public static BaseMap loadBundled() throws IOException {
        byte[] data;
        try (InputStream in = BaseMap.class.getClassLoader().getResourceAsStream(CompactMapReader.RESOURCE)) {
            if (in == null) {
                throw new IOException(CompactMapReader.RESOURCE + ": not found on the classpath (is the jar complete?)");
            }
            data = in.readAllBytes();
        }
        return CompactMapReader.read(data, CompactMapReader.RESOURCE);
    }

    /** Loads the map's GeoJSON sources from the classpath (slow: parses and projects every vertex). */
    public static BaseMap loadGeoJson() throws IOException {
        return load(name -> {
            InputStream in = BaseMap.class.getClassLoader().getResourceAsStream(name);
            if (in == null) {
                throw new IOException(name + ": not found on the classpath (is the jar complete?)");
            }
            return in;
        });
    }

    /**
     * Loads the five layers through {@code opener}. The two large ones (countries, lakes) are read
     * and projected on their own threads, which nearly halves start-up on two or more cores.
     */
    public static BaseMap load(ResourceOpener opener) throws IOException {
        GeoJsonReader reader = new GeoJsonReader();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "borderwatch-map-load");
            t.setDaemon(true);
            return t;
        });
        try {
            var countries = pool.submit(() -> layer("countries", COUNTRIES, reader, opener));
            var lakes = pool.submit(() -> layer("lakes", LAKES, reader, opener));
            Map<Border, MapLayer> borders = new EnumMap<>(Border.class);
            borders.put(Border.FI_RU, layer("border-fi-ru", BORDER_FI_RU, reader, opener));
            borders.put(Border.PL_BY, layer("border-pl-by", BORDER_PL_BY, reader, opener));
            MapLayer rivers = layer("rivers", RIVERS, reader, opener);
            return new BaseMap(get(countries), get(lakes), rivers, borders);
        } finally {
            pool.shutdown();
        }
    }

    private static MapLayer get(java.util.concurrent.Future<MapLayer> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while loading the map", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause().getMessage(), e.getCause());
        }
    }

    private static MapLayer layer(String id, String name, GeoJsonReader reader, ResourceOpener opener) throws IOException {
        List<MapLayer.Feature> features = new ArrayList<>();
        try (InputStream in = opener.open(name)) {
            for (GeoJsonReader.Feature f : reader.read(in, name)) {
                features.add(new MapLayer.Feature(f.geometry(), MapProjection.forward(f.geometry()), f.properties()));
            }
        }
        return new MapLayer(id, features);
    }

    public MapLayer countries() {
        return countries;
    }

    public MapLayer lakes() {
        return lakes;
    }

    public MapLayer rivers() {
        return rivers;
    }

    /** The line layer of a frontier ({@link Border#FI_RU} or {@link Border#PL_BY}). */
    public MapLayer border(Border border) {
        MapLayer l = borders.get(border);
        if (l == null) {
            throw new IllegalArgumentException("no border line for " + border);
        }
        return l;
    }

    /** Geodesic length of a border line on the WGS84 ellipsoid, in kilometres. */
    public double borderLengthKm(Border border) {
        double m = 0;
        for (MapLayer.Feature f : border(border).features()) {
            m += Geodesy.lengthMetres(f.wgs84());
        }
        return m / 1000.0;
    }

    /** The border line in WGS84 (lon, lat), all its features together. */
    public Geometry borderWgs84(Border border) {
        List<Geometry> parts = new ArrayList<>();
        for (MapLayer.Feature f : border(border).features()) {
            parts.add(f.wgs84());
        }
        return new GeometryFactory().buildGeometry(parts);
    }

    /** Projected bounds of everything. */
    public Envelope extent() {
        Envelope e = new Envelope(countries.extent());
        borders.values().forEach(l -> e.expandToInclude(l.extent()));
        return e;
    }
}
