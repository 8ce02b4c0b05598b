package org.borderwatch.cli;

import java.util.List;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.SituationData;
import org.borderwatch.geo.BaseMap;
import org.borderwatch.slides.SlideData;
import org.borderwatch.store.Store;

/**
 * The commands' data from the store: opens the database (created and seeded on first use), takes
 * one snapshot of the situation and the annotations, closes it, and adds the base map.
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
    public SlideData load(String db) throws Exception {
        SituationData situation;
        List<Annotation> annotations;
        try (Store store = Store.openOrCreateSeeded(db, StoreOptions.prompt())) {
            situation = store.loadSituationData();
            annotations = store.annotations();
        }
        return new SlideData(situation, maps.load(), annotations, List.of());
    }
}
