package org.borderwatch.render;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.domain.Category;
import org.borderwatch.domain.ChunkedEvents;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventChunk;
import org.borderwatch.domain.Situation;
import org.borderwatch.render.label.LabelRequest;

/**
 * Paints the events of the situation's window as {@link EventMarker pins}, clustered where they
 * crowd in screen space ({@link EventClusterer}, O(n)), with the selected event highlighted and
 * never folded into a cluster. Events without a location are not drawn. An event at a crossing
 * (by its crossing id, or placed on the crossing's symbol) points at the top of that symbol so it
 * never hides it. Imported events whose {@code geo_precision} attribute is 2 (within a region of
 * ~25 km) or 3 (a province) get a translucent halo of that ground radius around the pin's tip.
 * Stateless.
 */
public final class EventPainter {
    /** Ground radius in metres of the uncertainty halo of an event with geo_precision 2. */
    public static final double REGION_RADIUS_METRES = 25_000;
    /** Ground radius in metres of the uncertainty halo of an event with geo_precision 3. */
    public static final double PROVINCE_RADIUS_METRES = 75_000;
    /** The attribute giving an imported event's place precision (ACLED's {@code geo_precision}). */
    public static final String GEO_PRECISION = "geo_precision";
    /** The event attributes painting uses: a read for a map or a slide needs no other. */
    public static final java.util.Set<String> PAINTED_ATTRIBUTES = java.util.Set.of(GEO_PRECISION);
    /** Pins closer than this many pixels (at scale 1) are clustered. */
    public static final double CLUSTER_RADIUS = 18;

    /**
     * One pin on screen: one event or a cluster.
     *
     * @param events   the events it stands for (oldest first); one for a single event
     * @param eventIds their ids, in the same order
     * @param x        screen x of the tip, pixels
     * @param y        screen y of the tip, pixels
     * @param dominant the most frequent category (ties go to the category listed first)
     * @param selected whether it is the selected event
     * @param tooltip  what the pin says under the pointer ({@link #tooltip(Event)}, {@link #clusterTooltip})
     */
    public record Marker(List<Event> events, List<String> eventIds, double x, double y, Category dominant,
                         boolean selected, String tooltip) {
        public Marker {
            events = FrozenList.of(events);
            eventIds = FrozenList.of(eventIds);
            if (events.isEmpty() || events.size() != eventIds.size()) {
                throw new IllegalArgumentException("a marker stands for at least one event, each with its id");
            }
        }

        public boolean isCluster() {
            return events.size() > 1;
        }

        /** Head radius in pixels. */
        public double headRadius(MapStyle s) {
            return isCluster() ? EventMarker.clusterRadius(s, events.size()) : EventMarker.HEAD_RADIUS * s.scale();
        }

        /** The box the pin covers. */
        public Rectangle2D box(MapStyle s) {
            return EventMarker.pin(x, y, headRadius(s)).getBounds2D();
        }
    }

