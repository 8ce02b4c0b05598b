package org.borderwatch.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchStoreTest {
    @TempDir
    Path dir;

    @Test
    void theImportsHeapIsReadFromItsCollectionsBeforeAndAfter() throws Exception {
        Path log = Files.write(dir.resolve("gc.log"), List.of(
                "[0.003s][info][gc] Using G1",
                "[0.304s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 21M->6M(380M) 6.977ms",
                "[0.592s][info][gc] GC(2) Pause Young (Normal) (G1 Evacuation Pause) 83M->17M(380M) 5.037ms",
                "[1.010s][info][gc] GC(3) Pause Remark 40M->22M(380M) 1.2ms",
                "[1.400s][info][gc] GC(4) Pause Young (Normal) (G1 Evacuation Pause) 64M->12M(380M) 4.1ms"));
        assertArrayEquals(new long[] {83L << 20, 22L << 20}, BenchStore.heap(log));
    }

    @Test
    void aRunsLinesAreTimedAsTheyCome() throws Exception {
        List<String> cmd = List.of("sh", "-c", "echo first; sleep 0.3; echo second");
        WholeProcess.StreamedRun run = WholeProcess.stream(cmd);
        assertEquals(0, run.run().exit());
        assertEquals("first\nsecond\n", run.run().output());
        double first = run.when("first"::equals);
        double second = run.when("second"::equals);
        assertTrue(second - first >= 250, "the second line came some 300 ms after the first: " + first + " / " + second);
        assertTrue(Double.isNaN(run.when("third"::equals)));
    }
}
