package org.borderwatch.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.borderwatch.domain.Crossing;
import org.borderwatch.geo.Geodesy;
import org.borderwatch.geo.MapLayer;
import org.borderwatch.geo.MapProjection;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.linearref.LengthIndexedLine;
import org.locationtech.jts.operation.linemerge.LineMerger;

/**
 * A border line measured along itself: where each crossing lies on it, and the stretch of line
 * around a crossing. Works on the projected (EPSG:3035) full-detail line of a border layer, merged
 * into as few runs as possible (JTS {@link LineMerger}) and indexed by length
 * ({@link LengthIndexedLine}).
 *
 * <p>Distances along the line are asked for in ground metres; they are converted with the local
 * ratio of geodesic to projected length measured on the line itself at the crossing (LAEA is not
 * conformal: that ratio departs from 1 by a few percent in this region and depends on direction).
 *
 * <p>One instance per border layer, shared through {@link #of}: the layer is immutable, so where a
 * crossing lies on it is computed once, and extracted stretches are kept (bounded). Thread-safe.
 */
final class BorderStretches {
    private static final Map<MapLayer, BorderStretches> SHARED = Collections.synchronizedMap(new WeakHashMap<>());
    /** Stretch ends are rounded to this many projected metres, so nearby requests share a cache entry. */
    private static final double QUANTUM = 250;
    private static final int MAX_CACHED = 4096;

    /** Where a crossing lies on the line: run number, length index on it, ground/projected ratio there. */
    record Anchor(int run, double index, double groundPerProjected) {
    }

    private record StretchKey(int run, long from, long to) {
    }

    private final List<LineString> runs;
    private final List<LengthIndexedLine> indexed;
    private final Map<String, Anchor> anchors = new ConcurrentHashMap<>();
    private final Map<StretchKey, Geometry> stretches = new ConcurrentHashMap<>();

    private BorderStretches(MapLayer layer) {
        LineMerger merger = new LineMerger();
        for (MapLayer.Feature f : layer.features()) {
            merger.add(f.projected());
        }
        @SuppressWarnings("unchecked")
        Collection<LineString> merged = merger.getMergedLineStrings();
        this.runs = List.copyOf(merged);
        List<LengthIndexedLine> idx = new ArrayList<>(runs.size());
        for (LineString l : runs) {
            idx.add(new LengthIndexedLine(l));
        }
        this.indexed = idx;
    }

    /** The shared instance for a border layer. */
    static BorderStretches of(MapLayer border) {
        synchronized (SHARED) {
            return SHARED.computeIfAbsent(border, BorderStretches::new);
        }
    }

    /** The merged runs of the line (projected metres). */
    List<LineString> runs() {
        return runs;
    }

    /** Where {@code c} lies on the line (the nearest point of the nearest run), or {@code null} for an empty line. */
    Anchor anchor(Crossing c) {
        if (runs.isEmpty()) {
            return null;
        }
        String key = c.id() + '@' + c.location().lon() + ',' + c.location().lat();
        return anchors.computeIfAbsent(key, k -> locate(c));
    }

    private Anchor locate(Crossing c) {
        Coordinate p = MapProjection.forward(c.location().lon(), c.location().lat());
        var pt = runs.get(0).getFactory().createPoint(p);
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < runs.size(); i++) {
            double d = runs.get(i).distance(pt);
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        LengthIndexedLine line = indexed.get(best);
        double index = line.project(p);
        double step = 500;
        double a = Math.max(line.getStartIndex(), index - step);
        double b = Math.min(line.getEndIndex(), index + step);
        double ratio = 1;
        if (b - a > 1) {
            Coordinate pa = line.extractPoint(a);
            Coordinate pb = line.extractPoint(b);
            Coordinate ga = MapProjection.inverse(pa.x, pa.y);
            Coordinate gb = MapProjection.inverse(pb.x, pb.y);
            double projected = pa.distance(pb);
            if (projected > 1) {
                ratio = Geodesy.distanceMetres(ga.x, ga.y, gb.x, gb.y) / projected;
            }
        }
        return new Anchor(best, index, ratio);
    }

    /**
     * The part of run {@code anchor.run()} from {@code behindMetres} before the anchor to
     * {@code aheadMetres} after it (ground metres along the line, clamped to the run's ends).
     */
    Geometry stretch(Anchor anchor, double behindMetres, double aheadMetres) {
        LengthIndexedLine line = indexed.get(anchor.run());
        double from = Math.max(line.getStartIndex(), anchor.index() - behindMetres / anchor.groundPerProjected());
        double to = Math.min(line.getEndIndex(), anchor.index() + aheadMetres / anchor.groundPerProjected());
        StretchKey key = new StretchKey(anchor.run(), Math.round(from / QUANTUM), Math.round(to / QUANTUM));
        Geometry cached = stretches.get(key);
        if (cached != null) {
            return cached;
        }
        Geometry g = line.extractLine(key.from() * QUANTUM, key.to() * QUANTUM);
        if (stretches.size() >= MAX_CACHED) {
            stretches.clear();
        }
        stretches.put(key, g);
        return g;
    }

    /** Length of a run in projected metres. */
    double runLength(int run) {
        return indexed.get(run).getEndIndex();
    }
}
