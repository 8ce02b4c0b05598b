/**
 * The analyst's annotation feature of the window: drawing tools on the map (point, line, area,
 * text label, range ring, measure), selecting and reshaping with handles, the inspector with the
 * revision history, the annotation list with its filters, and undo/redo.
 *
 * <p>{@link org.borderwatch.ui.annotate.AnnotationSession} is the view model: it holds the
 * annotations and the undo history on the JavaFX Application Thread and writes every change
 * through {@link org.borderwatch.store.AnnotationRepository} on the background pool, in order,
 * one transaction per change. The classes without JavaFX imports ({@code Sketch},
 * {@code VertexEdits}, {@code Snapper}, {@code AnnotationHitTest}, {@code ScreenGeometry}) are
 * plain geometry and are tested without a stage.
 *
 * <p>Coordinates: annotations are WGS84 (x = longitude, y = latitude, degrees); the map is
 * EPSG:3035 metres; the screen is pixels of the {@link org.borderwatch.render.Viewport}, y down.
 * Lengths, areas and ring radii are geodesic on the WGS84 ellipsoid.
 */
package org.borderwatch.ui.annotate;
