/**
 * Label placement as a cartographer does it, for any layer: a {@link org.borderwatch.render.label.LabelRequest}
 * says what a label needs (its box, its anchor, how far it may move, its priority) and the
 * {@link org.borderwatch.render.label.LabelEngine} places the requests in priority order, so that no
 * two labels overlap each other, a symbol or any other reserved box, and none leaves the frame.
 * A label that cannot sit beside its anchor is set off with a leader line; one that cannot be
 * placed either way may fall back to a small numbered badge (with a key entry made by the caller).
 *
 * <p>Units are pixels of one view, y down. Nothing here paints or knows what a label says; the
 * layers that ask (crossings, countries, places, annotations, events) turn the placed
 * {@link org.borderwatch.render.label.LabelSpot spots} into text. Pure Java2D geometry, no fonts.
 */
package org.borderwatch.render.label;
