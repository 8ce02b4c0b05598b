package org.borderwatch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The bench runs commands as {@code bin/borderwatch} does: with the same JVM options for each. */
class LauncherOptionsTest {
    private static final String CLIENT_ONLY = "-XX:TieredStopAtLevel=1";

    @Test
    void theLauncherAndTheBenchRunTheSameCommandsOnTheClientCompiler() throws Exception {
        String script = Files.readString(Path.of("bin", "borderwatch"));
        String options = String.join(" ", WholeProcess.SHORT_COMMAND_OPTIONS);
        assertTrue(script.contains("short_opts=\"" + options + "\""), "bin/borderwatch runs short commands with " + options);
        Matcher m = Pattern.compile("(?m)^\\s*([a-z|-]+)\\) jvm_opts=\"\\$jvm_opts \\$short_opts\"").matcher(script);
        assertTrue(m.find(), "bin/borderwatch names the commands it runs with " + options);
        Set<String> launcher = new TreeSet<>(Arrays.asList(m.group(1).split("\\|")));
        assertEquals(new TreeSet<>(WholeProcess.CLIENT_COMPILER_COMMANDS), launcher);
        assertTrue(Cli.commandNames().containsAll(launcher), "every one is a command: " + launcher);
        Matcher optimising = Pattern.compile("(?m)^\\s*([a-z|-]+)\\) ;;").matcher(script);
        assertTrue(optimising.find(), "bin/borderwatch names the commands that keep the optimising compiler");
        Set<String> longWork = new TreeSet<>(Arrays.asList(optimising.group(1).split("\\|")));
        assertEquals(new TreeSet<>(WholeProcess.OPTIMISING_COMPILER_COMMANDS), longWork);
        // every command is in one list or the other: none falls to the window's options by mistake
        Set<String> both = new TreeSet<>(launcher);
        both.addAll(longWork);
        assertEquals(new TreeSet<>(Cli.commandNames()), both);
        assertTrue(script.contains("window_opts=\"" + String.join(" ", WholeProcess.WINDOW_OPTIONS) + "\""));
        assertTrue(script.contains("-XX:MaxNewSize=64m") && WholeProcess.LAUNCHER_OPTIONS.contains("-XX:MaxNewSize=64m"));
        for (var e : WholeProcess.LAUNCHER_ENVIRONMENT.entrySet()) {
            assertTrue(script.contains(e.getKey() + "=${" + e.getKey() + ":-" + e.getValue() + "}")
                    && script.contains("export " + e.getKey()), "bin/borderwatch sets " + e);
        }
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "bin/borderwatch is a POSIX shell script")
    void theLauncherGivesJavaTheOptionsOfEachCommandAndACollectorNamedInJavaOptsWins(@TempDir Path dir) throws Exception {
        // bin/borderwatch as installed beside a jar, run with a "java" that prints what it was given
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.copy(Path.of("bin", "borderwatch"), bin.resolve("borderwatch"));
        Files.createDirectories(dir.resolve("target"));
        Files.writeString(dir.resolve("target/borderwatch.jar"), "");
        printsItsArguments(Files.createDirectories(dir.resolve("jdk/bin")).resolve("java"), "java");
        assertEquals(List.of("-XX:MaxNewSize=64m", CLIENT_ONLY, "-XX:+UseSerialGC", "-jar"),
                jvmOptions(dir, "", "render", "--date", "2023-11-30"));
        assertEquals(List.of("-XX:MaxNewSize=64m", "-jar"), jvmOptions(dir, "", "export", "--out", "a.json"));
        assertEquals(List.of("-XX:MaxNewSize=64m", CLIENT_ONLY, "-jar"), jvmOptions(dir, ""), "the window");
        assertEquals(List.of("-XX:MaxNewSize=64m", CLIENT_ONLY, "-jar"), jvmOptions(dir, "", "--db", "a.db"), "the window");
        assertEquals(List.of("-XX:MaxNewSize=64m", "-jar"), jvmOptions(dir, "", "copy", "--to", "b.db"));
        assertEquals(List.of("-XX:MaxNewSize=64m", CLIENT_ONLY, "-Xmx256m", "-XX:+UseParallelGC", "-jar"),
                jvmOptions(dir, "-Xmx256m -XX:+UseParallelGC", "status"), "the user's collector, not two");
        assertEquals(List.of("-XX:MaxNewSize=64m", CLIENT_ONLY, "-XX:+UseSerialGC", "-Xmx300m", "-jar"),
                jvmOptions(dir, "-Xmx300m", "import", "a.csv"));
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "the package's borderwatch command is a POSIX shell script")
    void theInstalledCommandRunsTheShortCommandsWithTheSameOptionsAndTheRestThroughTheLauncher(@TempDir Path dir)
            throws Exception {
        // the package's layout under /opt/borderwatch, its command linked from a bin folder
        Path app = dir.resolve("opt/borderwatch");
        Path script = Files.createDirectories(app.resolve("lib/app")).resolve("borderwatch.sh");
        Files.copy(Path.of("src/main/packaging/linux/borderwatch.sh"), script);
        assertTrue(script.toFile().setExecutable(true));
        printsItsArguments(Files.createDirectories(app.resolve("lib/runtime/bin")).resolve("java"), "java");
        printsItsArguments(Files.createDirectories(app.resolve("bin")).resolve("Borderwatch"), "launcher");
        Path command = Files.createSymbolicLink(Files.createDirectories(dir.resolve("usr/bin")).resolve("borderwatch"), script);
        String jsa = "-XX:SharedArchiveFile=" + app.resolve("lib/app/borderwatch.jsa");
        List<String> cds = List.of(jsa, "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-cp",
                app.resolve("lib/app/borderwatch.jar").toString(), "org.borderwatch.Borderwatch");
        List<String> render = new ArrayList<>(List.of("java", "-XX:MaxNewSize=64m", CLIENT_ONLY, "-XX:+UseSerialGC"));
        render.addAll(cds);
        render.addAll(List.of("render", "--date", "2023-11-30"));
        assertEquals(render, run(command, "", "render", "--date", "2023-11-30"));
        List<String> parallel = new ArrayList<>(List.of("java", "-XX:MaxNewSize=64m", CLIENT_ONLY, "-XX:+UseParallelGC"));
        parallel.addAll(cds);
        parallel.add("status");
        assertEquals(parallel, run(command, "-XX:+UseParallelGC", "status"), "the user's collector, not two");
        // the long commands on the runtime's java with the optimising compiler, the window through the launcher
        List<String> export = new ArrayList<>(List.of("java", "-XX:MaxNewSize=64m"));
        export.addAll(cds);
        export.addAll(List.of("export", "--out", "a.json"));
        assertEquals(export, run(command, "", "export", "--out", "a.json"));
        assertEquals(List.of("launcher"), run(command, ""), "the window");
        assertEquals(List.of("launcher", "--db", "a.db"), run(command, "", "--db", "a.db"), "the window");
        // the same short and long commands as bin/borderwatch
        Matcher m = Pattern.compile("(?m)^\\s*([a-z|-]+)\\) (;;|short_opts=\"\" ;;)\\s*$").matcher(Files.readString(script));
        assertTrue(m.find());
        assertEquals(new TreeSet<>(WholeProcess.CLIENT_COMPILER_COMMANDS), new TreeSet<>(Arrays.asList(m.group(1).split("\\|"))));
        assertTrue(m.find());
        assertEquals(new TreeSet<>(WholeProcess.OPTIMISING_COMPILER_COMMANDS), new TreeSet<>(Arrays.asList(m.group(1).split("\\|"))));
    }

