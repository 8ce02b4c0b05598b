package org.borderwatch.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.borderwatch.domain.TimeWindow;
import org.borderwatch.render.UserLayer;
import org.borderwatch.render.ViewPreset;
import org.borderwatch.services.LayerReaders;
import org.borderwatch.slides.Banner;
import org.borderwatch.slides.SlideExtent;
import org.borderwatch.slides.SlideData;
import org.borderwatch.slides.SlideParts;
import org.borderwatch.slides.SlideSize;
import org.borderwatch.slides.SlideSpec;
import org.locationtech.jts.geom.Envelope;
import picocli.CommandLine.Option;

/** The slide options {@code render} and {@code slides} share (a picocli mixin). */
public final class SlideOptions {
    @Option(names = "--view", defaultValue = "both", paramLabel = "VIEW",
            description = "both, finland or poland (default: ${DEFAULT-VALUE})")
    String view;

    @Option(names = "--title", paramLabel = "TEXT", description = "slide title (default: the view's name)")
    String title;

    @Option(names = "--subtitle", paramLabel = "TEXT", description = "line under the title")
    String subtitle;

    @Option(names = "--banner", paramLabel = "TEXT",
            description = "handling banner at top and bottom, e.g. \"UNCLASSIFIED — FOR TRAINING\"")
    String banner;

    @Option(names = "--banner-color", defaultValue = "#2E7D32", paramLabel = "#RRGGBB",
            description = "banner colour (default: ${DEFAULT-VALUE}); its text is black or white, whichever reads better")
    String bannerColor;

    @Option(names = "--window", defaultValue = "30", paramLabel = "DAYS",
            description = "events of the last DAYS days up to the slide's date (default: ${DEFAULT-VALUE})")
    int windowDays;

    @Option(names = "--hide", split = ",", paramLabel = "PART",
            description = "leave out: legend, scale-bar, north-arrow, date-stamp, locator, annotations, sources")
    List<String> hide = new ArrayList<>();

    @Option(names = "--event-labels", description = "write a short title beside each event")
    boolean eventLabels;

    @Option(names = "--layer", paramLabel = "FILE", description = "add a layer file (.gpkg) over the map (repeatable)")
    List<Path> layers = new ArrayList<>();

    /**
     * {@code data} with the layer files of {@code --layer} read and added over its own layers;
     * {@code notes} hears what a reader left out or repaired.
     */
    SlideData withLayers(SlideData data, java.util.function.Consumer<String> notes) throws IOException {
        if (layers.isEmpty()) {
            return data;
        }
        List<UserLayer> all = new ArrayList<>(data.userLayers());
        for (Path layer : layers) {
            UserLayer read = LayerReaders.read(layer);
            read.notes().forEach(notes);
            all.add(read);
        }
        return data.withUserLayers(all);
    }

    /** The spec these options describe, on {@code date} at {@code size}. */
    SlideSpec spec(java.time.LocalDate date, SlideSize size, int dpi) {
        ViewPreset preset = ViewPreset.parse(view);
        String t = title != null && !title.isBlank() ? title : defaultTitle(preset);
        if (windowDays < 1 || windowDays > 3660) {
            throw new IllegalArgumentException("--window must be 1…3660 days, not " + windowDays);
        }
        return new SlideSpec(t, subtitle, date, TimeWindow.lastDays(windowDays), SlideExtent.of(preset), size, dpi,
                parts(), banner == null ? Banner.NONE : Banner.of(banner, bannerColor));
    }

    SlideParts parts() {
        SlideParts p = SlideParts.DEFAULT.withEventLabels(eventLabels);
        for (String part : hide) {
            p = switch (part.strip().toLowerCase(Locale.ROOT)) {
                case "legend" -> p.withLegend(false);
                case "scale-bar" -> p.withScaleBar(false);
                case "north-arrow" -> p.withNorthArrow(false);
                case "date-stamp" -> p.withDateStamp(false);
                case "locator" -> p.withLocatorInset(false);
                case "annotations" -> p.withAnnotations(false);
                case "sources" -> p.withSources(false);
                default -> throw new IllegalArgumentException("--hide: unknown part '" + part + "' (expected legend, "
                        + "scale-bar, north-arrow, date-stamp, locator, annotations or sources)");
            };
        }
        return p;
    }

    /**
     * The title of a map frame of {@code extent} (EPSG:3035 metres) that no preset names: the
     * borders whose views it reaches, else "Border situation".
     */
    static String titleFor(Envelope extent) {
        boolean finland = ViewPreset.FINLAND.extent().intersects(extent);
        boolean poland = ViewPreset.POLAND.extent().intersects(extent);
        if (finland && poland) {
            return defaultTitle(ViewPreset.BOTH);
        }
        return finland ? defaultTitle(ViewPreset.FINLAND) : poland ? defaultTitle(ViewPreset.POLAND) : "Border situation";
    }

    static String defaultTitle(ViewPreset preset) {
        return switch (preset) {
            case BOTH -> "Finland–Russia, Poland–Belarus";
            case FINLAND -> "Finland–Russia border";
            case POLAND -> "Poland–Belarus border";
        };
    }
}