    /**
     * The markers of the scene's events in the view: located events, moved onto their crossing's
     * symbol where they belong to one, clustered in pixel space; the selected event alone and last.
     * Only events whose place lies inside the frame get a pin.
     */
    public static List<Marker> place(MapScene scene, List<CrossingPainter.Placed> crossings) {
        Situation sit = scene.situation();
        if (sit == null || !scene.options().events()) {
            return List.of();
        }
        Viewport v = scene.view();
        MapStyle s = scene.style();
        List<Event> all = sit.events();
        // a window read by the window's cache comes in chunks whose places are remembered from
        // frame to frame; any other list is placed for this frame alone
        boolean remember = all instanceof ChunkedEvents;
        List<EventChunk> chunks = remember ? ((ChunkedEvents) all).chunks() : List.of(new EventChunk(all));
        EventPlaces.Layout layout = new EventPlaces.Layout(v, CrossingSymbol.radius(v, s) * 1.4, crossings);
        Placing work = PLACING.get().forEvents(all.size());
        double[] xs = work.xs;
        double[] ys = work.ys;
        Event[] kept = work.kept;
        byte[] keptCategories = work.categories;
        String[] keptIds = work.ids;
        int m = 0;
        Event selected = null;
        double selX = 0;
        double selY = 0;
        String selectedId = scene.selectedEventId();
        double w = v.width();
        double h = v.height();
        for (EventChunk chunk : chunks) {
            EventPlaces.Screen at = EventPlaces.of(chunk, layout, remember);
            List<Event> events = chunk.events();
            for (int i = 0; i < events.size(); i++) {
                double x = at.x()[i];
                double y = at.y()[i];
                // a pin stands where its tip is: one without a place, or whose place is outside the
                // frame, is not drawn (half a pin cut by the frame's edge would point at nothing)
                if (!(x >= 0 && y >= 0 && x <= w && y <= h)) {
                    continue;
                }
                if (selectedId != null && at.ids()[i].equals(selectedId)) {
                    selected = events.get(i);
                    selX = x;
                    selY = y;
                    continue;
                }
                xs[m] = x;
                ys[m] = y;
                keptCategories[m] = at.categories()[i];
                keptIds[m] = at.ids()[i];
                kept[m++] = events.get(i);
            }
        }
        List<Marker> out = new ArrayList<>();
        int[] counts = new int[Category.values().length];
        Groups groups = clusterWithoutOverlap(xs, ys, m, s);
        for (int g = 0; g < groups.count(); g++) {
            int from = groups.start()[g];
            int size = groups.start()[g + 1] - from;
            Event[] members = new Event[size];
            String[] ids = new String[size];
            java.util.Arrays.fill(counts, 0);
            double sx = 0;
            double sy = 0;
            for (int k = 0; k < size; k++) {
                int i = groups.members()[from + k];
                members[k] = kept[i];
                ids[k] = keptIds[i];
                counts[keptCategories[i]]++;
                sx += xs[i];
                sy += ys[i];
            }
            List<Event> list = new FrozenList<>(members);
            String tip = size == 1 ? tooltip(members[0]) : clusterTooltip(list, counts);
            out.add(new Marker(list, new FrozenList<>(ids), sx / size, sy / size, mostFrequent(counts), false, tip));
        }
        if (selected != null) {
            out.add(new Marker(List.of(selected), List.of(selected.id()), selX, selY, selected.category(), true,
                    tooltip(selected)));
        }
        // the working arrays stay with the thread; the events they pointed at need not
        java.util.Arrays.fill(kept, 0, m, null);
        java.util.Arrays.fill(keptIds, 0, m, null);
        return out;
    }

    /**
     * Each painting thread's working arrays for {@link #place}, kept from frame to frame (grown when
     * a window holds more events): the window repaints its tens of thousands of events at every date
     * change, and arrays made anew each time would bring a collection, and a pause, every few frames.
     */
    private static final ThreadLocal<Placing> PLACING = ThreadLocal.withInitial(Placing::new);

    /** Working arrays of {@link #place}: screen positions, events, categories and ids of the pins kept. */
    private static final class Placing {
        double[] xs = new double[0];
        double[] ys = new double[0];
        Event[] kept = new Event[0];
        byte[] categories = new byte[0];
        String[] ids = new String[0];
        int[] groupOf = new int[0];
        int[] members = new int[0];

        /** These arrays, at least {@code n} long. */
        Placing forEvents(int n) {
            if (xs.length < n) {
                int size = Math.max(n, xs.length * 3 / 2);
                xs = new double[size];
                ys = new double[size];
                kept = new Event[size];
                categories = new byte[size];
                ids = new String[size];
                groupOf = new int[size];
                members = new int[size];
            }
            return this;
        }
    }

    /**
     * Groups of points: group {@code g}'s points are {@code members[start[g]] … members[start[g+1] − 1]},
     * in input order. {@code members} is the painting thread's working array: read it before the
     * thread clusters again.
     */
    record Groups(int count, int[] start, int[] members) {
    }