    private static void printsItsArguments(Path file, String name) throws Exception {
        Files.writeString(file, "#!/bin/sh\necho \"MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX\"\necho " + name
                + "\nfor a in \"$@\"; do echo \"$a\"; done\n");
        assertTrue(file.toFile().setExecutable(true));
    }

    /** What {@code command ARGS} ran: the program's name and its arguments, after checking the arena setting. */
    private static List<String> run(Path command, String javaOpts, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(command.toString()));
        cmd.addAll(List.of(args));
        return run(cmd, Map.of(), javaOpts);
    }

    /** What {@code cmd} ran, with {@code env} and {@code javaOpts} set, as {@link #run(Path, String, String...)}. */
    private static List<String> run(List<String> cmd, Map<String, String> env, String javaOpts) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(env);
        pb.environment().put("JAVA_OPTS", javaOpts);
        pb.environment().remove("MALLOC_ARENA_MAX");
        Process p = pb.start();
        List<String> out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .lines().toList();
        assertEquals(0, p.waitFor(), String.join("\n", out));
        assertEquals("MALLOC_ARENA_MAX=1", out.get(0));
        return out.subList(1, out.size());
    }

    /** The options {@code bin/borderwatch ARGS} gives java before the jar (checking the jar and the arguments after it). */
    private static List<String> jvmOptions(Path dir, String javaOpts, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("sh", dir.resolve("bin/borderwatch").toString()));
        cmd.addAll(List.of(args));
        List<String> out = run(cmd, Map.of("JAVA_HOME", dir.resolve("jdk").toString()), javaOpts);
        assertEquals("java", out.get(0));
        int jar = out.indexOf("-jar");
        assertEquals(dir.resolve("target/borderwatch.jar").toString(), out.get(jar + 1));
        assertEquals(List.of(args), out.subList(jar + 2, out.size()), "the arguments after the jar");
        return out.subList(1, jar + 1);
    }

    @Test
    void theBenchStartsBorderwatchWithTheLaunchersEnvironmentAndPeersWithTheirOwn() {
        assertEquals("1", WholeProcess.process(WholeProcess.borderwatch("512m", "status")).environment().get("MALLOC_ARENA_MAX"));
        assertEquals(System.getenv("MALLOC_ARENA_MAX"),
                WholeProcess.process(List.of("ogr2ogr", "--version")).environment().get("MALLOC_ARENA_MAX"));
    }

    @Test
    void eachCommandOfTheBenchGetsItsLaunchersOptions() {
        assertTrue(WholeProcess.borderwatch("512m", "render", "--date", "2023-11-30").containsAll(
                List.of(CLIENT_ONLY, "-XX:+UseSerialGC")));
        assertTrue(WholeProcess.borderwatch("512m", "import", "a.csv").contains(CLIENT_ONLY));
        assertFalse(WholeProcess.borderwatch("512m", "export", "--out", "a.json").contains(CLIENT_ONLY));
        assertTrue(WholeProcess.borderwatch("512m").contains(CLIENT_ONLY), "the window");
        assertTrue(WholeProcess.borderwatch("512m", "--db", "a.db").contains(CLIENT_ONLY), "the window");
        assertFalse(WholeProcess.borderwatch("512m", "copy", "--to", "b.db").contains(CLIENT_ONLY));
        assertFalse(WholeProcess.borderwatch("512m").contains("-XX:+UseSerialGC"), "the window keeps G1");
        // options for the JVM come before the program; the command's own arguments after it
        List<String> cmd = WholeProcess.borderwatch("512m", "status", "--date", "2023-11-30");
        assertTrue(cmd.indexOf(CLIENT_ONLY) < cmd.indexOf("status"));
    }
}
