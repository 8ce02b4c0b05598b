package org.borderwatch.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.borderwatch.slides.DeckPlan;
import org.borderwatch.slides.DeckPlanner;
import org.borderwatch.slides.DeckProgress;
import org.borderwatch.slides.DeckRule;
import org.borderwatch.slides.PptxDeckWriter;
import org.borderwatch.slides.SlideData;
import org.borderwatch.slides.SlidePainter;
import org.borderwatch.slides.SlideSize;
import org.borderwatch.slides.SlideSpec;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code slides}: a PowerPoint deck over a date range — a title slide, then one map slide a step. */
@Command(name = "slides", mixinStandardHelpOptions = true,
        description = "Write a deck (.pptx): a title slide, then one map slide per step of a date range.")
public final class SlidesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SlideOptions slide;

    @Mixin
    StoreOptions store;

    @Mixin
    DateStyleOption dates;

    @Option(names = "--from", required = true, paramLabel = "DATE", converter = DateOption.class,
            description = "first day of the range: " + DateOption.FORMS)
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "DATE", converter = DateOption.class,
            description = "last day of the range")
    LocalDate to;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Stepping stepping;

    /** Exactly one of the three ways to step. */
    static final class Stepping {
        @Option(names = "--every", paramLabel = "Nd", description = "a slide every N days, e.g. 7d (or weeks: 2w)")
        String every;

        @Option(names = "--events", description = "a slide per event in the range")
        boolean events;

        @Option(names = "--changes", description = "a slide per day on which a crossing's status changed")
        boolean changes;
    }

    @Option(names = "--skip-unchanged", description = "with --every: leave out steps where nothing changed")
    boolean skipUnchanged;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "output file (.pptx)")
    Path out;

    private final SlideDataSource source;

    /** The command reading the store. */
    public SlidesCommand() {
        this(new StoreSlideData());
    }

    /** The command reading {@code source}. */
    public SlidesCommand(SlideDataSource source) {
        this.source = source;
    }

    @Override
    public Integer call() throws Exception {
        CommandLine cl = spec.commandLine();
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pptx")) {
            throw new CommandLine.ParameterException(cl, "--out must end in .pptx");
        }
        DeckRule rule;
        SlideSpec template;
        try {
            rule = stepping.every != null ? DeckRule.parseStep(stepping.every)
                    : stepping.events ? DeckRule.events() : DeckRule.changes();
            template = slide.spec(from, SlideSize.WIDE, 96);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
        DeckPlan plan;
        try (SlideDataSource.Opened opened = source.open(store, template, to)) {
            SlideData data = slide.withLayers(opened.data(), note -> cl.getErr().println("slides: " + note));
            plan = DeckPlanner.plan(data.situation(), data.events(), template, from, to, rule, skipUnchanged);
            new PptxDeckWriter(new SlidePainter()).write(plan, data, out, new DeckProgress() {
                @Override
                public void slideDone(int done, int total) {
                    // the command line prints only the result
                }

                @Override
                public boolean cancelled() {
                    return Thread.currentThread().isInterrupted();
                }
            });
        }
        cl.getOut().println("wrote " + out + ": a title slide and " + plan.steps().size() + " map slide"
                + (plan.steps().size() == 1 ? "" : "s") + " (" + plan.subtitle() + ")");
        return 0;
    }
}
