package org.borderwatch.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Moves a store's content to another store, whatever their engines: SQLite to a team store on
 * PostgreSQL and back. Lossless: sources, crossings, intervals, events and annotations go through
 * the Borderwatch bundle codec, and every annotation's history — deleted annotations included —
 * goes with them, revision by revision, with its authors and times; the JSON export of both
 * stores is identical afterwards.
 *
 * <p><b>All or nothing, and again.</b> The target writes everything in one transaction: an
 * interrupted copy (a lost connection, a killed process) leaves it as it was. Items are matched by
 * id, so a copy run again — after an interruption or not — adds nothing twice.
 */
public final class StoreCopy {
    /** What a copy did. */
    public record Result(ImportResult items, int historiesCopied, long events, double seconds) {
    }

    private StoreCopy() {
    }

    /**
     * Copies {@code from} into {@code to}: everything, or with {@code annotationsOnly} the
     * annotations and their history (the events they link to must be in {@code to} already).
     *
     * @param scratch a folder for the bundle in transit (removed afterwards)
     */
    public static Result copy(Store from, Store to, boolean annotationsOnly, Path scratch)
            throws StoreException, ImportException {
        if (!(from instanceof HistoryCopy source) || !(to instanceof HistoryCopy target)) {
            throw new IllegalArgumentException("copy works between Borderwatch stores");
        }
        long start = System.nanoTime();
        List<AnnotationRevision> history = source.allRevisions();
        Path bundle = null;
        try {
            BundleInput input;
            if (annotationsOnly) {
                input = BundleInput.of(from.location() + " (annotations)",
                        BundleContent.of(List.of(), List.of(), from.annotations()));
            } else {
                Files.createDirectories(scratch);
                bundle = Files.createTempFile(scratch, "borderwatch-copy", ".json");
                from.exportBundle(bundle);
                input = BundleInput.file(bundle);
            }
            ImportResult items = target.importWithHistory(List.of(input), history);
            long histories = history.stream().map(AnnotationRevision::annotationId).distinct().count();
            return new Result(items, (int) histories, to.counts().events(), (System.nanoTime() - start) / 1e9);
        } catch (IOException e) {
            throw new StoreException("Could not copy " + from.location() + ": " + e.getMessage(), e);
        } finally {
            if (bundle != null) {
                try {
                    Files.deleteIfExists(bundle);
                } catch (IOException e) {
                    bundle.toFile().deleteOnExit(); // try once more when the program ends
                }
            }
        }
    }
}
