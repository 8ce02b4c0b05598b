/**
 * Map painting onto {@link java.awt.Graphics2D}, the one painter behind the screen and every
 * export (PNG, SVG, PDF, PPTX). A {@link org.borderwatch.render.MapScene} says what to draw
 * (base map, view, style, situation, annotations, options); {@link org.borderwatch.render.MapPainter}
 * draws it in three passes: base map, overlays, decorations. Each layer has its own small painter.
 *
 * <p>Overlays of a situation: {@link org.borderwatch.render.OverlayPlan} works out first where
 * everything goes (crossings, closures on the border line, clustered event pins, annotations), so
 * the {@link org.borderwatch.render.LegendPainter legend} lists exactly what the frame shows; then
 * {@link org.borderwatch.render.CrossingPainter}, {@link org.borderwatch.render.BorderClosurePainter},
 * {@link org.borderwatch.render.EventPainter} and {@link org.borderwatch.render.AnnotationPainter}
 * paint it and fill a {@link org.borderwatch.render.HitIndex} for picking and tooltips, returned in
 * an {@link org.borderwatch.render.OverlayResult}.
 *
 * <p>Symbols stay at their projected positions, always. Labels of every layer — crossings (alone,
 * in a callout box for crossings that share a place, or as a numbered badge with a key entry),
 * country names, annotations, events, and any layer that joins through
 * {@link org.borderwatch.render.MapLabels.Builder} with a {@link org.borderwatch.render.LabelTier} —
 * are laid out together, once per frame, by the engine of {@code render.label}. A
 * {@link org.borderwatch.render.MapComposition} adds {@link org.borderwatch.render.DetailInset detail
 * insets} where crossings crowd; a surface of another resolution paints the same composition
 * transformed, so every surface of a slide shows the same labels.
 *
 * <p>Units: the {@link org.borderwatch.render.Viewport} maps EPSG:3035 metres (easting, northing)
 * to pixels with y down. Imports no JavaFX. Painters keep no per-frame state between calls and may
 * run on any thread; a {@code Graphics2D} is used by one thread at a time. What is derived from
 * immutable inputs and costly to recompute (where crossings lie on a border line, projected event
 * positions, projected annotations) is remembered in shared, bounded, thread-safe caches.
 */
package org.borderwatch.render;
