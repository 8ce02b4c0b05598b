package org.borderwatch.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.borderwatch.render.label.LabelEngine;
import org.borderwatch.render.label.LabelRequest;
import org.borderwatch.render.label.LabelSpot;

/**
 * The labels of one map view, laid out once: every layer's labels (crossings, callouts, numbered
 * badges, country names, places, annotations, events) placed together by one {@link LabelEngine},
 * so none overlaps another, a symbol, a decoration or the frame's edge. Every surface that shows
 * the view paints these labels; a surface of another resolution paints them
 * {@link #transformed transformed}, never laid out again, so a PNG, an SVG, a PDF and a PPTX of one
 * slide carry the same labels in the same places. Immutable; made by {@link Builder}.
 *
 * @param labels    the placed labels, in placing order (most important first)
 * @param obstacles the boxes the labels kept clear of (symbols, decorations, insets), pixels
 * @param bounds    the area the labels were kept inside, pixels
 */
public record MapLabels(List<MapLabel> labels, List<Rectangle2D> obstacles, Rectangle2D bounds) {
    /** No labels. */
    public static final MapLabels NONE = new MapLabels(List.of(), List.of(), new Rectangle2D.Double());

    public MapLabels {
        labels = List.copyOf(labels);
        obstacles = List.copyOf(obstacles);
    }

    /** The label with {@code key}, if it was placed. */
    public Optional<MapLabel> find(String key) {
        return labels.stream().filter(l -> l.key().equals(key)).findFirst();
    }

    /** The labels of one layer, in placing order. */
    public List<MapLabel> of(MapLabel.Layer layer) {
        return labels.stream().filter(l -> l.layer() == layer).toList();
    }

    /** The numbered badges in number order: the entries of the frame's key. */
    public List<MapLabel> badges() {
        return labels.stream().filter(l -> l.kind() == MapLabel.Kind.BADGE)
                .sorted(Comparator.comparingInt(MapLabel::number)).toList();
    }

    /** The same labels with the badges numbered {@code first}, {@code first + 1} … in their present order. */
    public MapLabels renumbered(int first) {
        List<MapLabel> badges = badges();
        if (badges.isEmpty() || badges.get(0).number() == first) {
            return this;
        }
        Map<String, Integer> numbers = new HashMap<>();
        for (int i = 0; i < badges.size(); i++) {
            numbers.put(badges.get(i).key(), first + i);
        }
        List<MapLabel> out = new ArrayList<>(labels.size());
        for (MapLabel l : labels) {
            Integer n = numbers.get(l.key());
            if (n == null) {
                out.add(l);
            } else {
                LabelContent.Row old = l.rows().get(0);
                out.add(new MapLabel(l.key(), l.layer(), l.kind(), l.box(), l.leader(), l.anchor(),
                        List.of(badgeRow(String.valueOf(n), old.font(), old.fill(), l.box())), l.content(), n));
            }
        }
        return new MapLabels(out, obstacles, bounds);
    }

    /** The font of numbered badges in style {@code s}. */
    public static Font badgeFont(MapStyle s) {
        return s.font(Font.BOLD, s.textSizes().crossing() * 0.8);
    }

    /** Width and height of a badge showing {@code number} in {@code font}, pixels. */
    static double[] badgeSize(Font font, String number) {
        double h = TextDrawing.measure("88", font).getHeight() * 1.05;
        return new double[] {Math.max(h, TextDrawing.measure(number, font).getWidth() + font.getSize2D() * 0.55), h};
    }

    /** The number of a badge, centred in its box. */
    static LabelContent.Row badgeRow(String number, Font font, Color ink, Rectangle2D box) {
        Rectangle2D b = TextDrawing.measure(number, font);
        double x = box.getCenterX() - b.getWidth() / 2;
        double baseline = box.getCenterY() - (b.getY() + b.getHeight() / 2) - font.getSize2D() * 0.04;
        return new LabelContent.Row(number, font, ink, null, 0, x, baseline, null);
    }

