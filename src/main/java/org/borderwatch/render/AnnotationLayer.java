package org.borderwatch.render;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.borderwatch.domain.Annotation;
import org.locationtech.jts.geom.Envelope;

/**
 * The annotations' areas, rings and lines of one view, painted into a {@link LayerImage} and laid
 * over each frame (over the closures, under the event pins and crossing symbols, as
 * {@link MapPainter#paintFrame} orders them), with their pick targets. Points, text annotations
 * and titles are painted with each frame: their places depend on the day's symbols and labels.
 *
 * <p>When the date changes, a few annotations come into force and a few lapse: {@link #update}
 * then paints again only the tiles those few cover (cleared, and every shape that meets them
 * painted again in order, clipped to them), so the layer stays what painting all of them afresh
 * would give. A new view or style paints it whole. A shape up to {@value #SPRITE_SIDE} pixels
 * across that is painted a second time in the same view is kept as an image of its own, placed on
 * whole pixels (so its pixels are those it would paint in place), and copied whenever the layer
 * is painted again (a shape painted once, as after a jump to a distant date, is not worth an
 * image); these images are dropped when the view changes or they pass {@value #SPRITE_BYTES}
 * bytes.
 *
 * <p>One painting thread only; not thread-safe.
 */
public final class AnnotationLayer {
    /** Beyond this share of dirty tiles the layer is painted whole. */
    static final double WHOLE = 0.4;
    /** Shapes larger than this many pixels either way are painted in place, not kept as images. */
    static final int SPRITE_SIDE = 384;
    /** Bytes of pixels the shapes' own images may hold. */
    static final long SPRITE_BYTES = 16L << 20;

    /** One shape painted alone: its pixels, their top-left in the view, its pick target. */
    private record Sprite(BufferedImage image, int x, int y, HitTarget hit) {
    }

    private final Map<Annotation, Sprite> sprites = new IdentityHashMap<>();
    /** Shapes painted once in this view, without an image of their own. */
    private final Map<Annotation, Boolean> paintedOnce = new IdentityHashMap<>();
    private long spriteBytes;

    private final AnnotationPainter painter = new AnnotationPainter();
    private final LayerImage image;
    private Viewport view;
    private MapStyle style;
    private boolean enabled;
    private List<Annotation> annotations = List.of();
    private List<AnnotationPainter.Visible> visible = List.of();
    private List<AnnotationPainter.Visible> shapes = List.of();
    private List<HitTarget> shapeHits = List.of();
    private long wholePaints;
    private long partialPaints;

    private AnnotationLayer(int width, int height) {
        this.image = new LayerImage(width, height);
    }

    /** Paints the annotation layer of {@code scene} (cost: the annotations in view, once). */
    public static AnnotationLayer paint(MapScene scene) {
        AnnotationLayer layer = new AnnotationLayer(scene.view().width(), scene.view().height());
        layer.paintWhole(scene, AnnotationPainter.visible(scene));
        return layer;
    }

    /**
     * Makes this layer show {@code scene}'s annotations: nothing to do when it {@link #fits} already,
     * the changed tiles only when just the list of annotations changed, else the whole layer.
     * Returns this layer, or a new one when the view's size changed.
     */
    public AnnotationLayer update(MapScene scene) {
        if (fits(scene)) {
            return this;
        }
        Viewport v = scene.view();
        if (v.width() != image.width() || v.height() != image.height()) {
            return paint(scene);
        }
        List<AnnotationPainter.Visible> now = AnnotationPainter.visible(scene);
        if (!v.equals(view) || !Objects.equals(style, scene.style()) || enabled != scene.options().annotations()) {
            paintWhole(scene, now);
        } else {
            paintChanges(scene, now);
        }
        return this;
    }

    private void paintWhole(MapScene scene, List<AnnotationPainter.Visible> now) {
        if (!scene.view().equals(view) || !Objects.equals(style, scene.style())) {
            sprites.clear();
            paintedOnce.clear();
            spriteBytes = 0;
        }
        remember(scene, now);
        image.clear();
        Graphics2D g = image.graphics();
        try {
            shapeHits = List.copyOf(paint(g, scene, shapes));
        } finally {
            g.dispose();
        }
        image.rescan();
        wholePaints++;
    }

    private void remember(MapScene scene, List<AnnotationPainter.Visible> now) {
        view = scene.view();
        style = scene.style();
        enabled = scene.options().annotations();
        annotations = scene.annotations();
        visible = List.copyOf(now);
        shapes = visible.stream().filter(x -> hasShape(x.annotation())).toList();
    }

