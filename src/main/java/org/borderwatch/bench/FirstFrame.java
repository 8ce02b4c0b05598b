package org.borderwatch.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Time from JVM start to the window's first painted map frame with the situation (land, lakes,
 * rivers, borders and the crossings), as the application itself reports it
 * ({@code -Dborderwatch.reportStartup=true}), with the stages on the way. Starts the application in
 * a fresh JVM with the same class path, with software rendering, on the display {@code DISPLAY}
 * names, or else on a private X server of its own ({@code Xvfb}, Debian's {@code xvfb}) that lives
 * as long as the measurement. Without either, nothing is measured and the report says why.
 */
final class FirstFrame {
    private FirstFrame() {
    }

    /**
     * What the child reported.
     *
     * @param firstFrameMs milliseconds from JVM start to the first frame with the situation, or -1
     *                     when none was reported within a minute
     * @param stages       milliseconds from JVM start at each stage, in the order reached
     *                     ({@code main}, {@code map-loaded}, {@code toolkit-up}, {@code window-built},
     *                     {@code stage-shown}, {@code store-opened}, {@code status-loaded},
     *                     {@code first-map-frame}, {@code first-frame}, {@code event-days-loaded},
     *                     {@code events-shown})
     * @param browsingHeapBytes the window's heap in use after a collection, after browsing
     *                     {@value #BROWSE_WARM_UP_DAYS} + {@value #BROWSE_DAYS} days day by day from
     *                     there, or -1
     * @param stepMedianMs the median of the window's {@value #BROWSE_DAYS} timed date changes, from
     *                     the change to the map showing that day with its events, or NaN
     * @param stepP95Ms    their 95th percentile, or NaN
     */
    record Report(long firstFrameMs, long eventsShownMs, long browsingHeapBytes, Map<String, Long> stages,
                  double stepMedianMs, double stepP95Ms, String unmeasured) {
        Report {
            stages = Map.copyOf(stages);
        }

        static Report notMeasured(String why) {
            return new Report(-1, -1, -1, Map.of(), Double.NaN, Double.NaN, why);
        }

        /** Milliseconds from the first frame to the first frame with the window's events, or −1. */
        long eventsAfterFirstFrameMs() {
            return firstFrameMs < 0 || eventsShownMs < 0 ? -1 : eventsShownMs - firstFrameMs;
        }

        /** "main 80 · map-loaded 310 · …", in the order reached. */
        String stagesLine() {
            StringBuilder sb = new StringBuilder();
            stages.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e ->
                    sb.append(sb.length() == 0 ? "" : " · ").append(e.getKey()).append(' ')
                            .append(String.format(Locale.ROOT, "%,d", e.getValue())));
            return sb.toString();
        }
    }

    /** Days the child window browses, one at a time and each timed, before it reports its heap in use. */
    static final int BROWSE_DAYS = 60;
    /**
     * Days it browses before those, untimed: the painting code compiled as after a while in the
     * window, as the bench's own browsing warms up before it measures.
     */
    static final int BROWSE_WARM_UP_DAYS = 60;

    /** The file name of the class-data archive the build writes next to the application jar. */
    static final String ARCHIVE = "borderwatch.jsa";

    /**
     * The class-data archive next to the jar this process runs from ({@code target/borderwatch.jsa},
     * written by {@code mvn package} and used by {@code bin/borderwatch}), or null when this
     * process does not run from a jar or the build has not written one.
     */
    static Path classDataArchive() {
        String cp = System.getProperty("java.class.path");
        if (cp == null || cp.contains(java.io.File.pathSeparator) || !cp.endsWith(".jar")) {
            return null;
        }
        Path archive = Path.of(cp).toAbsolutePath().resolveSibling(ARCHIVE);
        return java.nio.file.Files.isRegularFile(archive) ? archive : null;
    }

    /**
     * Starts the window over {@code db} in a child JVM with {@code -Xmx maxHeap} — with the
     * class-data archive {@code archive} as {@code bin/borderwatch} starts it, or without any
     * (plain {@code java -jar}) when it is null — and reads its report.
     */
    static Report run(Path db, String maxHeap, Path archive) throws Exception {
        String display = System.getenv("DISPLAY");
        if (display != null && !display.isBlank()) {
            return run(db, maxHeap, archive, display);
        }
        try (PrivateDisplay x = PrivateDisplay.start()) {
            if (x == null) {
                return Report.notMeasured("no display: set DISPLAY or install Xvfb (Debian: xvfb) to measure the first frame");
            }
            return run(db, maxHeap, archive, x.name());
        }
    }

    private static Report run(Path db, String maxHeap, Path archive, String display) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + maxHeap);
        cmd.addAll(WholeProcess.LAUNCHER_OPTIONS);
        cmd.addAll(WholeProcess.WINDOW_OPTIONS);
        if (archive != null) {
            cmd.add("-XX:SharedArchiveFile=" + archive);
            cmd.add("-Xshare:auto");
            cmd.add("-Xlog:cds=off");
        }
        cmd.add("-Dborderwatch.reportStartup=true");
        cmd.add("-Dborderwatch.exitAfterEvents=true");
        cmd.add("-Dborderwatch.browseDays=" + BROWSE_DAYS);
        cmd.add("-Dborderwatch.browseWarmUpDays=" + BROWSE_WARM_UP_DAYS);
        cmd.add("-Dborderwatch.test=true");
        // preferences of its own: every child opens on the same day and view, not where the one
        // before it left off (a day 60 days on may have no events in its window)
        Path prefs = Files.createTempDirectory("borderwatch-bench-prefs");
        cmd.add("-Djava.util.prefs.userRoot=" + prefs);
        cmd.add("-Dprism.order=sw");
        if (archive != null) {
            // the archive holds the classes of this jar by its absolute path, as the build ran it
            cmd.add("-jar");
            cmd.add(Path.of(System.getProperty("java.class.path")).toAbsolutePath().toString());
        } else {
            cmd.add("-cp");
            cmd.add(System.getProperty("java.class.path"));
            cmd.add("org.borderwatch.Borderwatch");
        }
        ProcessBuilder pb = WholeProcess.process(cmd).redirectErrorStream(true);
        pb.environment().put("BORDERWATCH_DB", db.toString());
        pb.environment().put("DISPLAY", display);
        Process p = pb.start();
        // a window that never reports is stopped, so the reading below ends
        java.util.concurrent.CompletableFuture.delayedExecutor(3, TimeUnit.MINUTES).execute(p::destroyForcibly);
        long result = -1;
        long events = -1;
        long heap = -1;
        double stepMedian = Double.NaN;
        double stepP95 = Double.NaN;
        Map<String, Long> stages = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("startup-ms ")) {
                    String[] f = line.split(" ");
                    if (f.length >= 3) {
                        stages.putIfAbsent(f[1], Long.parseLong(f[2]));
                    }
                } else if (line.startsWith("first-frame-ms ")) {
                    result = Long.parseLong(line.substring("first-frame-ms ".length()).trim());
                } else if (line.startsWith("events-shown-ms ")) {
                    events = Long.parseLong(line.substring("events-shown-ms ".length()).trim());
                } else if (line.startsWith("browsing-steps-ms ")) {
                    // browsing-steps-ms N p50 X p95 Y max Z
                    String[] f = line.split(" ");
                    if (f.length >= 6) {
                        stepMedian = Double.parseDouble(f[3]);
                        stepP95 = Double.parseDouble(f[5]);
                    }
                } else if (line.startsWith("browsing-heap-bytes ")) {
                    heap = Long.parseLong(line.split(" ")[1]);
                    break;
                }
            }
        } finally {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
            BenchFiles.deleteTree(prefs);
        }
        return new Report(result, events, heap, stages, stepMedian, stepP95, result < 0 ? "the window did not report a first frame within a minute"
                : events < 0 ? "the window did not report its events on the map within a minute"
                : heap < 0 ? "the window did not report its heap after browsing" : null);
    }
}