    /**
     * These labels on a surface of another resolution: positions through {@code t} (a scale and a
     * translation), fonts and sizes times {@code k}.
     */
    public MapLabels transformed(AffineTransform t, double k) {
        List<MapLabel> moved = labels.stream().map(l -> l.transformed(t, k)).toList();
        List<Rectangle2D> obs = obstacles.stream().map(o -> t.createTransformedShape(o).getBounds2D()).toList();
        return new MapLabels(moved, obs, t.createTransformedShape(bounds).getBounds2D());
    }

    /**
     * The transform from the pixels of view {@code from} to those of {@code to}, a view of the same
     * centre and area at another size (as {@link Viewport#scaledTo} makes): scale about the centres.
     */
    public static AffineTransform between(Viewport from, Viewport to) {
        double k = from.metresPerPixel() / to.metresPerPixel();
        AffineTransform t = AffineTransform.getTranslateInstance(to.width() / 2.0, to.height() / 2.0);
        t.scale(k, k);
        t.translate(-from.width() / 2.0, -from.height() / 2.0);
        return t;
    }

    /**
     * Collects what one view's labels must avoid and what they want, then lays them out. A layer
     * that joins the layout adds its symbols with {@link #obstacle} and its labels with
     * {@link #add}, choosing a {@link LabelTier}. Not thread-safe; used once.
     */
    public static final class Builder {
        private final Rectangle2D bounds;
        private final double padding;
        private final Font badgeFont;
        private final Color ink;
        private final List<Rectangle2D> obstacles = new ArrayList<>();
        private final List<Rectangle2D> textOff = new ArrayList<>();
        private final List<Candidate> candidates = new ArrayList<>();

        /**
         * @param bounds    the area labels must stay inside (the view, less a margin), pixels
         * @param padding   space kept around labels, pixels
         * @param badgeFont the font of numbered badges
         * @param ink       the colour of badge numbers, outlines and leader lines
         */
        public Builder(Rectangle2D bounds, double padding, Font badgeFont, Color ink) {
            this.bounds = bounds;
            this.padding = padding;
            this.badgeFont = badgeFont;
            this.ink = ink;
        }

        /** Reserves a box no label may cover (a symbol, a decoration). */
        public Builder obstacle(Rectangle2D box) {
            obstacles.add(box);
            return this;
        }

        /** Keeps label boxes (not leader lines) off every box of {@code boxes}: a line feature's course. */
        public Builder keepTextOff(Collection<? extends Rectangle2D> boxes) {
            textOff.addAll(boxes);
            return this;
        }

        /** Reserves every box of {@code boxes}. */
        public Builder obstacles(Collection<? extends Rectangle2D> boxes) {
            obstacles.addAll(boxes);
            return this;
        }

        /**
         * Asks for a label. The request's size must be the content's; its key must be unique. A
         * request with a badge size falls back to a numbered badge (see {@link #badgeSize}).
         */
        public Builder add(LabelRequest request, MapLabel.Layer layer, LabelContent content) {
            return add(request, layer, List.of(content));
        }

        /**
         * Asks for a label that may take several shapes: {@code contents} in the order tried, the
         * first of the request's size, the others of its alternates' sizes.
         */
        public Builder add(LabelRequest request, MapLabel.Layer layer, List<LabelContent> contents) {
            List<LabelRequest.Size> sizes = new ArrayList<>();
            sizes.add(new LabelRequest.Size(request.width(), request.height()));
            sizes.addAll(request.alternates());
            if (sizes.size() != contents.size()) {
                throw new IllegalArgumentException("label " + request.key() + ": " + contents.size() + " contents for "
                        + sizes.size() + " shapes");
            }
            for (int i = 0; i < sizes.size(); i++) {
                LabelContent c = contents.get(i);
                if (Math.abs(sizes.get(i).width() - c.width()) > 1e-6 || Math.abs(sizes.get(i).height() - c.height()) > 1e-6) {
                    throw new IllegalArgumentException("label " + request.key() + ": request and content differ in size");
                }
            }
            candidates.add(new Candidate(request, layer, List.copyOf(contents), List.of()));
            return this;
        }

