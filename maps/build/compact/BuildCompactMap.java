import java.nio.file.Path;
import org.borderwatch.geo.CompactMapWriter;

/**
 * Writes the compact base map the jar ships from the GeoJSON layers.
 *
 * <p>Usage: {@code BuildCompactMap MAPS_DIR OUT_FILE}; compact.sh calls it with {@code maps} and
 * {@code src/main/resources/org/borderwatch/geo/basemap.bwmap}.
 */
public final class BuildCompactMap {
    private BuildCompactMap() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: BuildCompactMap MAPS_DIR OUT_FILE");
            System.exit(2);
        }
        long bytes = CompactMapWriter.write(Path.of(args[0]), Path.of(args[1]));
        System.out.printf("%s: %,d bytes, checked against %s%n", args[1], bytes, args[0]);
    }
}
