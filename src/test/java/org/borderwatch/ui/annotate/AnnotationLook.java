package org.borderwatch.ui.annotate;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.event.Event;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationBuilder;
import org.borderwatch.domain.AnnotationEdit;
import org.borderwatch.domain.AnnotationKind;
import org.borderwatch.domain.Confidence;
import org.borderwatch.geo.BaseMap;
import org.borderwatch.geo.MapProjection;
import org.borderwatch.render.MapScene;
import org.borderwatch.render.Viewport;
import org.borderwatch.store.Store;
import org.borderwatch.ui.MainWindow;
import org.borderwatch.ui.UiPreferences;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A look at the feature in a real window, for screenshots: opens a seeded store in a temporary
 * directory, adds a few annotations near Kuźnica, and plays one scenario ({@code draw},
 * {@code select}, {@code measure}, {@code ring}) by sending mouse events to the map. When the
 * bundled base map is missing from the class path it shows a coarse outline map instead.
 * Run: {@code java -cp … org.borderwatch.ui.annotate.AnnotationLook draw}.
 */
public final class AnnotationLook {
    private AnnotationLook() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The window of the look. */
    public static final class App extends Application {
    private static final GeometryFactory GF = new GeometryFactory();
    private MainWindow window;
    private AnnotationFeature feature;

    @Override
    public void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        Preferences node = Preferences.userRoot().node("org/borderwatch-test/look-" + System.nanoTime());
        node.putDouble("window.width", 1580);
        node.putDouble("window.height", 960);
        node.put("annotation.author", "anna");
        UiPreferences prefs = new UiPreferences(node);
        Path dir = Files.createTempDirectory("bw-look");
        Store store = Store.openOrCreateSeeded(dir.resolve("look.db"));
        window = new MainWindow(prefs, new org.borderwatch.ui.StoreAccess(store), url -> { });
        window.show(stage);
        feature = AnnotationFeature.install(window, store, prefs);
        feature.dateProperty().set(LocalDate.of(2021, 11, 12));
        whenMapSettled();
    }

    /** Prepares the scenario once the bundled map has loaded (or failed to). */
    private void whenMapSettled() {
        var status = (javafx.scene.control.Label) window.root().lookup("#statusLabel");
        if (status != null && status.getText().startsWith("Loading")) {
            later(0.5, this::whenMapSettled);
        } else {
            later(0.5, this::prepare);
        }
    }

    private static void later(double seconds, Runnable r) {
        PauseTransition p = new PauseTransition(Duration.seconds(seconds));
        p.setOnFinished(e -> r.run());
        p.play();
    }

    private void prepare() {
        var map = window.map();
        Coordinate c = MapProjection.forward(23.66, 53.50);
        Viewport v = new Viewport(c.x, c.y, 45, (int) map.getWidth(), (int) map.getHeight());
        if (window.baseMap() == null) {
            map.contentProperty().set(MapScene.base(outlineMap(), v));
        }
        map.viewportProperty().set(v);
        AnnotationSession s = feature.session();
        add(s, build(AnnotationKind.POLYGON, GF.createPolygon(ring(23.58, 53.47, 23.625, 53.465, 23.635, 53.49, 23.595, 53.50)),
                "Camp by the fence", "About 300 people, tents and fires.\nSeen on two videos.", "#D81B60",
                Confidence.PROBABLE, List.of("camp"), LocalDate.of(2021, 11, 8), LocalDate.of(2021, 11, 19), null));
        add(s, build(AnnotationKind.LINE, GF.createLineString(coords(23.69, 53.56, 23.70, 53.53, 23.715, 53.50)),
                "Fence breached", "Two gaps cut overnight.", "#E65100", Confidence.CONFIRMED, List.of("fence"), null, null, null));
        add(s, build(AnnotationKind.RING, GF.createPoint(new Coordinate(23.78, 53.45)), "Drone range", "", "#1565C0",
                Confidence.POSSIBLE, List.of(), null, null, 4.0));
        add(s, build(AnnotationKind.POINT, GF.createPoint(new Coordinate(23.55, 53.53)), "Group stopped", "12 people.",
                "#2E7D32", Confidence.CONFIRMED, List.of("stop"), null, null, null));
        add(s, build(AnnotationKind.TEXT, GF.createPoint(new Coordinate(23.62, 53.43)), "Buffer zone", "", "#6A1B9A",
                Confidence.PROBABLE, List.of(), null, null, null));
        String scenario = getParameters().getRaw().isEmpty() ? "draw" : getParameters().getRaw().get(0);
        later(4, () -> play(scenario));
    }