        /**
         * Asks for a label that, where it finds no place, is replaced by labels of its parts: a
         * callout of crossings that share a place becomes a label for each crossing. The request
         * should have no badge (the parts have theirs).
         */
        public Builder addSplittable(LabelRequest request, MapLabel.Layer layer, List<LabelContent> contents,
                                     List<Part> parts) {
            add(request, layer, contents);
            Candidate whole = candidates.remove(candidates.size() - 1);
            List<Candidate> pieces = new ArrayList<>();
            for (Part part : parts) {
                Builder check = new Builder(bounds, padding, badgeFont, ink);
                check.add(part.request(), layer, part.contents());
                pieces.add(check.candidates.get(0));
            }
            candidates.add(new Candidate(whole.request(), layer, whole.contents(), pieces));
            return this;
        }

        /** Width and height of a numbered badge for up to two digits, pixels. */
        public double[] badgeSize() {
            return MapLabels.badgeSize(badgeFont, "88");
        }

        /** Places every candidate and numbers the badges north to south, then west to east. */
        public MapLabels layout() {
            Map<String, Candidate> byKey = new HashMap<>();
            for (Candidate c : candidates) {
                if (byKey.put(c.request().key(), c) != null) {
                    throw new IllegalArgumentException("two labels share the key " + c.request().key());
                }
            }
            List<LabelSpot> spots = place(candidates);
            // a label that may be split into labels of its parts and found no place is laid out again as those
            java.util.Set<String> placed = new java.util.HashSet<>();
            spots.forEach(sp -> placed.add(sp.key()));
            List<Candidate> second = new ArrayList<>();
            boolean split = false;
            for (Candidate c : candidates) {
                if (!c.parts().isEmpty() && !placed.contains(c.request().key())) {
                    second.addAll(c.parts());
                    split = true;
                } else {
                    second.add(c);
                }
            }
            if (split) {
                for (Candidate c : second) {
                    byKey.putIfAbsent(c.request().key(), c);
                }
                spots = place(second);
            }
            List<LabelSpot> badges = spots.stream().filter(LabelSpot::badge)
                    .sorted(Comparator.comparingDouble((LabelSpot s) -> s.anchor().getY())
                            .thenComparingDouble(s -> s.anchor().getX()))
                    .toList();
            Map<String, Integer> numbers = new HashMap<>();
            for (int i = 0; i < badges.size(); i++) {
                numbers.put(badges.get(i).key(), i + 1);
            }
            List<MapLabel> out = new ArrayList<>(spots.size());
            for (LabelSpot s : spots) {
                Candidate c = byKey.get(s.key());
                Rectangle2D box = s.box();
                if (s.badge()) {
                    int n = numbers.get(s.key());
                    out.add(new MapLabel(s.key(), c.layer(), MapLabel.Kind.BADGE, box, s.leader(), s.anchor(),
                            List.of(badgeRow(String.valueOf(n), badgeFont, ink, box)), c.contents().get(0), n));
                } else {
                    LabelContent content = c.contents().get(s.variant());
                    MapLabel.Kind kind = content.kind() == LabelContent.Kind.CALLOUT ? MapLabel.Kind.CALLOUT
                            : MapLabel.Kind.TEXT;
                    out.add(new MapLabel(s.key(), c.layer(), kind, box, s.leader(), s.anchor(),
                            content.rowsAt(box.getX(), box.getY()), content, 0));
                }
            }
            return new MapLabels(out, obstacles, bounds);
        }

        private List<LabelSpot> place(List<Candidate> list) {
            LabelEngine engine = new LabelEngine(bounds, padding);
            engine.blockAll(obstacles);
            textOff.forEach(engine::keepTextOff);
            return engine.placeAll(list.stream().map(Candidate::request).toList());
        }
    }

    /**
     * One part of a label that may be split: its own request and what it shows in each shape.
     *
     * @param request  where the part may go
     * @param contents what it shows, one per shape of the request
     */
    public record Part(LabelRequest request, List<LabelContent> contents) {
    }

    /** A label asked for: where it may go, what layer it belongs to, what it shows in each shape, its parts. */
    private record Candidate(LabelRequest request, MapLabel.Layer layer, List<LabelContent> contents,
                             List<Candidate> parts) {
    }
}
