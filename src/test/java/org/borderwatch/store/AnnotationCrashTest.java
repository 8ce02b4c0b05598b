package org.borderwatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.borderwatch.domain.Annotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed with SIGKILL ({@link Process#destroyForcibly()}) right after a save was
 * acknowledged loses nothing that was acknowledged: the annotation and its revision are there,
 * whole, when the store is opened again.
 */
class AnnotationCrashTest {
    @TempDir
    Path dir;

    @Test
    void anAcknowledgedAnnotationSurvivesKillMinusNine() throws Exception {
        Path db = dir.resolve("crash.db");
        Map<String, Integer> acknowledged = new LinkedHashMap<>();
        int[] killAfter = {1, 4, 2, 7, 3};
        for (int round = 0; round < killAfter.length; round++) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), AnnotationSaverProcess.class.getName(), db.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (int k = 0; k < killAfter[round]; k++) {
                    String line = out.readLine();
                    assertNotNull(line, "the saving process ended before acknowledging a save");
                    String[] parts = line.split(" ");
                    assertEquals("ACK", parts[0], line);
                    acknowledged.put(parts[1], Integer.parseInt(parts[2]));
                }
                p.destroyForcibly();
                assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            }

            try (Store store = Store.open(db)) {
                AnnotationRepository repo = store.annotationRepository();
                for (var e : acknowledged.entrySet()) {
                    Annotation a = repo.find(e.getKey()).orElse(null);
                    assertNotNull(a, "acknowledged annotation " + e.getKey() + " was lost in round " + round);
                    assertEquals("Saved " + e.getValue(), a.title());
                    assertEquals(AnnotationSaverProcess.note(e.getValue()), a.note());
                    List<AnnotationRevision> h = repo.history(e.getKey());
                    assertEquals(1, h.size(), "its revision row was committed with it");
                    assertEquals(a, h.get(0).current());
                }
            }
        }
        assertEquals(17, acknowledged.size());
    }
}