    /** Paints again the tiles of the shapes that came or went; the whole layer when the order of the rest changed. */
    private void paintChanges(MapScene scene, List<AnnotationPainter.Visible> now) {
        List<AnnotationPainter.Visible> before = shapes;
        Map<Annotation, HitTarget> oldHits = new IdentityHashMap<>();
        for (int i = 0; i < before.size(); i++) {
            oldHits.put(before.get(i).annotation(), shapeHits.get(i));
        }
        remember(scene, now);
        Map<Annotation, Boolean> inNew = new IdentityHashMap<>();
        shapes.forEach(x -> inNew.put(x.annotation(), Boolean.TRUE));
        List<AnnotationPainter.Visible> changed = new ArrayList<>();
        List<Annotation> keptBefore = new ArrayList<>();
        for (AnnotationPainter.Visible x : before) {
            if (inNew.containsKey(x.annotation())) {
                keptBefore.add(x.annotation());
            } else {
                changed.add(x);
            }
        }
        List<Annotation> keptNow = new ArrayList<>();
        for (AnnotationPainter.Visible x : shapes) {
            if (oldHits.containsKey(x.annotation())) {
                keptNow.add(x.annotation());
            } else {
                changed.add(x);
            }
        }
        if (!sameOrder(keptBefore, keptNow)) {
            paintWhole(scene, now);
            return;
        }
        if (changed.isEmpty()) {
            shapeHits = shapes.stream().map(x -> oldHits.get(x.annotation())).toList();
            return;
        }
        boolean[] dirty = new boolean[image.cols() * image.rows()];
        int count = 0;
        for (AnnotationPainter.Visible x : changed) {
            count += mark(dirty, screenBox(x, scene));
        }
        if (count > WHOLE * dirty.length) {
            paintWhole(scene, now);
            return;
        }
        Map<Annotation, HitTarget> newHits = new IdentityHashMap<>();
        List<Rectangle2D> boxes = new ArrayList<>(shapes.size());
        for (AnnotationPainter.Visible x : shapes) {
            boxes.add(screenBox(x, scene));
        }
        Graphics2D g = image.graphics();
        try {
            for (Rectangle r : image.runs(dirty)) {
                image.clear(r);
                List<AnnotationPainter.Visible> meeting = new ArrayList<>();
                for (int i = 0; i < shapes.size(); i++) {
                    if (boxes.get(i).intersects(r)) {
                        meeting.add(shapes.get(i));
                    }
                }
                g.setClip(r);
                List<HitTarget> hits = paint(g, scene, meeting);
                for (int i = 0; i < meeting.size(); i++) {
                    newHits.putIfAbsent(meeting.get(i).annotation(), hits.get(i));
                }
                image.rescan(r);
            }
        } finally {
            g.dispose();
        }
        List<HitTarget> out = new ArrayList<>(shapes.size());
        for (AnnotationPainter.Visible x : shapes) {
            HitTarget h = oldHits.get(x.annotation());
            if (h == null) {
                h = newHits.get(x.annotation());
            }
            out.add(h == null ? hitOf(scene, x) : h);
        }
        shapeHits = List.copyOf(out);
        partialPaints++;
    }

    /** Paints {@code list} in order onto the layer's graphics; returns their pick targets, in order. */
    private List<HitTarget> paint(Graphics2D g, MapScene scene, List<AnnotationPainter.Visible> list) {
        List<HitTarget> out = new ArrayList<>(list.size());
        Viewport v = scene.view();
        for (AnnotationPainter.Visible x : list) {
            Sprite sprite = sprites.get(x.annotation());
            if (sprite == null) {
                Rectangle box = screenBox(x, scene).getBounds().intersection(new Rectangle(0, 0, v.width(), v.height()));
                if (box.isEmpty() || box.width > SPRITE_SIDE || box.height > SPRITE_SIDE
                        || paintedOnce.put(x.annotation(), Boolean.TRUE) == null) {
                    HitIndex hits = new HitIndex();
                    painter.paintShapes(g, scene, List.of(x), hits);
                    out.add(hits.targets().get(0));
                    continue;
                }
                sprite = render(scene, x, box);
                if (spriteBytes > SPRITE_BYTES) {
                    sprites.clear();
                    paintedOnce.clear();
                    spriteBytes = 0;
                }
                sprites.put(x.annotation(), sprite);
                spriteBytes += 4L * box.width * box.height;
            }
            g.drawImage(sprite.image(), sprite.x(), sprite.y(), null);
            out.add(sprite.hit());
        }
        return out;
    }

