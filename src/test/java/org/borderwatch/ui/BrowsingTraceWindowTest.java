package org.borderwatch.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The bench's view of the window while browsing ({@link BrowsingTrace}): the window steps as many
 * days as asked, warm-up first, and reports a time for each timed step — from the date change to
 * the map showing that day with its events — and its heap afterwards.
 */
class BrowsingTraceWindowTest extends SeededWindowTest {
    private static final Pattern STEPS = Pattern.compile("browsing-steps-ms (\\d+) p50 ([0-9.]+) p95 ([0-9.]+) max ([0-9.]+)");
    private static final Pattern HEAP = Pattern.compile("browsing-heap-bytes (\\d+) ms (\\d+)");

    @Test
    void theWindowStepsDayByDayAndTimesEachTimedStep() throws Exception {
        fx.awaitData();
        fx.showDay(LocalDate.of(2023, 11, 20), org.borderwatch.domain.TimeWindow.lastDays(30));
        fx.awaitFrameOf(LocalDate.of(2023, 11, 20));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        CountDownLatch done = new CountDownLatch(1);
        WaitForAsyncUtils.asyncFx(() -> BrowsingTrace.browse(fx.window, 2, 4, out, done::countDown)).get(5, TimeUnit.SECONDS);
        assertTrue(done.await(60, TimeUnit.SECONDS), "the browsing ended");
        LocalDate now = WaitForAsyncUtils.asyncFx(() -> fx.window.timeline().date()).get(5, TimeUnit.SECONDS);
        assertEquals(6, ChronoUnit.DAYS.between(LocalDate.of(2023, 11, 20), now), "two warm-up days and four timed ones, forward");
        String printed = bytes.toString(StandardCharsets.UTF_8);
        Matcher steps = STEPS.matcher(printed);
        assertTrue(steps.find(), printed);
        assertEquals(4, Integer.parseInt(steps.group(1)), "the timed steps only");
        double p50 = Double.parseDouble(steps.group(2));
        double p95 = Double.parseDouble(steps.group(3));
        double max = Double.parseDouble(steps.group(4));
        assertTrue(p50 > 0 && p50 <= p95 && p95 <= max, printed);
        Matcher heap = HEAP.matcher(printed);
        assertTrue(heap.find() && Long.parseLong(heap.group(1)) > 0, printed);
        assertTrue(printed.indexOf("browsing-steps-ms") < printed.indexOf("browsing-heap-bytes"), "steps first, heap last");
    }
}
