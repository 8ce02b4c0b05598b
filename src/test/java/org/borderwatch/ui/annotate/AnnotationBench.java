package org.borderwatch.ui.annotate;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationBuilder;
import org.borderwatch.domain.AnnotationEdit;
import org.borderwatch.domain.AnnotationKind;
import org.borderwatch.domain.Confidence;
import org.borderwatch.geo.MapProjection;
import org.borderwatch.render.LabelPlacer;
import org.borderwatch.render.MapOptions;
import org.borderwatch.render.MapPainter;
import org.borderwatch.render.MapScene;
import org.borderwatch.render.Viewport;
import org.borderwatch.store.AnnotationRepository;
import org.borderwatch.store.Store;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Measures, not tests: the time to save one annotation (create, then a note edit, each one
 * transaction with its revision, into a store on disk) as the median of 200, and the time to paint
 * 5,000 annotations over a 1600×1000 view of the Polish–Belarusian border (first paint, with the
 * projection of each annotation, and repaints). Run: {@code java -cp … org.borderwatch.ui.annotate.AnnotationBench}.
 */
public final class AnnotationBench {
    private static final GeometryFactory GF = new GeometryFactory();

    private AnnotationBench() {
    }

    public static void main(String[] args) throws Exception {
        int saves = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int painted = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        Random random = new Random(7);
        Path dir = Files.createTempDirectory("bw-bench");
        try (Store store = Store.open(dir.resolve("bench.db"))) {
            AnnotationRepository repo = store.annotationRepository();
            for (int i = 0; i < 20; i++) {
                repo.commit(AnnotationEdit.create("warm-up", random(random, i)), "bench");
            }
            double[] create = new double[saves];
            double[] update = new double[saves];
            for (int i = 0; i < saves; i++) {
                Annotation a = random(random, i);
                long t0 = System.nanoTime();
                repo.commit(AnnotationEdit.create("Draw", a), "bench");
                create[i] = (System.nanoTime() - t0) / 1e6;
                Annotation b = AnnotationBuilder.from(a).note("Edited note " + i)
                        .modified(a.modified().plusMillis(1)).build();
                t0 = System.nanoTime();
                repo.commit(AnnotationEdit.update("Edit note", a, b), "bench");
                update[i] = (System.nanoTime() - t0) / 1e6;
            }
            System.out.printf(Locale.ROOT, "save-create-median-ms %.2f (p90 %.2f, n=%d, store with %d annotations)%n",
                    median(create), percentile(create, 0.9), saves, repo.all().size());
            System.out.printf(Locale.ROOT, "save-update-median-ms %.2f (p90 %.2f)%n", median(update), percentile(update, 0.9));
        }

        List<Annotation> many = new ArrayList<>();
        for (int i = 0; i < painted; i++) {
            many.add(random(random, i));
        }
        Coordinate c = MapProjection.forward(23.70, 53.10);
        Viewport view = new Viewport(c.x, c.y, 420, 1600, 1000);
        MapScene scene = MapScene.base(AnnotationLook.App.outlineMap(), view).withOptions(MapOptions.BASE_ONLY.withAnnotations(true))
                .withAnnotations(many);
        MapPainter painter = new MapPainter();
        double first = paint(painter, scene);
        double[] again = new double[7];
        for (int i = 0; i < again.length; i++) {
            again[i] = paint(painter, scene);
        }
        System.out.printf(Locale.ROOT, "paint-%d-annotations-first-ms %.0f (projects each)%n", painted, first);
        System.out.printf(Locale.ROOT, "paint-%d-annotations-median-ms %.0f (1600x1000, repaint)%n", painted, median(again));
    }

    private static double paint(MapPainter painter, MapScene scene) {
        BufferedImage img = new BufferedImage(1600, 1000, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        long t0 = System.nanoTime();
        try {
            painter.paintOverlays(g, scene, new LabelPlacer(2));
        } finally {
            g.dispose();
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    /** A random annotation within ~150 km of the Polish–Belarusian border; every kind, as analysts mix them. */
    private static Annotation random(Random r, int i) {
        double lon = 23.0 + r.nextDouble() * 1.6;
        double lat = 52.0 + r.nextDouble() * 2.2;
        AnnotationKind kind = AnnotationKind.values()[i % AnnotationKind.values().length];
        Geometry g = switch (kind) {
            case LINE -> GF.createLineString(new Coordinate[] {new Coordinate(lon, lat),
                new Coordinate(lon + 0.02, lat + 0.01), new Coordinate(lon + 0.05, lat - 0.01)});
            case POLYGON -> GF.createPolygon(new Coordinate[] {new Coordinate(lon, lat), new Coordinate(lon + 0.03, lat),
                new Coordinate(lon + 0.03, lat + 0.02), new Coordinate(lon, lat + 0.02), new Coordinate(lon, lat)});
            default -> GF.createPoint(new Coordinate(lon, lat));
        };
        return AnnotationBuilder.create(UUID.randomUUID().toString(), kind, g, "bench",
                        Instant.now().truncatedTo(ChronoUnit.MILLIS), "#D81B60")
                .title(kind == AnnotationKind.TEXT ? "Label " + i : "Annotation " + i)
                .note("Observed by patrol " + i).confidence(Confidence.values()[i % 4])
                .radiusKm(kind == AnnotationKind.RING ? 2.0 + i % 5 : null).build();
    }

    private static double median(double[] v) {
        return percentile(v, 0.5);
    }

    private static double percentile(double[] v, double q) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.floor(q * (s.length - 1) + 0.5))];
    }
}
