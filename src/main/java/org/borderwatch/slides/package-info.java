/**
 * Map slides for briefings. A {@link org.borderwatch.slides.SlideSpec} is what a person chooses
 * (title, date, extent, size, parts, banner); {@link org.borderwatch.slides.Slide#compose} joins it
 * with a data snapshot; {@link org.borderwatch.slides.SlideLayout} places everything on the slide's
 * canvas once — the map panels on the left at full height, each with its one layout of labels and
 * insets ({@link org.borderwatch.render.MapComposition}), and the column of title, date, legend and
 * footnotes beside them; {@link org.borderwatch.slides.SlidePainter} paints it, on a raster of any
 * resolution through a scaled graphics, onto any {@link java.awt.Graphics2D}
 * through {@link org.borderwatch.render.MapPainter}; the writers turn that into PNG, SVG, PDF and
 * PPTX; {@link org.borderwatch.slides.DeckPlanner} plans a deck over a date range and
 * {@link org.borderwatch.slides.PptxDeckWriter} writes it.
 *
 * <p>Units: canvas units are pixels of a 96-dpi canvas (1920 × 1080 for 16:9) or, for a PNG, its
 * pixels; map coordinates are EPSG:3035 metres. No JavaFX. Composing, laying out and painting
 * are pure and may run on any thread; a {@code Graphics2D} is used by one thread at a time.
 */
package org.borderwatch.slides;
