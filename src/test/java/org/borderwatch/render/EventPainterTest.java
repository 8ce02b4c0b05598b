package org.borderwatch.render;

import static org.borderwatch.render.RenderFixtures.event;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.Category;
import org.borderwatch.domain.ChunkedEvents;
import org.borderwatch.domain.Crossing;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventChunk;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.domain.Situation;
import org.borderwatch.domain.Status;
import org.borderwatch.domain.SituationAt;
import org.borderwatch.domain.TimeWindow;
import org.junit.jupiter.api.Test;

class EventPainterTest {

    @Test
    void densePointsFormOneClusterAndSparseOnesStayAlone() {
        int n = 120;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < 100; i++) {
            xs[i] = 500 + (i % 10) * 0.8;
            ys[i] = 300 + (i / 10) * 0.8;
        }
        for (int i = 100; i < n; i++) {
            xs[i] = 50 + (i - 100) * 60;
            ys[i] = 700;
        }
        List<int[]> groups = EventClusterer.cluster(xs, ys, n, 18);
        assertEquals(21, groups.size());
        assertEquals(100, groups.get(0).length);
        for (int g = 1; g < groups.size(); g++) {
            assertEquals(1, groups.get(g).length);
        }
        assertArrayEquals(new int[] {0, 1, 2}, java.util.Arrays.copyOf(groups.get(0), 3), "members in input order");
    }

    @Test
    void clusteringIsTheSameForTheSameInputAndCoversEveryPoint() {
        int n = 5000;
        double[] xs = new double[n];
        double[] ys = new double[n];
        java.util.Random r = new java.util.Random(7);
        for (int i = 0; i < n; i++) {
            xs[i] = r.nextDouble() * 1900;
            ys[i] = r.nextDouble() * 1000;
        }
        List<int[]> a = EventClusterer.cluster(xs, ys, n, 18);
        List<int[]> b = EventClusterer.cluster(xs, ys, n, 18);
        assertEquals(a.size(), b.size());
        boolean[] seen = new boolean[n];
        int total = 0;
        for (int g = 0; g < a.size(); g++) {
            assertArrayEquals(a.get(g), b.get(g));
            for (int i : a.get(g)) {
                assertTrue(!seen[i], "point " + i + " in two clusters");
                seen[i] = true;
                total++;
                double dx = xs[i] - xs[a.get(g)[0]];
                double dy = ys[i] - ys[a.get(g)[0]];
                assertTrue(Math.hypot(dx, dy) <= 18 * 2 + 1e-9, "member far from its cluster");
            }
        }
        assertEquals(n, total);
    }

    @Test
    void denseEventsArePaintedAsAClusterWithTheRightCountAndTheSelectedOneStaysApart() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Category c = i < 20 ? Category.MIGRATION : Category.STATEMENT;
            events.add(event("m" + i, "2023-11-" + (10 + i % 15), c, 61.50 + (i % 5) * 0.002, 29.00 + (i / 5) * 0.002));
        }
        events.add(event("far", "2023-11-20", Category.INCIDENT, 63.2, 27.2));
        events.add(new Event("nowhere", LocalDate.parse("2023-11-21"), DatePrecision.DAY, "Statement without a place", "",
                Category.STATEMENT, Border.FI_RU, null, null, null, List.of("T1"), List.of(), Map.of()));
        var data = RenderFixtures.data(List.of(), events);
        var sit = RenderFixtures.situation(data, "2023-11-30");
        Viewport v = RenderFixtures.viewAt(28.5, 62.3, 1200, 1000, 900);
        var scene = RenderFixtures.scene(sit, v).withSelection("m7", null);
        var p = RenderFixtures.paint(scene);

        List<HitTarget.ClusterHit> clusters = new ArrayList<>();
        List<HitTarget.EventHit> singles = new ArrayList<>();
        for (HitTarget t : p.result.hits().targets()) {
            if (t instanceof HitTarget.ClusterHit c) {
                clusters.add(c);
            } else if (t instanceof HitTarget.EventHit e) {
                singles.add(e);
            }
        }
        assertEquals(1, clusters.size(), "one cluster");
        assertEquals(29, clusters.get(0).eventIds().size(), "30 dense events less the selected one");
        assertTrue(!clusters.get(0).eventIds().contains("m7"));
        assertTrue(clusters.get(0).tooltip().startsWith("29 events"), clusters.get(0).tooltip());
        assertEquals(List.of("far", "m7"), singles.stream().map(HitTarget.EventHit::eventId).sorted().toList(),
                "the lone event and the selected one are drawn alone; the one without a place is not drawn");
        var bounds = clusters.get(0).bounds();
        var top = p.result.hits().at(bounds.getCenterX(), bounds.getMinY() + bounds.getWidth() / 2).orElseThrow();
        assertTrue(top instanceof HitTarget.ClusterHit || top instanceof HitTarget.EventHit);
        // the cluster's ring is in the colour of its most frequent category (migration)
        var style = scene.style();
        double r = EventMarker.clusterRadius(style, 29);
        double cx = bounds.getCenterX();
        double cy = bounds.getMinY() + r + 1.5;
        double ring = p.share(cx, cy, r, style.categoryColor(Category.MIGRATION), 30);
        p.check(ring > 0.1, "cluster-ring", "migration colour covers " + ring + " of the cluster head");
    }

    @Test
    void uncertainPlacesGetAHaloOfTheirGroundRadius() {
        Event acled = new Event("acled:1", LocalDate.parse("2023-11-20"), DatePrecision.DAY, "Clash", "", Category.VIOLENCE,
                Border.PL_BY, null, new GeoPoint(53.0, 23.0), null, List.of("T1"), List.of(), Map.of("geo_precision", "2"));
        assertEquals(EventPainter.REGION_RADIUS_METRES, EventPainter.uncertaintyMetres(acled));
        assertEquals(0, EventPainter.uncertaintyMetres(event("x", "2023-11-20", Category.OTHER, 60, 25)));
        var sit = RenderFixtures.situation(RenderFixtures.data(List.of(), List.of(acled)), "2023-11-30");
        Viewport v = RenderFixtures.viewAt(23.0, 53.0, 250, 800, 800);
        var p = RenderFixtures.paint(RenderFixtures.scene(sit, v));
        double halo = EventPainter.REGION_RADIUS_METRES / ScaleBar.groundMetresPerPixel(v);
        // inside the halo, away from the pin, the land is tinted with the category colour
        var inside = p.pixel(400 + halo * 0.6, 400 + halo * 0.3);
        var outside = p.pixel(400 + halo * 1.4, 400 + halo * 0.3);
        p.check(!inside.equals(outside) && inside.getRed() < outside.getRed(), "uncertainty-halo",
                "no halo tint: inside " + inside + ", outside " + outside);
        assertTrue(LegendPainter.entries(p.scene).stream().anyMatch(e -> e.code().equals(LegendEntry.EVENT_UNCERTAIN)));
    }

    @Test
    void anEventSnapsToTheSameCrossingThroughTheGridAsByLookingAtEveryCrossing() {
        java.util.Random r = new java.util.Random(16);
        List<CrossingPainter.Placed> crossings = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            // some crossings share a place, as the symbols of a road and a rail crossing may
            double x = i % 7 == 0 && i > 0 ? crossings.get(i - 1).x() : r.nextDouble() * 400;
            double y = i % 7 == 0 && i > 0 ? crossings.get(i - 1).y() : r.nextDouble() * 300;
            crossings.add(new CrossingPainter.Placed(null, x, y, 8, false));
        }
        double snap = 12;
        EventPlaces.CrossingGrid grid = new EventPlaces.CrossingGrid(crossings, snap);
        int snapped = 0;
        for (int k = 0; k < 20_000; k++) {
            double x = r.nextDouble() * 440 - 20;
            double y = r.nextDouble() * 340 - 20;
            CrossingPainter.Placed expected = null;
            double bestD = snap * snap;
            for (CrossingPainter.Placed p : crossings) {
                double d = (p.x() - x) * (p.x() - x) + (p.y() - y) * (p.y() - y);
                if (d <= bestD) {
                    bestD = d;
                    expected = p;
                }
            }
            CrossingPainter.Placed got = grid.nearest(x, y, snap * snap);
            org.junit.jupiter.api.Assertions.assertSame(expected, got, "event at " + x + ", " + y);
            snapped += got == null ? 0 : 1;
        }
        assertTrue(snapped > 500, "many events near a crossing: " + snapped);
        CrossingPainter.Placed shared = crossings.get(7);
        org.junit.jupiter.api.Assertions.assertSame(shared, grid.nearest(shared.x(), shared.y(), snap * snap),
                "of two crossings at one place, the later in the list");
    }

    @Test
    void clusteringTakesTheSamePointsAsLookingAtEveryFreePointForEachSeed() {
        java.util.Random r = new java.util.Random(21);
        int n = 3000;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            // points left of and above the frame too, and some at one place (events snapped to a crossing)
            xs[i] = i % 9 == 0 && i > 0 ? xs[i - 1] : r.nextDouble() * 900 - 300;
            ys[i] = i % 9 == 0 && i > 0 ? ys[i - 1] : r.nextDouble() * 600 - 200;
        }
        double radius = 18;
        boolean[] taken = new boolean[n];
        List<List<Integer>> expected = new ArrayList<>();
        for (int seed = 0; seed < n; seed++) {
            if (taken[seed]) {
                continue;
            }
            List<Integer> group = new ArrayList<>();
            for (int p = 0; p < n; p++) {
                if (!taken[p] && Math.pow(xs[p] - xs[seed], 2) + Math.pow(ys[p] - ys[seed], 2) <= radius * radius) {
                    taken[p] = true;
                    group.add(p);
                }
            }
            expected.add(group);
        }
        List<int[]> got = EventClusterer.cluster(xs, ys, n, radius);
        assertEquals(expected.size(), got.size());
        for (int g = 0; g < got.size(); g++) {
            assertEquals(expected.get(g), java.util.Arrays.stream(got.get(g)).boxed().toList(), "cluster " + g);
        }
        // the frame's way, groups numbered into an array, puts every point in the same group
        int[] groupOf = new int[n];
        assertEquals(expected.size(), EventClusterer.assign(xs, ys, n, radius, groupOf));
        for (int g = 0; g < expected.size(); g++) {
            for (int p : expected.get(g)) {
                assertEquals(g, groupOf[p], "point " + p);
            }
        }
    }

    @Test
    void clustersThatWouldStillOverlapAreMergedAndEveryPointIsInOneGroupInItsOrder() {
        java.util.Random r = new java.util.Random(11);
        int n = 6_000;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            // dense knots (clusters whose centroids fall near each other) and scattered points
            xs[i] = i % 3 == 0 ? 400 + r.nextGaussian() * 30 : r.nextDouble() * 1920;
            ys[i] = i % 3 == 0 ? 300 + r.nextGaussian() * 30 : r.nextDouble() * 1080;
        }
        MapStyle style = MapStyle.DEFAULT;
        EventPainter.Groups groups = EventPainter.clusterWithoutOverlap(xs, ys, n, style);
        int[] seen = new int[n];
        double[] cx = new double[groups.count()];
        double[] cy = new double[groups.count()];
        for (int g = 0; g < groups.count(); g++) {
            int from = groups.start()[g];
            int to = groups.start()[g + 1];
            assertTrue(to > from, "group " + g + " is empty");
            for (int k = from; k < to; k++) {
                int p = groups.members()[k];
                seen[p]++;
                assertTrue(k == from || groups.members()[k - 1] < p, "group " + g + " keeps its points in input order");
                cx[g] += xs[p] / (to - from);
                cy[g] += ys[p] / (to - from);
            }
        }
        assertTrue(java.util.Arrays.stream(seen).allMatch(c -> c == 1), "every point in exactly one group");
        assertTrue(groups.count() < n / 3, "points close together share a pin: " + groups.count() + " pins");
        // after the merging passes no two pins stand on each other (their centroids are merge-radius apart)
        int close = 0;
        double min = EventPainter.mergeRadius(style) / 2;
        for (int a = 0; a < groups.count(); a++) {
            for (int b = a + 1; b < groups.count(); b++) {
                if (Math.hypot(cx[a] - cx[b], cy[a] - cy[b]) < min) {
                    close++;
                }
            }
        }
        assertEquals(0, close, "pins closer than half the merge radius");
    }

    @Test
    void onASlideWithItsLargerCountsNoTwoPinHeadsOverlapAfterMerging() {
        // the crowded south-east of Finland on a deck slide: thousands of events in a few knots
        java.util.Random r = new java.util.Random(30);
        int n = 8_000;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            int knot = i % 5;
            xs[i] = 300 + knot * 22 + r.nextGaussian() * (knot == 0 ? 40 : 6);
            ys[i] = 500 + knot * 17 + r.nextGaussian() * (knot == 0 ? 40 : 6);
        }
        TextSizes slideText = new TextSizes(28 / 1.6, 26 / 1.6, 20 / 1.6, 20 / 1.6, 20 / 1.6, 20 / 1.6, 21 / 1.6, 24 / 1.6,
                20 / 1.6);
        for (MapStyle style : List.of(MapStyle.DEFAULT, MapStyle.DEFAULT.withText("DejaVu Sans", slideText).scaled(1.6 * 0.667))) {
            EventPainter.Groups groups = EventPainter.clusterWithoutOverlap(xs, ys, n, style);
            double[] cx = new double[groups.count()];
            double[] cy = new double[groups.count()];
            double[] head = new double[groups.count()];
            for (int g = 0; g < groups.count(); g++) {
                int size = groups.start()[g + 1] - groups.start()[g];
                for (int k = groups.start()[g]; k < groups.start()[g + 1]; k++) {
                    cx[g] += xs[groups.members()[k]] / size;
                    cy[g] += ys[groups.members()[k]] / size;
                }
                head[g] = size > 1 ? EventMarker.clusterRadius(style, size) : EventMarker.HEAD_RADIUS * style.scale();
            }
            int overlapping = 0;
            for (int a = 0; a < groups.count(); a++) {
                for (int b = a + 1; b < groups.count(); b++) {
                    // the heads stand at the same height above their tips when equally large; the
                    // tips' distance is then the heads' distance
                    if (Math.hypot(cx[a] - cx[b], cy[a] - cy[b]) < head[a] + head[b]) {
                        overlapping++;
                    }
                }
            }
            assertEquals(0, overlapping, "pin heads over each other at scale " + style.scale() + " among "
                    + groups.count() + " pins");
        }
    }

    @Test
    void aCrossingSymbolOnAClusterHeadLeavesEveryFigureOfItsCountReadable() {
        // 1,500 events just south of Niirala (open): their cluster's head rises onto its symbol
        List<Event> events = crowdNearNiirala(1_500, -0.21, -0.02, 16);
        var data = RenderFixtures.data(List.of(RenderFixtures.interval(RenderFixtures.NIIRALA, "2023-01-01", null,
                Status.OPEN)), events);
        Viewport v = RenderFixtures.viewAt(30.6, 62.1, 1000, 600, 500);
        var painted = RenderFixtures.paint(RenderFixtures.scene(RenderFixtures.situation(data, "2023-11-30"), v));
        MapStyle s = painted.scene.style();
        OverlayPlan plan = OverlayPlan.of(painted.scene);
        EventPainter.Marker cluster = plan.markers().stream().filter(EventPainter.Marker::isCluster).findFirst()
                .orElseThrow();
        assertEquals(1_500, cluster.events().size());
        Rectangle2D head = EventMarker.head(cluster.x(), cluster.y(), cluster.headRadius(s)).getBounds2D();
        CrossingPainter.Placed niirala = plan.crossings().stream()
                .filter(p -> p.crossing().id().equals(RenderFixtures.NIIRALA.id())).findFirst().orElseThrow();
        assertTrue(niirala.box().intersects(head), "the symbol stands on the head: " + niirala.box() + " " + head);
        // the figures "1k" alone, where the map draws them: each of their dark pixels is dark on the map
        java.awt.image.BufferedImage alone = new java.awt.image.BufferedImage(v.width(), v.height(),
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = alone.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, v.width(), v.height());
        MapPainter.prepare(g);
        EventMarker.paintCountOver(g, s, 1_500, cluster.x(), cluster.y());
        g.dispose();
        int figure = 0;
        int hidden = 0;
        for (int y = (int) head.getMinY(); y < head.getMaxY(); y++) {
            for (int x = (int) head.getMinX(); x < head.getMaxX(); x++) {
                if (dark(alone.getRGB(x, y))) {
                    figure++;
                    if (!dark(painted.image.getRGB(x, y))) {
                        hidden++;
                    }
                }
            }
        }
        assertTrue(figure > 20, "the figures have pixels: " + figure);
        assertTrue(hidden <= figure / 20, hidden + " of the count's " + figure + " dark pixels are not dark on the map: "
                + RenderFixtures.save(painted.image, "count-under-symbol"));
    }

    @Test
    void aLeaderLineThatMustCrossAPinPassesBeneathIt() {
        // a cluster of 400 events west of Niirala, and a leader line laid straight through its head —
        // as the label engine lets a badge's leader do, as a last resort, in a crowd
        List<Event> events = crowdNearNiirala(400, 0, -0.3, 5);
        var data = RenderFixtures.data(List.of(RenderFixtures.interval(RenderFixtures.NIIRALA, "2023-01-01", null,
                Status.OPEN)), events);
        Viewport v = RenderFixtures.viewAt(30.6, 62.1, 1000, 600, 500);
        MapScene scene = RenderFixtures.scene(RenderFixtures.situation(data, "2023-11-30"), v);
        MapLabels laid = RenderFixtures.paint(scene).result.labels();
        EventPainter.Marker cluster = OverlayPlan.of(scene).markers().stream().filter(EventPainter.Marker::isCluster)
                .findFirst().orElseThrow();
        java.awt.Shape head = EventMarker.head(cluster.x(), cluster.y(), cluster.headRadius(scene.style()));
        Rectangle2D box = head.getBounds2D();
        // below the count's figures, which are written again over whatever crosses them
        double y = Math.floor(box.getCenterY() + box.getHeight() * 0.3);
        java.awt.geom.Line2D leader = new java.awt.geom.Line2D.Double(box.getMinX() - 40, y, box.getMaxX() + 40, y);
        List<MapLabel> more = new ArrayList<>(laid.labels());
        more.add(new MapLabel("crossing:test", MapLabel.Layer.CROSSING, MapLabel.Kind.TEXT,
                new Rectangle2D.Double(1, 1, 1, 1), leader, leader.getP1(), List.of(), laid.labels().get(0).content(), 0));
        java.awt.image.BufferedImage without = framed(scene, laid);
        java.awt.image.BufferedImage with = framed(scene, new MapLabels(more, laid.obstacles(), laid.bounds()));
        int inside = 0;
        int changedInside = 0;
        int outside = 0;
        int changedOutside = 0;
        for (int x = (int) box.getMinX() - 35; x < box.getMaxX() + 35; x++) {
            boolean deepInside = head.contains(x - 3, y) && head.contains(x + 3, y);
            boolean clear = x < box.getMinX() - 6 || x > box.getMaxX() + 6;
            boolean changed = without.getRGB(x, (int) y) != with.getRGB(x, (int) y);
            if (deepInside) {
                inside++;
                changedInside += changed ? 1 : 0;
            } else if (clear) {
                outside++;
                changedOutside += changed ? 1 : 0;
            }
        }
        assertTrue(inside > 10 && changedInside == 0, changedInside + " of " + inside
                + " pixels of the pin's head changed under the leader: " + RenderFixtures.save(with, "leader-over-pin"));
        assertTrue(changedOutside > outside * 8 / 10, "the leader shows beside the pin: " + changedOutside + " of "
                + outside + " pixels: " + RenderFixtures.save(with, "leader-beside-pin"));
    }

    /** {@code n} protests in November 2023, a few hundred metres around Niirala moved by ({@code dLat}, {@code dLon}) degrees. */
    private static List<Event> crowdNearNiirala(int n, double dLat, double dLon, long seed) {
        java.util.Random r = new java.util.Random(seed);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            events.add(event("c" + i, "2023-11-" + (10 + i % 20), Category.PROTEST,
                    RenderFixtures.NIIRALA.location().lat() + dLat + r.nextGaussian() * 0.004,
                    RenderFixtures.NIIRALA.location().lon() + dLon + r.nextGaussian() * 0.004));
        }
        return events;
    }

    /** The frame of {@code scene} painted with the label layout {@code labels}. */
    private static java.awt.image.BufferedImage framed(MapScene scene, MapLabels labels) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(scene.view().width(), scene.view().height(),
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = image.createGraphics();
        try {
            MapPainter.prepare(g);
            new MapPainter().paintFrame(g, scene, labels);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static boolean dark(int rgb) {
        return ((rgb >> 16) & 0xFF) < 90 && ((rgb >> 8) & 0xFF) < 90 && (rgb & 0xFF) < 90;
    }

    @Test
    void aWindowHeldDayByDayPutsEveryPinWhereTheSameEventsInOneListPutThem() {
        java.util.Random r = new java.util.Random(3);
        List<Crossing> crossings = RenderFixtures.crossings();
        LocalDate first = LocalDate.parse("2023-10-01");
        List<EventChunk> days = new ArrayList<>();
        for (int d = 0; d < 45; d++) {
            List<Event> day = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                // half the events near a crossing (they stand on its symbol), some without a place
                Crossing c = i == 4 ? RenderFixtures.NIIRALA : crossings.get(r.nextInt(crossings.size()));
                double lat = i % 2 == 0 ? c.location().lat() + r.nextGaussian() * 0.01 : 60 + r.nextDouble() * 8;
                double lon = i % 2 == 0 ? c.location().lon() + r.nextGaussian() * 0.01 : 27 + r.nextDouble() * 4;
                String id = "d" + d + "-" + i;
                day.add(i % 13 == 12 ? new Event(id, first.plusDays(d), DatePrecision.DAY, "No place", "", Category.STATEMENT,
                        Border.FI_RU, null, null, null, List.of("T1"), List.of(), Map.of())
                        : event(id, first.plusDays(d).toString(), Category.values()[i % Category.values().length], lat, lon));
            }
            days.add(new EventChunk(day));
        }
        var data = RenderFixtures.data(List.of(), List.of());
        Viewport whole = RenderFixtures.viewAt(28.5, 63.5, 2500, 1200, 1000);
        Viewport panned = RenderFixtures.viewAt(29.5, 62.0, 1200, 1200, 1000);
        // scrubbing: each day drops the oldest held day and adds one, the days in between kept as they were
        for (int end = 30; end <= 33; end++) {
            for (Viewport v : List.of(whole, whole, panned)) {
                List<EventChunk> window = days.subList(end - 30, end);
                Situation held = SituationAt.of(data, first.plusDays(end - 1), TimeWindow.lastDays(30),
                        ChunkedEvents.of(window));
                Situation plain = SituationAt.of(data, first.plusDays(end - 1), TimeWindow.lastDays(30),
                        new ArrayList<>(held.events()));
                String selected = "d" + (end - 2) + "-4";
                var fromHeld = OverlayPlan.of(RenderFixtures.scene(held, v).withSelection(selected, null)).markers();
                var fromPlain = OverlayPlan.of(RenderFixtures.scene(plain, v).withSelection(selected, null)).markers();
                assertEquals(pins(fromPlain), pins(fromHeld), "day " + end + ", view " + v);
                assertTrue(fromHeld.size() > 5 && fromHeld.get(fromHeld.size() - 1).selected(), "pins and the selected one");
            }
        }
    }

    /** Each pin as the user sees it: where its tip is, and which events it stands for. */
    private static List<String> pins(List<EventPainter.Marker> markers) {
        return markers.stream().map(m -> String.format(java.util.Locale.ROOT, "%.6f,%.6f %s %s %s", m.x(), m.y(),
                m.dominant(), m.selected(), m.events().stream().map(Event::id).toList())).toList();
    }
}
