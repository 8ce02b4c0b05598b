package org.borderwatch.cli;

import org.borderwatch.geo.MapProjection;
import org.borderwatch.slides.SlideExtent;
import org.locationtech.jts.geom.Envelope;

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

    @Option(names = "--center", paramLabel = "LAT,LON",
            description = "centre the map frame on this WGS84 point (instead of --view's extent), at --scale")
    String center;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "250000",
            description = "with --center: the map frame's scale 1:N on the page (default: ${DEFAULT-VALUE})")
    double scale;

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
        SlidePainter painter = new SlidePainter();
        Slide composed;
        try (SlideDataSource.Opened opened = source.open(store, slideSpec, slideSpec.date())) {
            SlideData data = slide.withLayers(opened.data(), note -> cl.getErr().println("render: " + note));
            if (center != null) {
                slideSpec = atScale(cl, data, painter, slideSpec);
            }
            composed = SlideWriter.writeWithNotes(data, slideSpec, out, painter);
        }
        Path notes = SlideWriter.notesFile(out);
        String what = name.endsWith(".png")
                ? PngSlideWriter.pixelWidth(slideSpec) + "×" + PngSlideWriter.pixelHeight(slideSpec) + " px"
                : slideSize.label();
        cl.getOut().println("wrote " + out + " (" + what + ", " + composed.dateStamp() + ")");
        cl.getOut().println("wrote " + notes + " (its notes: crossings, events and every source in full)");
        return 0;
    }

    /**
     * The spec with an extent centred on {@code --center} whose map frame is at 1:{@code --scale}
     * on the page: the frame's size comes from laying the slide out once, its ground size from the
     * page's physical width.
     */
    private SlideSpec atScale(CommandLine cl, SlideData data, SlidePainter painter, SlideSpec spec) {
        String[] parts = center.split(",");
        double lat;
        double lon;
        try {
            if (parts.length != 2) {
                throw new NumberFormatException();
            }
            lat = Double.parseDouble(parts[0].strip());
            lon = Double.parseDouble(parts[1].strip());
        } catch (NumberFormatException e) {
            throw new CommandLine.ParameterException(cl, "--center must be LAT,LON in decimal degrees, not '" + center + "'");
        }
        if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
            throw new CommandLine.ParameterException(cl, "--center " + center + " is outside −90…90, −180…180");
        }
        if (!(scale >= 1000 && scale <= 50_000_000)) {
            throw new CommandLine.ParameterException(cl, "--scale must be 1,000…50,000,000, not " + scale);
        }
        org.locationtech.jts.geom.Coordinate c = MapProjection.forward(lon, lat);
        int pw = PngSlideWriter.pixelWidth(spec);
        int ph = PngSlideWriter.pixelHeight(spec);
        SlideSpec first = spec.withExtent(SlideExtent.of(new Envelope(c.x - 1000, c.x + 1000, c.y - 1000, c.y + 1000)));
        java.awt.geom.Rectangle2D frame = painter.layout(data.compose(first), pw, ph).mapFrame();
        double metresPerPixel = scale * spec.size().widthMm() / 1000.0 / pw;
        double halfW = frame.getWidth() * metresPerPixel / 2;
        double halfH = frame.getHeight() * metresPerPixel / 2;
        Envelope around = new Envelope(c.x - halfW, c.x + halfW, c.y - halfH, c.y + halfH);
        SlideSpec at = spec.withExtent(SlideExtent.of(around));
        return slide.title == null || slide.title.isBlank() ? at.withTitle(SlideOptions.titleFor(around)) : at;
    }
}
