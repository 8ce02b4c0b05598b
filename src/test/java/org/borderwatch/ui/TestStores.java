package org.borderwatch.ui;

import java.nio.file.Path;
import org.borderwatch.store.Store;

/** Real stores in a test's temporary directory, never the user's database. */
final class TestStores {
    private TestStores() {
    }

    /** A new store in {@code dir}, created and filled with the bundled seed data as on a first start. */
    static Store seeded(Path dir) throws Exception {
        return Store.openOrCreateSeeded(dir.resolve("borderwatch.db"));
    }
}
