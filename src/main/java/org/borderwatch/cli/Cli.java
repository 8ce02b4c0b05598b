package org.borderwatch.cli;

import java.io.PrintWriter;
import org.borderwatch.bench.BenchCommand;
import org.borderwatch.bench.TeamBenchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code borderwatch} command and its subcommands. */
@Command(name = "borderwatch", mixinStandardHelpOptions = true, version = "Borderwatch 0.1.0",
        description = "Situation viewer for the Finnish–Russian and Polish–Belarusian borders. "
                + "Without a command, opens the window.",
        subcommands = {InfoCommand.class, StatusCommand.class, SearchCommand.class, ImportCommand.class,
                ExportCommand.class, RenderCommand.class, SlidesCommand.class, CopyCommand.class, ServerInitCommand.class,
                BenchCommand.class, TeamBenchCommand.class})
public final class Cli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The names of the commands ({@code info}, {@code status} …). */
    public static java.util.Set<String> commandNames() {
        return new CommandLine(new Cli()).getSubcommands().keySet();
    }

    /** Runs a command line and returns its exit code (0 ok, 1 failure, 2 usage). */
    public static int run(String... args) {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
    }

    /**
     * The configured command line, writing to the given streams (tests pass their own) through
     * {@link TerminalText}: text from files and the store is shown, never obeyed by the terminal.
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Cli());
        cl.setOut(new PrintWriter(TerminalText.filter(out), true));
        cl.setErr(new PrintWriter(TerminalText.filter(err), true));
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF)); // help text is plain
        // a usage error is one line with the reason, and where to read the options
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println("borderwatch " + cmd.getCommandName() + ": " + ex.getMessage()
                    + " (see: borderwatch " + cmd.getCommandName() + " --help)");
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("borderwatch " + cmd.getCommandName() + ": " + Failure.reason(ex));
            return 1;
        });
        return cl;
    }
}
