package org.borderwatch.slides;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.Crossing;
import org.borderwatch.domain.CrossingStatus;
import org.borderwatch.domain.DateText;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.GeoBox;
import org.borderwatch.domain.EventSource;
import org.borderwatch.domain.Situation;
import org.borderwatch.domain.SituationAt;
import org.borderwatch.domain.SituationData;
import org.borderwatch.domain.Source;
import org.borderwatch.geo.BaseMap;
import org.borderwatch.render.MapOptions;
import org.borderwatch.render.MapScene;
import org.borderwatch.render.MapStyle;
import org.borderwatch.render.UserLayer;
import org.borderwatch.render.Viewport;
import org.locationtech.jts.geom.Envelope;

/**
 * One slide, composed: the spec plus the situation of its date and what of it the slide shows —
 * the crossings inside the extent, the events of the window that concern the extent, the sources
 * behind both, the annotations valid on the date. Made by {@link #compose}; immutable; painted by
 * {@link SlidePainter} and written by the writers.
 *
 * @param spec             what the person chose
 * @param map              the base map
 * @param situation        the situation of {@code spec.date()} with {@code spec.window()}
 * @param crossings        the crossings inside the extent with their status on the day
 * @param events           the window's events that concern the extent, oldest first: those located
 *                         inside it, and unlocated ones as {@link SlideScope} says
 * @param sources          the sources behind the statuses and events shown that were published on or
 *                         before the day (or are not known to be later), in first-cited order: the
 *                         slide's footnotes [1] … [n]
 * @param furtherSources   the other sources of the same facts published by the day (listed in notes)
 * @param laterSources     sources behind what is shown that were published after the day: not cited
 * @param annotations      annotations valid on the day (empty when the spec hides them)
 * @param userLayers       layers the user added, bottom first
 * @param highlightEventId the event a deck step is about (drawn highlighted), or {@code null}
 */
