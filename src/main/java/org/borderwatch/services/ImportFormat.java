package org.borderwatch.services;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The kinds of file Borderwatch imports, and how a file's kind is known: by the name the user
 * gives ({@code --format acled}) or by the file's extension — {@code .json} or
 * {@code .borderwatch} a Borderwatch bundle, {@code .csv} an ACLED export, {@code .geojson} a
 * GeoJSON feature collection, {@code .kml} a KML file. The window and the command line decide
 * the same way.
 */
public enum ImportFormat {
    BUNDLE("json"), ACLED("acled"), GEOJSON("geojson"), KML("kml");

    private final String word;

    ImportFormat(String word) {
        this.word = word;
    }

    /** The name the command line uses for it: json, acled, geojson or kml. */
    public String word() {
        return word;
    }

    /**
     * The format of {@code file} by its extension.
     *
     * @throws IllegalArgumentException naming the file when the extension names no known format
     */
    public static ImportFormat of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".geojson")) {
            return GEOJSON;
        }
        if (name.endsWith(".json") || name.endsWith(".borderwatch")) {
            return BUNDLE;
        }
        if (name.endsWith(".csv")) {
            return ACLED;
        }
        if (name.endsWith(".kml")) {
            return KML;
        }
        throw new IllegalArgumentException(file.getFileName()
                + ": unknown format (expected a .borderwatch or .json bundle, .csv ACLED export, .geojson or .kml;"
                + " or name it with --format)");
    }

    /**
     * The format called {@code word} (json, acled, geojson or kml, any case).
     *
     * @throws IllegalArgumentException naming the word and the choices when it is none of them
     */
    public static ImportFormat named(String word) {
        for (ImportFormat f : values()) {
            if (f.word.equalsIgnoreCase(word.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unsupported format '" + word + "' (expected json, acled, geojson or kml)");
    }
}