    private void play(String scenario) {
        var map = window.map();
        double w = map.getWidth();
        double h = map.getHeight();
        switch (scenario) {
            case "select" -> {
                feature.toolProperty().set(Tool.SELECT);
                Annotation camp = feature.session().annotations().get(0);
                feature.session().selectedIdProperty().set(camp.id());
            }
            case "measure" -> {
                feature.toolProperty().set(Tool.MEASURE);
                click(map, w * 0.30, h * 0.30, 1);
                click(map, w * 0.55, h * 0.25, 1);
                click(map, w * 0.60, h * 0.60, 1);
                move(map, w * 0.35, h * 0.62);
            }
            case "snap" -> {
                feature.toolProperty().set(Tool.LINE);
                click(map, w * 0.30, h * 0.35, 1);
                var v = map.viewportProperty().get();
                var k = MapProjection.forward(23.66, 53.517);
                var at = v.toScreen(k.x, k.y);
                move(map, at.getX() + 5, at.getY() - 4);
            }
            case "ring" -> {
                feature.toolProperty().set(Tool.RING);
                click(map, w * 0.40, h * 0.55, 1);
                move(map, w * 0.52, h * 0.70);
            }
            default -> {
                feature.toolProperty().set(Tool.POLYGON);
                click(map, w * 0.62, h * 0.25, 1);
                click(map, w * 0.75, h * 0.30, 1);
                click(map, w * 0.72, h * 0.45, 1);
                move(map, w * 0.60, h * 0.42);
            }
        }
    }

    private static void click(javafx.scene.Node n, double x, double y, int count) {
        fire(n, MouseEvent.MOUSE_PRESSED, x, y, count);
        fire(n, MouseEvent.MOUSE_RELEASED, x, y, count);
        fire(n, MouseEvent.MOUSE_CLICKED, x, y, count);
    }

    private static void move(javafx.scene.Node n, double x, double y) {
        fire(n, MouseEvent.MOUSE_MOVED, x, y, 0);
    }

    private static void fire(javafx.scene.Node n, javafx.event.EventType<MouseEvent> type, double x, double y, int count) {
        var screen = n.localToScreen(x, y);
        var scene = n.localToScene(x, y);
        Event.fireEvent(n, new MouseEvent(type, scene.getX(), scene.getY(), screen.getX(), screen.getY(), MouseButton.PRIMARY, count,
                false, false, false, false, type == MouseEvent.MOUSE_PRESSED, false, false, false, false, true, null));
    }

    private void add(AnnotationSession s, Annotation a) {
        s.apply(AnnotationEdit.create("Draw", a));
    }

    private Annotation build(AnnotationKind kind, org.locationtech.jts.geom.Geometry g, String title, String note, String color,
                             Confidence conf, List<String> tags, LocalDate from, LocalDate until, Double km) {
        return AnnotationBuilder.create(UUID.randomUUID().toString(), kind, g, "anna", feature.session().stamp(), color)
                .title(title).note(note).confidence(conf).tags(tags).validity(from, until).radiusKm(km).build();
    }

    private static Coordinate[] coords(double... lonLat) {
        Coordinate[] cs = new Coordinate[lonLat.length / 2];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = new Coordinate(lonLat[2 * i], lonLat[2 * i + 1]);
        }
        return cs;
    }

    private static Coordinate[] ring(double... lonLat) {
        Coordinate[] open = coords(lonLat);
        Coordinate[] closed = java.util.Arrays.copyOf(open, open.length + 1);
        closed[open.length] = new Coordinate(open[0]);
        return closed;
    }

    /** A coarse outline of the region (boxes and two border lines) for when the real map is absent. */
    static BaseMap outlineMap() {
        String border = line(23.50, 54.30, 23.60, 53.90, 23.70, 53.50, 23.73, 53.40, 23.90, 52.80, 23.60, 52.10, 23.70, 51.50);
        String fiRu = line(27.60, 60.45, 28.35, 60.85, 29.60, 61.60, 30.62, 62.17, 31.20, 63.00, 30.00, 64.55, 28.60, 69.00);
        Map<String, String> files = Map.of(
                BaseMap.COUNTRIES, collection(box("PL", "Poland", 14.0, 49.0, 23.70, 54.8) + ","
                        + box("BY", "Belarus", 23.70, 51.3, 32.0, 56.0)),
                BaseMap.LAKES, collection(""), BaseMap.RIVERS, collection(""),
                BaseMap.BORDER_FI_RU, collection(fiRu), BaseMap.BORDER_PL_BY, collection(border));
        try {
            return BaseMap.load(name -> new ByteArrayInputStream(files.get(name).getBytes(StandardCharsets.UTF_8)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String collection(String features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + features + "]}";
    }

    private static String box(String iso, String name, double w, double s, double e, double n) {
        return "{\"type\":\"Feature\",\"properties\":{\"iso_a2\":\"" + iso + "\",\"name\":\"" + name + "\"},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[" + w + "," + s + "],[" + e + "," + s + "],["
                + e + "," + n + "],[" + w + "," + n + "],[" + w + "," + s + "]]]}}";
    }

    private static String line(double... lonLat) {
        StringBuilder sb = new StringBuilder("{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[");
        for (int i = 0; i < lonLat.length; i += 2) {
            sb.append(i == 0 ? "" : ",").append('[').append(lonLat[i]).append(',').append(lonLat[i + 1]).append(']');
        }
        return sb.append("]}}").toString();
    }
}
}