    private Sprite render(MapScene scene, AnnotationPainter.Visible x, Rectangle box) {
        BufferedImage img = new BufferedImage(box.width, box.height, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        try {
            MapPainter.prepare(g);
            g.translate(-box.x, -box.y);
            HitIndex hits = new HitIndex();
            painter.paintShapes(g, scene, List.of(x), hits);
            return new Sprite(img, box.x, box.y, hits.targets().get(0));
        } finally {
            g.dispose();
        }
    }

    /** The pick target of a shape that lies outside every painted tile (just off screen). */
    private HitTarget hitOf(MapScene scene, AnnotationPainter.Visible x) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = scratch.createGraphics();
        try {
            HitIndex hits = new HitIndex();
            painter.paintShapes(g, scene, List.of(x), hits);
            return hits.targets().get(0);
        } finally {
            g.dispose();
        }
    }

    private static boolean sameOrder(List<Annotation> a, List<Annotation> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** The screen box a shape may paint (its casing, dashes and a ring's centre cross included). */
    private static Rectangle2D screenBox(AnnotationPainter.Visible x, MapScene scene) {
        Envelope e = x.projected().geometry().getEnvelopeInternal();
        Viewport v = scene.view();
        double grow = 8 * scene.style().scale() + 2;
        var min = v.toScreen(e.getMinX(), e.getMaxY());
        var max = v.toScreen(e.getMaxX(), e.getMinY());
        return new Rectangle2D.Double(min.getX() - grow, min.getY() - grow, max.getX() - min.getX() + 2 * grow,
                max.getY() - min.getY() + 2 * grow);
    }

    /** Marks the tiles {@code box} meets; returns how many were newly marked. */
    private int mark(boolean[] dirty, Rectangle2D box) {
        int cols = image.cols();
        int c0 = Math.max(0, (int) Math.floor(box.getMinX() / LayerImage.TILE));
        int c1 = Math.min(cols - 1, (int) Math.floor(box.getMaxX() / LayerImage.TILE));
        int r0 = Math.max(0, (int) Math.floor(box.getMinY() / LayerImage.TILE));
        int r1 = Math.min(image.rows() - 1, (int) Math.floor(box.getMaxY() / LayerImage.TILE));
        int n = 0;
        for (int ty = r0; ty <= r1; ty++) {
            for (int tx = c0; tx <= c1; tx++) {
                if (!dirty[ty * cols + tx]) {
                    dirty[ty * cols + tx] = true;
                    n++;
                }
            }
        }
        return n;
    }

    private static boolean hasShape(Annotation a) {
        return switch (a.kind()) {
            case POLYGON, RING, LINE -> true;
            default -> false;
        };
    }

    /** Whether this layer shows {@code scene}'s annotations as the scene would have them painted. */
    public boolean fits(MapScene scene) {
        return view.equals(scene.view()) && Objects.equals(style, scene.style())
                && enabled == scene.options().annotations() && sameValues(annotations, scene.annotations());
    }

    /** Same annotation values in the same order; compares by identity first (the usual case: one store snapshot). */
    private static boolean sameValues(List<Annotation> a, List<Annotation> b) {
        if (a == b) {
            return true;
        }
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Annotation x = a.get(i);
            Annotation y = b.get(i);
            if (x != y && !x.equals(y)) {
                return false;
            }
        }
        return true;
    }

    /** The annotations in view, as {@link AnnotationPainter#visible} finds them. */
    public List<AnnotationPainter.Visible> visible() {
        return visible;
    }

    /** Lays the shapes over {@code g} and adds their pick targets to {@code hits}. */
    void paintShapes(Graphics2D g, HitIndex hits) {
        image.paintOnto(g);
        shapeHits.forEach(hits::add);
    }

    /** How often the layer was painted whole, and in part (tiles of the annotations that came or went). */
    public long wholePaints() {
        return wholePaints;
    }

    /** How often only the tiles of changed annotations were painted. */
    public long partialPaints() {
        return partialPaints;
    }

    /** Bytes of pixels this layer holds: the layer and the shapes' own images. */
    public long bytes() {
        return image.bytes() + spriteBytes;
    }
}
