package org.borderwatch.ui;

import java.nio.file.Path;
import java.util.List;
import org.borderwatch.store.BundleInput;
import org.borderwatch.store.Store;

/**
 * Real stores in a test's temporary directory, never the user's database: an empty store with
 * the closures of 2021–2025 from the fact sheet imported ({@code test-situation.json}).
 */
final class TestStores {
    static final String BUNDLE = "org/borderwatch/ui/test-situation.json";

    private TestStores() {
    }

    static Store withFactSheetSituation(Path dir) throws Exception {
        Store store = Store.open(dir.resolve("test.db"));
        store.importBundles(List.of(BundleInput.resource(BUNDLE)));
        return store;
    }
}
