package org.borderwatch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A whole process timed as a user meets it: a command of this application in a fresh JVM, as
 * {@code bin/borderwatch} starts it (with the class-data archive next to the jar when there is
 * one, and {@code -Xmx512m}), or another program such as GDAL's {@code ogr2ogr} — wall time from
 * start to exit, and the peak resident set size ({@code VmHWM} of {@code /proc/PID/status}, read
 * every 5 ms while it runs; the last reading before exit, so growth in its final milliseconds may
 * be missed). Linux only for the resident size (NaN elsewhere).
 */
final class WholeProcess {
    /**
     * One run.
     *
     * @param wallMs    milliseconds from start to exit
     * @param peakRssMb peak resident set size in MB, or NaN
     * @param exit      the exit code
     * @param output    standard output and error together
     */
    record Run(double wallMs, double peakRssMb, int exit, String output) {
    }

    /** A line of a run's output and when it came, in milliseconds from the start. */
    record Line(double ms, String text) {
    }

    /**
     * One run whose output was read as it came.
     *
     * @param run   the run (its output: every line)
     * @param lines its lines with the time each came
     */
    record StreamedRun(Run run, List<Line> lines) {
        /** When the first line that {@code test} accepts came, in ms from the start; NaN if none did. */
        double when(java.util.function.Predicate<String> test) {
            for (Line l : lines) {
                if (test.test(l.text())) {
                    return l.ms();
                }
            }
            return Double.NaN;
        }
    }

    private WholeProcess() {
    }

