package org.borderwatch.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.Category;
import org.borderwatch.domain.CoordinatePrecision;
import org.borderwatch.domain.Crossing;
import org.borderwatch.domain.CrossingType;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.domain.Situation;
import org.borderwatch.domain.SituationAt;
import org.borderwatch.domain.SituationData;
import org.borderwatch.domain.Source;
import org.borderwatch.domain.Status;
import org.borderwatch.domain.StatusInterval;
import org.borderwatch.domain.TimeWindow;
import org.borderwatch.geo.BaseMap;
import org.borderwatch.geo.MapProjection;
import org.locationtech.jts.geom.Coordinate;

/**
 * A small hand-made map (simplified FI–RU and PL–BY lines, four box-shaped countries) and
 * hand-made crossings for renderer tests, plus pixel helpers that write the image to
 * {@code target/render-failures/} when an assertion fails.
 */
final class RenderFixtures {
    /** The simplified Finnish–Russian line, (lon, lat), south to north. */
    static final double[][] FI_RU = {
        {27.60, 60.45}, {27.85, 60.59}, {28.35, 60.85}, {28.80, 61.12}, {29.60, 61.60}, {30.62, 62.17},
        {31.20, 63.00}, {30.00, 64.55}, {29.70, 65.50}, {29.30, 66.80}, {28.90, 68.00}, {28.40, 68.50}, {28.60, 69.00},
    };
    /** The simplified Polish–Belarusian line, (lon, lat), north to south. */
    static final double[][] PL_BY = {
        {23.50, 54.30}, {23.70, 53.50}, {23.90, 52.80}, {23.60, 52.10}, {23.70, 51.50},
    };

    private RenderFixtures() {
    }