public record Slide(SlideSpec spec, BaseMap map, Situation situation, List<CrossingStatus> crossings,
                    List<Event> events, List<Source> sources, List<Source> furtherSources, List<Source> laterSources, List<Annotation> annotations,
                    List<UserLayer> userLayers, String highlightEventId) {

    public Slide {
        if (spec == null || map == null || situation == null) {
            throw new IllegalArgumentException("a slide needs a spec, a map and a situation");
        }
        crossings = List.copyOf(crossings);
        events = List.copyOf(events);
        sources = List.copyOf(sources);
        furtherSources = List.copyOf(furtherSources);
        laterSources = List.copyOf(laterSources);
        annotations = List.copyOf(annotations);
        userLayers = List.copyOf(userLayers);
    }

    /** Composes the slide of {@code spec} from a data snapshot that holds its events. Pure: no I/O. */
    public static Slide compose(SlideSpec spec, SituationData data, BaseMap map, List<Annotation> annotations,
                                List<UserLayer> userLayers, String highlightEventId) {
        return compose(spec, data, data, map, annotations, userLayers, highlightEventId);
    }

    /**
     * Composes the slide of {@code spec}: crossings and intervals from {@code data}, the events of
     * the spec's window (only those) from {@code events}.
     *
     * @throws org.borderwatch.domain.EventsUnavailableException when the events cannot be read
     */
    public static Slide compose(SlideSpec spec, SituationData data, EventSource source, BaseMap map,
                                List<Annotation> annotations, List<UserLayer> userLayers, String highlightEventId) {
        SlideScope scope = new SlideScope(spec.extent().envelope(), data.crossings());
        // only the events that may show on the slide's maps are read; a highlighted event elsewhere
        // is looked for in the whole window
        LocalDate first = spec.window().start(spec.date());
        List<Event> read = source.eventsBetween(first, spec.date(), mapsBox(spec));
        if (highlightEventId != null && read.stream().noneMatch(e -> e.id().equals(highlightEventId))) {
            read = source.eventsBetween(first, spec.date());
        }
        Situation situation = SituationAt.of(data, spec.date(), spec.window(), read);
        List<CrossingStatus> shown = situation.crossings().stream().filter(cs -> scope.includes(cs.crossing())).toList();
        List<Event> events = situation.events().stream()
                .filter(e -> scope.concerns(e) || e.id().equals(highlightEventId))
                .toList();
        List<Annotation> visible = spec.parts().annotations()
                ? annotations.stream().filter(a -> a.visibleOn(spec.date())).toList()
                : List.of();
        SlideSources.Split split = SlideSources.compile(data, shown, events, spec.date());
        return new Slide(spec, map, situation, shown, events, split.cited(), split.further(), split.later(), visible,
                userLayers, highlightEventId);
    }

    /**
     * A WGS84 box holding the slide's extent (whose events it lists) and everything its map panels
     * show — a panel fits its extent to its frame, so it shows more than the extent one way — or
     * {@code null} (read everywhere). The panels of the slide's own canvas, on which every writer
     * lays it out (a raster of another shape would be laid out on a canvas of its shape, whose
     * panels may reach beyond this box).
     */
    public static GeoBox mapsBox(SlideSpec spec) {
        Envelope shown = new Envelope(spec.extent().envelope());
        for (SlideLayoutBuilder.PanelFrame f : SlideLayoutBuilder.frames(spec, spec.size().widthPx(), spec.size().heightPx())) {
            shown.expandToInclude(f.view().envelope());
        }
        return SlideScope.bounds(shown);
    }

    /** {@link #compose(SlideSpec, SituationData, BaseMap, List, List, String)} without annotations, user layers or highlight. */
    public static Slide compose(SlideSpec spec, SituationData data, BaseMap map) {
        return compose(spec, data, map, List.of(), List.of(), null);
    }

    /** "Situation as of Thu 30 Nov 2023". */
    public String dateStamp() {
        return "Situation as of " + DateText.current().dayWithWeekday(spec.date());
    }

    /** The footnote number of source {@code id} on this slide (1 …), or 0 when the slide does not cite it. */
    public int footnote(String id) {
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).id().equals(id)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** "Thu 30 Nov 2023": the day the slide shows, as its header writes it. */
    public String day() {
        return DateText.current().dayWithWeekday(spec.date());
    }

    /** "Situation on this day · events 1 Nov – 30 Nov 2023": what the day and the event symbols mean. */
    public String stampNote() {
        String events = windowLabel();
        return "Situation on this day · " + Character.toLowerCase(events.charAt(0)) + events.substring(1);
    }

    /** "Events 31 Oct – 30 Nov 2023", the window the event symbols come from. */
    public String windowLabel() {
        LocalDate from = spec.window().start(spec.date());
        LocalDate to = spec.date();
        if (!from.isBefore(to)) {
            return "Events of " + DateText.current().day(to);
        }
        return "Events " + DateText.current().range(from, to);
    }

    /** The crossings of the extent by name, for notes: "Vaalimaa: Closed". */
    public List<String> crossingLines() {
        List<String> out = new ArrayList<>();
        for (CrossingStatus cs : crossings) {
            Crossing c = cs.crossing();
            out.add(c.name() + " (" + c.border().label() + "): " + cs.status().label());
        }
        return out;
    }

    /**
     * The scene of map panel {@code i} of {@code n} side by side: {@link #mapScene} with the map data
     * attribution (printed on the map when the sources block is off) on the last panel only, and its
     * degree labels clear of the panel's {@code caption} tab (none when empty).
     */
    public MapScene panelScene(Viewport view, MapStyle style, int i, int n, String caption) {
        return mapScene(view, style).withOptions(panelOptions(spec, style, i, n, caption));
    }

    /**
     * What panel {@code i} of {@code n} of a slide of {@code spec} paints under its situation — sea,
     * land, lakes, rivers, boundaries, graticule and frontier lines, as its {@link #panelScene} paints
     * them in the base pass — without the slide: it follows from the spec alone, so it can be painted
     * while the slide's events are read.
     */
    static MapScene panelBaseScene(BaseMap map, SlideSpec spec, Viewport view, MapStyle style, int i, int n,
                                   String caption) {
        return new MapScene(map, view, style, panelOptions(spec, style, i, n, caption), null, List.of(), List.of(), null,
                null);
    }

    /** The options of panel {@code i} of {@code n}: the spec's, the attribution on the last panel only, the degree labels clear of a caption. */
    private static MapOptions panelOptions(SlideSpec spec, MapStyle style, int i, int n, String caption) {
        MapOptions options = mapOptions(spec);
        if (i < n - 1) {
            options = options.withAttribution(false);
        }
        if (!caption.isEmpty()) {
            options = options.withClearTopLeft(PanelCaption.box(style, caption).getMaxX());
        }
        return options;
    }

    /** What the map panel of this slide paints, on a surface of {@code view}'s size in {@code style}. */
    public MapScene mapScene(Viewport view, MapStyle style) {
        return new MapScene(map, view, style, mapOptions(spec), situation, annotations, userLayers, highlightEventId, null);
    }

    /** What a map of a slide of {@code spec} draws: the parts the spec asks for. */
    private static MapOptions mapOptions(SlideSpec spec) {
        SlideParts p = spec.parts();
        return new MapOptions(true, p.scaleBar(), p.northArrow(), !p.sources(), false, true, true, true,
                p.eventLabels(), p.annotations(), true);
    }
}
