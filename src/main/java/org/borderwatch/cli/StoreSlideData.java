package org.borderwatch.cli;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.EventSource;
import org.borderwatch.domain.SituationData;
import org.borderwatch.geo.BaseMap;
import org.borderwatch.render.EventPainter;
import org.borderwatch.slides.Slide;
import org.borderwatch.slides.SlideData;
import org.borderwatch.slides.SlideSpec;
import org.borderwatch.store.Store;

/**
 * The commands' data from the store: opens the database for reading (see {@link StoreOptions}), reads
 * its crossings, intervals and the annotations shown on the slides' days, and adds the base map
 * (while it loads, the first slide's events are read beside it); the events are read slide by
 * slide, each for its own window (with only the attributes slides paint), while the store stays
 * open.
 */
final class StoreSlideData implements SlideDataSource {
    /** Supplies the base map. */
    @FunctionalInterface
    interface MapSource {
        BaseMap load() throws Exception;
    }

    private final MapSource maps;

    /** Store data on the bundled base map. */
    StoreSlideData() {
        this(BaseMap::loadBundled);
    }

    /** Store data on the map {@code maps} gives (tests use a small one). */
    StoreSlideData(MapSource maps) {
        this.maps = maps;
    }

    @Override
    public Opened open(StoreOptions options) throws Exception {
        return open(options, null, null);
    }

    /**
     * The data for slides from {@code first}'s day to {@code last} (both {@code null}: any day),
     * with the annotations shown then, the events of {@code first} read while the map loads.
     */
    @Override
    public Opened open(StoreOptions options, SlideSpec first, LocalDate last) throws Exception {
        Store store = options.openForReading("slides", null);
        try {
            SituationData status = store.loadStatusData();
            List<Annotation> annotations = first == null ? store.annotations()
                    : store.annotationsShown(first.date(), last);
            // the slides paint only a few of the events' attributes: the others are not read
            EventSource events = store.eventSource(EventPainter.PAINTED_ATTRIBUTES);
            if (first != null) {
                events = new PrefetchedEvents(events, first.window().start(first.date()), first.date(),
                        Slide.mapsBox(first));
            }
            return new Opened(new SlideData(status, events, maps.load(), annotations, List.of()), store);
        } catch (Exception e) {
            try {
                store.close();
            } catch (Exception x) {
                e.addSuppressed(x);
            }
            throw e;
        }
    }
}
