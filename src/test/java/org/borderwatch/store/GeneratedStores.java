package org.borderwatch.store;

import java.nio.file.Path;
import org.borderwatch.bench.AcledSampleGenerator;
import org.borderwatch.interop.AcledImportOptions;
import org.borderwatch.interop.AcledLayout;
import org.borderwatch.services.AcledImportSupport;

/** Stores made as a user makes them: the seed data, then a generated ACLED export imported through the real path. */
final class GeneratedStores {
    private GeneratedStores() {
    }

    /** A seeded store at {@code dir/name} with {@code rows} generated ACLED events of seed {@code seed}, searchable. */
    static Store seededWithAcled(Path dir, String name, int rows, long seed) throws Exception {
        return seededWithAcled(StoreEngine.SQLITE, dir, name, rows, seed);
    }

    /** As {@link #seededWithAcled(Path, String, int, long)} on {@code engine}. */
    static Store seededWithAcled(StoreEngine engine, Path dir, String name, int rows, long seed) throws Exception {
        Path csv = dir.resolve(name + ".csv");
        new AcledSampleGenerator(seed, AcledLayout.CURRENT).write(csv, rows);
        Store store = engine.openSeeded(dir, name);
        AcledImportSupport.importFile(store, csv, AcledImportOptions.DEFAULTS);
        store.completeSearchIndex();
        return store;
    }
}
