package org.borderwatch.services;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.geo.MapProjection;
import org.borderwatch.render.UserLayer;
import org.borderwatch.store.gpkg.GeoPackageException;
import org.borderwatch.store.gpkg.GeoPackageFeature;
import org.borderwatch.store.gpkg.GeoPackageLayer;
import org.borderwatch.store.gpkg.GeoPackageReader;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads every feature table of a GeoPackage (e.g. a patrol sector or a buffer zone drawn in QGIS)
 * into one map layer: geometries reprojected from the table's CRS to WGS84 by the reader, then to
 * the map's EPSG:3035 here.
 */
public final class GeoPackageLayerReader implements LayerReader {
    /** Default colour of a user layer: a purple no status or category colour uses. */
    public static final Color DEFAULT_COLOR = new Color(0x7B3294);

    @Override
    public UserLayer read(Path file) throws IOException {
        List<GeoPackageLayer> layers;
        try {
            layers = GeoPackageReader.readAll(file);
        } catch (GeoPackageException e) {
            throw new IOException(e.getMessage(), e);
        }
        List<Geometry> projected = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (GeoPackageLayer layer : layers) {
            if (!layer.notes().isEmpty()) {
                notes.add(file.getFileName() + ": " + layer.notes());
            }
            for (GeoPackageFeature f : layer.features()) {
                if (f.geometry() != null && !f.geometry().isEmpty()) {
                    projected.add(MapProjection.forward(f.geometry()));
                }
            }
        }
        if (projected.isEmpty()) {
            throw new IOException(file + ": the GeoPackage has no features to draw");
        }
        return new UserLayer(file.getFileName().toString(), projected, DEFAULT_COLOR, true, notes);
    }
}
