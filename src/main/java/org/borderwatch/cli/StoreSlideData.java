package org.borderwatch.cli;

import java.nio.file.Path;
import org.borderwatch.domain.SituationData;
import org.borderwatch.geo.BaseMap;
import org.borderwatch.slides.SlideData;
import org.borderwatch.store.Store;
import java.util.List;

/**
 * The commands' data from the store: opens the database ({@code --db}, else the default, created
 * and seeded on first use), takes one snapshot of the situation and the annotations, closes it,
 * and loads the bundled base map.
 */
final class StoreSlideData implements SlideDataSource {
    @Override
    public SlideData load(Path db) throws Exception {
        Path path = db != null ? db : Store.defaultPath();
        SituationData situation;
        List<org.borderwatch.domain.Annotation> annotations;
        try (Store store = Store.openOrCreateSeeded(path)) {
            situation = store.loadSituationData();
            annotations = store.annotations();
        }
        return new SlideData(situation, BaseMap.loadBundled(), annotations, List.of());
    }
}