    /** The JVM options {@code bin/borderwatch} and the installed launcher give every run. */
    static final List<String> LAUNCHER_OPTIONS = List.of("-XX:MaxNewSize=64m");
    /** The environment {@code bin/borderwatch} gives every run (one malloc arena, see the script). */
    static final Map<String, String> LAUNCHER_ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "1");
    /**
     * The commands {@code bin/borderwatch} runs on the client compiler alone and with the serial
     * collector ({@link #SHORT_COMMAND_OPTIONS}): those that answer and end in a second or a few.
     */
    static final Set<String> CLIENT_COMPILER_COMMANDS = Set.of("info", "status", "search", "render", "slides", "import",
            "server-init");
    /** The JVM options {@code bin/borderwatch} adds for {@link #CLIENT_COMPILER_COMMANDS}. */
    static final List<String> SHORT_COMMAND_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    /**
     * The commands {@code bin/borderwatch} runs with the optimising compiler and G1, as the JVM
     * chooses: those whose Java loops run for many seconds. Every other first argument (none, a
     * {@code --db}, a file to open) opens the window.
     */
    static final Set<String> OPTIMISING_COMPILER_COMMANDS = Set.of("export", "copy", "bench", "bench-team");
    /** The JVM options {@code bin/borderwatch} and the installed launcher add for the window: the client compiler, G1. */
    static final List<String> WINDOW_OPTIONS = List.of("-XX:TieredStopAtLevel=1");

    /** {@code borderwatch ARGS} as {@code bin/borderwatch} runs it, with at most {@code maxHeap} of heap. */
    static List<String> borderwatch(String maxHeap, String... args) {
        return borderwatch(maxHeap, List.of(), args);
    }

    /** As {@link #borderwatch(String, String...)}, with {@code jvmOptions} added (e.g. a GC log). */
    static List<String> borderwatch(String maxHeap, List<String> jvmOptions, String... args) {
        List<String> cmd = jvm(maxHeap, jvmOptions, args.length == 0 ? "" : args[0]);
        String cp = System.getProperty("java.class.path");
        if (cp.endsWith(".jar") && !cp.contains(java.io.File.pathSeparator)) {
            cmd.add("-jar");
            cmd.add(Path.of(cp).toAbsolutePath().toString());
        } else {
            cmd.add("-cp");
            cmd.add(cp);
            cmd.add("org.borderwatch.Borderwatch");
        }
        cmd.addAll(List.of(args));
        return cmd;
    }

    /**
     * A JVM started as {@code bin/borderwatch} starts one for a run whose first argument is
     * {@code like} (its options, the class-data archive), running {@code mainClass} of this class
     * path with {@code args}: a measurement that runs as that command would.
     */
    static List<String> javaLike(String like, String maxHeap, String mainClass, String... args) {
        List<String> cmd = jvm(maxHeap, List.of(), like);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** The java command with {@code bin/borderwatch}'s options for {@code first}, up to the class path. */
    private static List<String> jvm(String maxHeap, List<String> jvmOptions, String first) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java());
        cmd.add("-Xmx" + maxHeap);
        cmd.addAll(LAUNCHER_OPTIONS);
        cmd.addAll(jvmOptions);
        cmd.addAll(optionsOf(first));
        Path archive = FirstFrame.classDataArchive();
        if (archive != null) {
            cmd.add("-XX:SharedArchiveFile=" + archive);
            cmd.add("-Xshare:auto");
            cmd.add("-Xlog:cds=off");
        }
        return cmd;
    }

    /** The options {@code bin/borderwatch} adds for a run whose first argument is {@code first}. */
    static List<String> optionsOf(String first) {
        if (CLIENT_COMPILER_COMMANDS.contains(first)) {
            return SHORT_COMMAND_OPTIONS;
        }
        return OPTIMISING_COMPILER_COMMANDS.contains(first) ? List.of() : WINDOW_OPTIONS;
    }

    /**
     * A process for {@code command}: with {@code bin/borderwatch}'s environment when it runs
     * Borderwatch ({@link #borderwatch}), a peer's command as it is.
     */
    static ProcessBuilder process(List<String> command) {
        ProcessBuilder pb = new ProcessBuilder(command);
        if (!command.isEmpty() && command.get(0).equals(java())) {
            pb.environment().putAll(LAUNCHER_ENVIRONMENT);
        }
        return pb;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Runs {@code command} (at most ten minutes) and measures it. */
    static Run run(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("borderwatch-bench-run", ".txt");
        try {
            long t0 = System.nanoTime();
            Process p = process(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            double peak = await(p, t0, command);
            double wall = (System.nanoTime() - t0) / 1e6;
            return new Run(wall, peak, p.exitValue(), Files.readString(out));
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** Runs {@code command} (at most ten minutes) and measures it, noting when each line of its output came. */
    static StreamedRun stream(List<String> command) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = process(command).redirectErrorStream(true).start();
        List<Line> lines = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            try (java.io.BufferedReader r = new java.io.BufferedReader(
                    new java.io.InputStreamReader(p.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    lines.add(new Line((System.nanoTime() - t0) / 1e6, line));
                }
            } catch (IOException ended) {
                // the process is gone; what it wrote until then is kept
            }
        }, "bench-output");
        reader.start();
        double peak = await(p, t0, command);
        double wall = (System.nanoTime() - t0) / 1e6;
        reader.join();
        List<Line> all = List.copyOf(lines);
        StringBuilder text = new StringBuilder();
        for (Line l : all) {
            text.append(l.text()).append('\n');
        }
        return new StreamedRun(new Run(wall, peak, p.exitValue(), text.toString()), all);
    }

    /** Waits for {@code p} (started at {@code t0}), at most ten minutes; returns its peak resident size. */
    private static double await(Process p, long t0, List<String> command) throws IOException, InterruptedException {
        Path status = Path.of("/proc", String.valueOf(p.pid()), "status");
        double peak = Double.NaN;
        while (!p.waitFor(5, TimeUnit.MILLISECONDS)) {
            peak = Math.max(Double.isNaN(peak) ? 0 : peak, hwmMb(status));
            if (System.nanoTime() - t0 > TimeUnit.MINUTES.toNanos(10)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not end within ten minutes");
            }
        }
        return peak;
    }

    /** Runs {@code command} {@code times} times: median wall time, largest peak resident size; fails on a non-zero exit. */
    static Run median(List<String> command, int times) throws IOException, InterruptedException {
        double[] wall = new double[times];
        double rss = Double.NaN;
        Run last = null;
        for (int i = 0; i < times; i++) {
            last = run(command);
            if (last.exit() != 0) {
                throw new IOException(String.join(" ", command) + " failed (exit " + last.exit() + "): "
                        + last.output().strip());
            }
            wall[i] = last.wallMs();
            rss = Double.isNaN(rss) ? last.peakRssMb() : Math.max(rss, last.peakRssMb());
        }
        return new Run(BenchStats.of(wall).median(), rss, 0, last.output());
    }

    /** VmHWM of a running process in MB, or 0 when it cannot be read (e.g. it has just ended). */
    private static double hwmMb(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException ended) {
            return 0;
        }
        return 0;
    }

    /** {@code program} as found on the PATH, or null when it is not installed. */
    static Path onPath(String program) {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                Path candidate = Path.of(dir, program);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }
}