    static BaseMap map() {
        Map<String, String> files = Map.of(
                BaseMap.COUNTRIES, collection(country("FI", "Finland", 20.5, 59.7, 29.0, 70.0)
                        + "," + country("RU", "Russia", 29.0, 59.7, 36.0, 70.0)
                        + "," + country("PL", "Poland", 14.0, 49.0, 23.6, 54.8)
                        + "," + country("BY", "Belarus", 23.6, 51.3, 32.0, 56.0)),
                BaseMap.LAKES, collection(""),
                BaseMap.RIVERS, collection(""),
                BaseMap.BORDER_FI_RU, collection(line(FI_RU)),
                BaseMap.BORDER_PL_BY, collection(line(PL_BY)));
        try {
            return BaseMap.load(name -> new ByteArrayInputStream(files.get(name).getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String collection(String features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + features + "]}";
    }

    private static String country(String iso, String name, double w, double s, double e, double n) {
        return "{\"type\":\"Feature\",\"properties\":{\"iso_a2\":\"" + iso + "\",\"name\":\"" + name + "\"},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[" + w + "," + s + "],[" + e + "," + s + "],["
                + e + "," + n + "],[" + w + "," + n + "],[" + w + "," + s + "]]]}}";
    }

    private static String line(double[][] pts) {
        StringBuilder sb = new StringBuilder("{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[");
        for (int i = 0; i < pts.length; i++) {
            sb.append(i == 0 ? "" : ",").append('[').append(pts[i][0]).append(',').append(pts[i][1]).append(']');
        }
        return sb.append("]}}").toString();
    }

    static Crossing crossing(String id, Border b, String name, CrossingType type, double lat, double lon) {
        return new Crossing(id, b, name, null, null, type, new GeoPoint(lat, lon), CoordinatePrecision.APPROXIMATE,
                "test point", null, List.of("T1"));
    }

    static final Crossing VAALIMAA = crossing("fi-vaalimaa", Border.FI_RU, "Vaalimaa", CrossingType.ROAD, 60.60, 27.81);
    static final Crossing VAINIKKALA = crossing("fi-vainikkala", Border.FI_RU, "Vainikkala", CrossingType.RAIL, 60.86, 28.30);
    static final Crossing NIIRALA = crossing("fi-niirala", Border.FI_RU, "Niirala", CrossingType.ROAD_RAIL, 62.175, 30.60);
    static final Crossing VARTIUS = crossing("fi-vartius", Border.FI_RU, "Vartius", CrossingType.ROAD_RAIL, 64.545, 29.985);
    static final Crossing RAJA = crossing("fi-raja-jooseppi", Border.FI_RU, "Raja-Jooseppi", CrossingType.ROAD, 68.48, 28.32);
    static final Crossing KUZNICA = crossing("pl-kuznica", Border.PL_BY, "Kuźnica", CrossingType.ROAD, 53.51, 23.65);
    static final Crossing TERESPOL = crossing("pl-terespol", Border.PL_BY, "Terespol", CrossingType.ROAD, 52.08, 23.63);

    static List<Crossing> crossings() {
        return List.of(VAALIMAA, VAINIKKALA, NIIRALA, VARTIUS, RAJA, KUZNICA, TERESPOL);
    }

    static StatusInterval interval(Crossing c, String from, String until, Status s) {
        return new StatusInterval(c.id(), LocalDate.parse(from), until == null ? null : LocalDate.parse(until), s, null,
                null, List.of("T1"));
    }

    static Event event(String id, String date, Category c, double lat, double lon) {
        return new Event(id, LocalDate.parse(date), DatePrecision.DAY, "Event " + id, "", c, Border.FI_RU, null,
                new GeoPoint(lat, lon), null, List.of("T1"), List.of(), Map.of());
    }

    static SituationData data(List<StatusInterval> intervals, List<Event> events) {
        return new SituationData(crossings(), intervals, events, List.of(new Source("T1", "Test source", null, null)));
    }

    /** The situation on {@code date} with a 30-day window. */
    static Situation situation(SituationData data, String date) {
        return SituationAt.compute(data, LocalDate.parse(date), TimeWindow.lastDays(30));
    }

    /** A scene of everything (no graticule, no decorations: fewer pixels to think about). */
    static MapScene scene(Situation sit, Viewport v) {
        MapOptions o = MapOptions.ALL.withLegend(false).withGraticule(false).withDecorations(false, false);
        return new MapScene(map(), v, MapStyle.DEFAULT, o, sit, List.of(), List.of(), null, null);
    }

    /** A view of the whole fixture map, 1200 × 1400 px. */
    static Viewport wholeView() {
        return ViewPreset.BOTH.viewport(1200, 1400);
    }

    /** A view centred on (lon, lat) at {@code mpp} metres per pixel. */
    static Viewport viewAt(double lon, double lat, double mpp, int w, int h) {
        Coordinate c = MapProjection.forward(lon, lat);
        return new Viewport(c.x, c.y, mpp, w, h);
    }

    static final class Painted {
        final BufferedImage image;
        final OverlayResult result;
        final MapScene scene;

        Painted(BufferedImage image, OverlayResult result, MapScene scene) {
            this.image = image;
            this.result = result;
            this.scene = scene;
        }

        /** Screen position of a WGS84 point in this frame. */
        double[] at(double lon, double lat) {
            Coordinate c = MapProjection.forward(lon, lat);
            var p = scene.view().toScreen(c.x, c.y);
            return new double[] {p.getX(), p.getY()};
        }

        Color pixel(double x, double y) {
            return new Color(image.getRGB((int) Math.floor(x), (int) Math.floor(y)), true);
        }

        /** Fraction of the pixels within {@code r} of (x, y) that are within {@code tol} of {@code c} per channel. */
        double share(double x, double y, double r, Color c, int tol) {
            int hit = 0;
            int all = 0;
            for (int dy = (int) -r; dy <= r; dy++) {
                for (int dx = (int) -r; dx <= r; dx++) {
                    if (dx * dx + dy * dy > r * r) {
                        continue;
                    }
                    int px = (int) Math.round(x) + dx;
                    int py = (int) Math.round(y) + dy;
                    if (px < 0 || py < 0 || px >= image.getWidth() || py >= image.getHeight()) {
                        continue;
                    }
                    all++;
                    if (near(new Color(image.getRGB(px, py)), c, tol)) {
                        hit++;
                    }
                }
            }
            return all == 0 ? 0 : (double) hit / all;
        }

        /** Fails with {@code message}, writing the image to target/render-failures/{name}.png, unless {@code ok}. */
        void check(boolean ok, String name, String message) {
            if (!ok) {
                throw new AssertionError(message + " (image: " + save(image, name) + ")");
            }
        }
    }

    static boolean near(Color a, Color b, int tol) {
        return Math.abs(a.getRed() - b.getRed()) <= tol && Math.abs(a.getGreen() - b.getGreen()) <= tol
                && Math.abs(a.getBlue() - b.getBlue()) <= tol;
    }

    /** A colour clearly tinted by the closure band: red well above green and blue. */
    static boolean reddish(Color c) {
        return c.getRed() > c.getGreen() + 35 && c.getRed() > c.getBlue() + 35;
    }

    static Painted paint(MapScene scene) {
        MapPainter.Frame f = new MapPainter().paintImageFrame(scene);
        return new Painted(f.image(), f.overlays(), scene);
    }

    static Path save(BufferedImage image, String name) {
        try {
            Path dir = Path.of("target", "render-failures");
            Files.createDirectories(dir);
            Path out = dir.resolve(name + ".png");
            ImageIO.write(image, "png", out.toFile());
            return out.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Screen points every {@code step} pixels along a (lon, lat) polyline in a frame. */
    static List<double[]> along(Painted p, double[][] line, double step) {
        List<double[]> out = new ArrayList<>();
        for (int i = 1; i < line.length; i++) {
            double[] a = p.at(line[i - 1][0], line[i - 1][1]);
            double[] b = p.at(line[i][0], line[i][1]);
            double len = Math.hypot(b[0] - a[0], b[1] - a[1]);
            int n = Math.max(1, (int) (len / step));
            for (int k = 0; k < n; k++) {
                double t = (double) k / n;
                double nx = -(b[1] - a[1]) / len;
                double ny = (b[0] - a[0]) / len;
                out.add(new double[] {a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, nx, ny});
            }
        }
        return out;
    }
}
