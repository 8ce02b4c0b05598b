/**
 * Map painting onto {@link java.awt.Graphics2D}, the one painter behind the screen and every
 * export (PNG, SVG, PDF, PPTX). A {@link org.borderwatch.render.MapScene} says what to draw
 * (base map, view, style, situation, annotations, options); {@link org.borderwatch.render.MapPainter}
 * draws it in three passes: base map, overlays, decorations. Each layer has its own small painter.
 *
 * <p>Units: the {@link org.borderwatch.render.Viewport} maps EPSG:3035 metres (easting, northing)
 * to pixels with y down. Imports no JavaFX. Painters keep no state between calls and may run on
 * any thread; a {@code Graphics2D} is used by one thread at a time.
 */
package org.borderwatch.render;
