package org.borderwatch.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.borderwatch.slides.PngSlideWriter;
import org.borderwatch.slides.Slide;
import org.borderwatch.slides.SlideData;
import org.borderwatch.slides.SlidePainter;
import org.borderwatch.slides.SlideSize;
import org.borderwatch.slides.SlideSpec;
import org.borderwatch.slides.SlideWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code render}: one map slide of the situation on a date, as PNG, SVG or PDF. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Write one map slide of the situation on a date (.png, .svg or .pdf).")
public final class RenderCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SlideOptions slide;

    @Mixin
    StoreOptions store;

    @Mixin
    DateStyleOption dates;

    @Option(names = "--date", paramLabel = "DATE", converter = DateOption.class,
            description = "the day shown: " + DateOption.FORMS + " (default: today)")
    LocalDate date;

    @Option(names = "--size", defaultValue = "16x9", paramLabel = "SIZE",
            description = "16x9 (1920 × 1080), 4x3, a4 or a3 landscape (default: ${DEFAULT-VALUE})")
    String size;

    @Option(names = "--width", paramLabel = "PX", description = "PNG width in pixels (with --height; any size)")
    Integer width;

    @Option(names = "--height", paramLabel = "PX", description = "PNG height in pixels (with --width)")
    Integer height;

    @Option(names = "--dpi", defaultValue = "200", paramLabel = "DPI",
            description = "resolution of a PNG of a4 or a3 (default: ${DEFAULT-VALUE})")
    int dpi;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "output file: .png, .svg or .pdf")
    Path out;

    private final SlideDataSource source;

    /** The command reading the store. */
    public RenderCommand() {
        this(new StoreSlideData());
    }

    /** The command reading {@code source}. */
    public RenderCommand(SlideDataSource source) {
        this.source = source;
    }

    @Override
    public Integer call() throws Exception {
        CommandLine cl = spec.commandLine();
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".png") || name.endsWith(".svg") || name.endsWith(".pdf"))) {
            throw new CommandLine.ParameterException(cl, "--out must end in .png, .svg or .pdf");
        }
        if ((width == null) != (height == null)) {
            throw new CommandLine.ParameterException(cl, "give --width and --height together");
        }
        SlideSize slideSize;
        try {
            slideSize = width != null ? SlideSize.pixels(width, height) : SlideSize.parse(size);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
        SlideSpec slideSpec;
        try {
            slideSpec = slide.spec(date != null ? date : LocalDate.now(), slideSize, dpi);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
        SlideData data = slide.withLayers(source.load(store.path()));
        Slide composed = data.compose(slideSpec);
        SlidePainter painter = new SlidePainter();
        SlideWriter writer = SlideWriter.forFile(out, painter);
        writer.write(composed, out);
        String what = writer instanceof PngSlideWriter
                ? PngSlideWriter.pixelWidth(slideSpec) + "×" + PngSlideWriter.pixelHeight(slideSpec) + " px"
                : slideSize.label();
        cl.getOut().println("wrote " + out + " (" + what + ", " + composed.dateStamp() + ")");
        return 0;
    }
}
