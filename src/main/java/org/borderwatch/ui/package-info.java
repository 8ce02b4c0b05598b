/**
 * The JavaFX window: the map view, the legend, the timeline bar (slider over the event-density
 * histogram, status lanes, playback), the event list, "what changed", the details of the selection
 * and dialogs. The only package that imports JavaFX.
 *
 * <p>Each feature is a view with a view model that holds properties only ({@link
 * org.borderwatch.ui.TimelineViewModel}, {@link org.borderwatch.ui.SituationViewModel}), tested
 * without a stage. Nothing slow runs on the JavaFX Application Thread: SQL, files and painting run
 * on {@link org.borderwatch.ui.Background}'s pool and commit their results back with
 * {@code Platform.runLater}; bursts of changes (a slider drag, playback) are coalesced.
 */
package org.borderwatch.ui;