    /**
     * Clusters the points, then merges clusters whose pins would still overlap (a cluster sits at
     * its members' centroid and has a bigger head than a single pin), a few passes at most. Each
     * pass is O(points); members come out in input order, groups in order of their first point.
     * Works in the thread's arrays: a frame makes no array per group.
     */
    static Groups clusterWithoutOverlap(double[] xs, double[] ys, int n, MapStyle s) {
        Placing work = PLACING.get().forEvents(n);
        int[] groupOf = work.groupOf;
        int count = EventClusterer.assign(xs, ys, n, CLUSTER_RADIUS * s.scale(), groupOf);
        double[] cx = new double[count];
        double[] cy = new double[count];
        int[] size = new int[count];
        int[] merged = count > 1 ? new int[count] : null;
        for (int pass = 0; pass < 3 && count > 1; pass++) {
            java.util.Arrays.fill(cx, 0, count, 0);
            java.util.Arrays.fill(cy, 0, count, 0);
            java.util.Arrays.fill(size, 0, count, 0);
            for (int i = 0; i < n; i++) {
                cx[groupOf[i]] += xs[i];
                cy[groupOf[i]] += ys[i];
                size[groupOf[i]]++;
            }
            for (int g = 0; g < count; g++) {
                cx[g] /= size[g];
                cy[g] /= size[g];
            }
            int mergedCount = EventClusterer.assign(cx, cy, count, mergeRadius(s), merged);
            if (mergedCount == count) {
                break;
            }
            for (int i = 0; i < n; i++) {
                groupOf[i] = merged[groupOf[i]];
            }
            count = mergedCount;
        }
        // counting sort by group: each group's points stay in input order
        int[] start = new int[count + 1];
        for (int i = 0; i < n; i++) {
            start[groupOf[i] + 1]++;
        }
        for (int g = 0; g < count; g++) {
            start[g + 1] += start[g];
        }
        int[] members = work.members;
        int[] filled = size;
        java.util.Arrays.fill(filled, 0, count, 0);
        for (int i = 0; i < n; i++) {
            int g = groupOf[i];
            members[start[g] + filled[g]++] = i;
        }
        return new Groups(count, start, members);
    }

    /**
     * Clusters whose tips are closer than this many pixels are merged: their pins' heads would
     * touch. Twice the largest head {@code s} draws (a cluster's, {@link EventMarker#clusterRadius})
     * and a pixel between them — 28 px with the window's text; a style with larger count text (a
     * slide's) draws larger heads, and merges as much farther apart.
     */
    static double mergeRadius(MapStyle s) {
        return 2 * EventMarker.clusterRadius(s, Integer.MAX_VALUE) + s.scale();
    }

