package org.borderwatch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.cli.Cli;
import org.junit.jupiter.api.Test;

/** The bench runs commands as {@code bin/borderwatch} does: with the same JVM options for each. */
class LauncherOptionsTest {
    private static final String CLIENT_ONLY = "-XX:TieredStopAtLevel=1";

    @Test
    void theLauncherAndTheBenchRunTheSameCommandsOnTheClientCompiler() throws Exception {
        String script = Files.readString(Path.of("bin", "borderwatch"));
        String options = String.join(" ", WholeProcess.SHORT_COMMAND_OPTIONS);
        Matcher m = Pattern.compile("(?m)^\\s*([a-z|-]+)\\) jvm_opts=\"\\$jvm_opts " + Pattern.quote(options) + "\"")
                .matcher(script);
        assertTrue(m.find(), "bin/borderwatch names the commands it runs with " + options);
        Set<String> launcher = new TreeSet<>(Arrays.asList(m.group(1).split("\\|")));
        assertEquals(new TreeSet<>(WholeProcess.CLIENT_COMPILER_COMMANDS), launcher);
        assertTrue(Cli.commandNames().containsAll(launcher), "every one is a command: " + launcher);
        for (String longWork : List.of("export", "copy", "bench", "bench-team")) {
            assertFalse(launcher.contains(longWork), longWork + " keeps the optimising compiler");
        }
        assertTrue(script.contains("-XX:MaxNewSize=64m") && WholeProcess.LAUNCHER_OPTIONS.contains("-XX:MaxNewSize=64m"));
        for (var e : WholeProcess.LAUNCHER_ENVIRONMENT.entrySet()) {
            assertTrue(script.contains(e.getKey() + "=${" + e.getKey() + ":-" + e.getValue() + "}")
                    && script.contains("export " + e.getKey()), "bin/borderwatch sets " + e);
        }
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
        assertFalse(WholeProcess.borderwatch("512m").contains(CLIENT_ONLY), "the window");
        assertFalse(WholeProcess.borderwatch("512m").contains("-XX:+UseSerialGC"), "the window keeps G1");
        // options for the JVM come before the program; the command's own arguments after it
        List<String> cmd = WholeProcess.borderwatch("512m", "status", "--date", "2023-11-30");
        assertTrue(cmd.indexOf(CLIENT_ONLY) < cmd.indexOf("status"));
    }
}
