package org.borderwatch.services;

import java.util.Locale;

/** The formats of {@code export --format}. */
public enum ExportFormat {
    /** The Borderwatch bundle (the store's own JSON; reads back without loss). */
    JSON("json"),
    /** RFC 7946 GeoJSON: one FeatureCollection of crossings, events and annotations. */
    GEOJSON("geojson"),
    /** KML 2.2 for Google Earth, with time stamps and spans; styles in the slides' colours, no icons. */
    KML("kml"),
    /** A KMZ: the KML with the slides' symbols bundled as icons; nothing refers to the network. */
    KMZ("kmz");

    private final String code;

    ExportFormat(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /**
     * The format a file named {@code file} is written in, by its extension ({@code .json} and
     * {@code .borderwatch} are bundles); a name with another extension is a bundle too.
     */
    public static ExportFormat forFile(java.nio.file.Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (name.endsWith("." + f.code)) {
                return f;
            }
        }
        return JSON;
    }

    public static ExportFormat parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.code.equals(t)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown export format '" + text + "' (expected json, geojson, kml or kmz)");
    }
}
