package org.borderwatch.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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
 * a fresh JVM with the same class path, on the real display when {@code DISPLAY} is set, otherwise
 * on JavaFX's headless Monocle platform with software rendering.
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
     *                     {@code stage-shown}, {@code store-opened}, {@code snapshot-loaded},
     *                     {@code first-map-frame}, {@code first-frame})
     */
    record Report(long firstFrameMs, Map<String, Long> stages) {
        Report {
            stages = Map.copyOf(stages);
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

    /** @return milliseconds, or -1 when the child did not report a frame within a minute */
    static long measure(Path db, String maxHeap) throws Exception {
        return run(db, maxHeap).firstFrameMs();
    }

    /** Starts the window over {@code db} in a child JVM with {@code -Xmx maxHeap} and reads its report. */
    static Report run(Path db, String maxHeap) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + maxHeap);
        cmd.add("-Dborderwatch.reportStartup=true");
        cmd.add("-Dborderwatch.exitAfterFirstFrame=true");
        cmd.add("-Dborderwatch.test=true");
        cmd.add("-Dprism.order=sw");
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            cmd.add("-Dglass.platform=Monocle");
            cmd.add("-Dmonocle.platform=Headless");
            cmd.add("-Dheadless.geometry=1920x1080-32");
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("org.borderwatch.Borderwatch");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("BORDERWATCH_DB", db.toString());
        Process p = pb.start();
        long result = -1;
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
                    break;
                }
            }
        } finally {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        return new Report(result, stages);
    }
}
