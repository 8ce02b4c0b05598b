package org.borderwatch.store;

import java.nio.file.Path;
import java.time.Instant;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationEdit;

/**
 * A separate process for {@link AnnotationCrashTest}: opens the store at {@code args[0]} and saves
 * annotations one after another, printing {@code ACK <id>} on standard output after each commit,
 * until it is killed. The note of annotation number n is {@link #note(int)}.
 */
public final class AnnotationSaverProcess {
    private AnnotationSaverProcess() {
    }

    /** The note the process writes into its n-th annotation (several lines, so a torn write shows). */
    static String note(int n) {
        return ("Annotation " + n + ": group of 12 stopped at the fence.\n").repeat(20);
    }

    public static void main(String[] args) throws Exception {
        Store store = Store.open(Path.of(args[0]));
        AnnotationRepository repo = store.annotationRepository();
        for (int n = 1; ; n++) {
            Annotation a = TestAnnotations.area("Saved " + n, note(n), "process", Instant.now());
            repo.commit(AnnotationEdit.create("Draw area", a), "process");
            System.out.println("ACK " + a.id() + " " + n);
            System.out.flush();
        }
    }
}