    /** The category with the most events of {@code counts} (by ordinal); ties go to the category listed first. */
    private static Category mostFrequent(int[] counts) {
        int best = 0;
        for (int i = 1; i < counts.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return Category.values()[best];
    }

    /** The ground radius in metres of an event's uncertainty halo, or 0 when it needs none. */
    public static double uncertaintyMetres(Event e) {
        String p = e.attributes().get(GEO_PRECISION);
        if (p == null) {
            return 0;
        }
        return switch (p.trim()) {
            case "2" -> REGION_RADIUS_METRES;
            case "3" -> PROVINCE_RADIUS_METRES;
            default -> 0;
        };
    }

    /**
     * Paints the halos and the pins of every marker but the selected one,
     * recording hits. Crossing symbols go on top of these (a crossing's status matters more
     * than an event pin that leans over it), then {@link #paintSelected}.
     */
    public void paint(Graphics2D g, MapScene scene, List<Marker> markers, HitIndex hits) {
        MapStyle s = scene.style();
        UncertaintyHalos.paint(g, scene, markers);
        for (Marker mk : markers) {
            if (!mk.selected()) {
                paintMarker(g, s, mk, hits);
            }
        }
    }

    /**
     * Paints again, over what was painted since {@link #paint}, the count of every cluster whose
     * head a symbol of {@code crossings} crosses: the symbol stands over the pin, the figures over
     * both. (Leader lines pass beneath the pins.)
     */
    public void paintCountsOver(Graphics2D g, MapScene scene, List<Marker> markers,
                                List<CrossingPainter.Placed> crossings) {
        MapStyle s = scene.style();
        for (Marker mk : markers) {
            if (!mk.isCluster() || mk.selected()) {
                continue;
            }
            // the head's bounds, as EventMarker.head draws it, without an object per pin and frame
            double r = mk.headRadius(s);
            double top = mk.y() - EventMarker.headLift(r) - r;
            if (covered(mk.x() - r, top, 2 * r, crossings)) {
                EventMarker.paintCountOver(g, s, mk.events().size(), mk.x(), mk.y());
            }
        }
    }

    /** Whether a crossing's symbol crosses the square {@code size} wide at ({@code x}, {@code y}). */
    private static boolean covered(double x, double y, double size, List<CrossingPainter.Placed> crossings) {
        for (CrossingPainter.Placed p : crossings) {
            if (p.box().intersects(x, y, size, size)) {
                return true;
            }
        }
        return false;
    }

    /** Paints the selected event's pin with its highlight, over everything else. */
    public void paintSelected(Graphics2D g, MapScene scene, List<Marker> markers, HitIndex hits) {
        for (Marker mk : markers) {
            if (mk.selected()) {
                paintMarker(g, scene.style(), mk, hits);
            }
        }
    }

    private static void paintMarker(Graphics2D g, MapStyle s, Marker mk, HitIndex hits) {
        double r = mk.headRadius(s);
        if (mk.isCluster()) {
            EventMarker.paintCluster(g, s, mk.dominant(), mk.events().size(), mk.x(), mk.y());
            hits.add(new HitTarget.ClusterHit(mk.eventIds(), pickArea(mk.x(), mk.y(), r), mk.tooltip()));
        } else {
            Event e = mk.events().get(0);
            EventMarker.paintSingle(g, s, e.category(), mk.x(), mk.y());
            if (mk.selected()) {
                EventMarker.paintSelection(g, s, mk.x(), mk.y(), r);
            }
            hits.add(new HitTarget.EventHit(e.id(), pickArea(mk.x(), mk.y(), r), mk.tooltip()));
        }
    }

    /** The pin, a little larger than drawn (cheap to build: thousands are made per frame). */
    private static java.awt.Shape pickArea(double x, double y, double r) {
        return EventMarker.pin(x, y + 1.5, r + 1.5);
    }

    /**
     * Adds the events' title labels to a frame's layout: the selected event's always (among the
     * first labels, with a leader line if need be), the others when the options ask for event
     * labels, newest first, where they fit.
     */
    public static void contributeLabels(MapScene scene, List<Marker> markers, MapLabels.Builder labels) {
        MapStyle s = scene.style();
        Font font = s.font(Font.PLAIN, s.textSizes().event());
        Font bold = s.font(Font.BOLD, s.textSizes().event());
        for (int i = markers.size() - 1; i >= 0; i--) {
            Marker mk = markers.get(i);
            if (mk.isCluster() || !(mk.selected() || scene.options().eventLabels())) {
                continue;
            }
            Event e = mk.events().get(0);
            String text = DayFormat.truncate(e.title(), 44);
            double r = mk.headRadius(s);
            double hy = mk.y() - EventMarker.headLift(r);
            LabelContent c = LabelContent.text(text, mk.selected() ? bold : font, s.text(), s.textHalo(), s.width(3));
            LabelRequest request = LabelRequest.around("event:" + e.id(), mk.selected() ? LabelTier.SELECTED : LabelTier.EVENT,
                    markers.size() - i, mk.x(), hy, r + 3 * s.scale(), c.width(), c.height());
            labels.add(mk.selected() ? request.withLeader(6 * c.height()) : request, MapLabel.Layer.EVENT, c);
        }
    }

    /** "Thu 30 Nov 2023 · Closure · Full closure of the land border". */
    static String tooltip(Event e) {
        return DayFormat.at(e.date(), e.datePrecision()) + " · " + e.category().label() + " · " + e.title();
    }

    /**
     * "12 events, Sat 18 Nov – Thu 30 Nov 2023: Closure 7, Statement 5": {@code events} oldest
     * first, {@code counts} how many of them each category has (by ordinal).
     */
    static String clusterTooltip(List<Event> events, int[] counts) {
        StringBuilder sb = new StringBuilder().append(events.size()).append(" events, ")
                .append(DayFormat.range(events.get(0).date(), events.get(events.size() - 1).date())).append(": ");
        String sep = "";
        for (Category c : Category.values()) {
            if (counts[c.ordinal()] > 0) {
                sb.append(sep).append(c.label()).append(' ').append(counts[c.ordinal()]);
                sep = ", ";
            }
        }
        return sb.toString();
    }
}
