package org.borderwatch.render;

import java.awt.Graphics2D;
import java.util.List;
import java.util.Objects;
import org.borderwatch.domain.Annotation;

/**
 * The annotations of one view, painted once and laid over each frame of that view: the areas,
 * rings and lines in one {@link LayerImage} (under the event pins and crossing symbols, over the
 * closures) and the points' dots in another (over the symbols), with the annotations in view and
 * the pick targets of the shapes. The per-frame part — text annotations and titles, whose places
 * depend on the labels of the day — is painted with each frame. The result is the same picture
 * {@link MapPainter#paintFrame} makes.
 *
 * <p>Valid for a view, a style, the annotations option and one list of annotations (the same
 * annotation values in the same order): {@link #fits} says whether a scene can use it. Immutable.
 */
public final class AnnotationLayer {
    private final Viewport view;
    private final MapStyle style;
    private final boolean enabled;
    private final List<Annotation> annotations;
    private final List<AnnotationPainter.Visible> visible;
    private final LayerImage shapes;
    private final LayerImage dots;
    private final List<HitTarget> shapeHits;

    private AnnotationLayer(MapScene scene, List<AnnotationPainter.Visible> visible, LayerImage shapes, LayerImage dots,
                            List<HitTarget> shapeHits) {
        this.view = scene.view();
        this.style = scene.style();
        this.enabled = scene.options().annotations();
        this.annotations = scene.annotations();
        this.visible = List.copyOf(visible);
        this.shapes = shapes;
        this.dots = dots;
        this.shapeHits = List.copyOf(shapeHits);
    }

    /** Paints the annotation layer of {@code scene}'s view (cost: the annotations in view, once). */
    public static AnnotationLayer paint(MapScene scene) {
        List<AnnotationPainter.Visible> visible = AnnotationPainter.visible(scene);
        AnnotationPainter painter = new AnnotationPainter();
        HitIndex hits = new HitIndex();
        Viewport v = scene.view();
        LayerImage shapes = null;
        LayerImage dots = null;
        if (visible.stream().anyMatch(x -> hasShape(x.annotation()))) {
            shapes = LayerImage.paint(v.width(), v.height(), g -> painter.paintShapes(g, scene, visible, hits));
        }
        if (visible.stream().anyMatch(x -> x.annotation().kind() == org.borderwatch.domain.AnnotationKind.POINT)) {
            dots = LayerImage.paint(v.width(), v.height(), g -> painter.paintDots(g, scene, visible));
        }
        return new AnnotationLayer(scene, visible, shapes, dots, hits.targets());
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
        if (shapes != null) {
            shapes.paintOnto(g);
        }
        shapeHits.forEach(hits::add);
    }

    /** Lays the points' dots over {@code g}; true when the layer has drawn them (always, for this layer). */
    boolean paintDots(Graphics2D g) {
        if (dots != null) {
            dots.paintOnto(g);
        }
        return true;
    }

    /** Bytes of pixels this layer holds. */
    public long bytes() {
        return (shapes == null ? 0 : shapes.bytes()) + (dots == null ? 0 : dots.bytes());
    }
}
