package org.borderwatch.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.borderwatch.geo.BaseMap;
import org.borderwatch.render.MapPainter;
import org.borderwatch.render.MapScene;
import org.borderwatch.render.ViewPreset;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code render}: one map image of a preset view. */
@Command(name = "render", mixinStandardHelpOptions = true, description = "Write one map as an image.")
public final class RenderCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--view", defaultValue = "both", description = "both, finland or poland (default: ${DEFAULT-VALUE})")
    String view;

    @Option(names = "--width", defaultValue = "1920", description = "width in pixels (default: ${DEFAULT-VALUE})")
    int width;

    @Option(names = "--height", defaultValue = "1080", description = "height in pixels (default: ${DEFAULT-VALUE})")
    int height;

    @Option(names = "--out", required = true, description = "output file (.png)")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (width < 16 || height < 16 || width > 16384 || height > 16384) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--width and --height must be 16…16384 pixels");
        }
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".png")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out must end in .png");
        }
        ViewPreset preset = ViewPreset.parse(view);
        BaseMap map = BaseMap.loadBundled();
        var img = new MapPainter().paintImage(MapScene.base(map, preset.viewport(width, height)));
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        File file = out.toFile();
        if (!ImageIO.write(img, "png", file)) {
            throw new IllegalStateException("no PNG writer available");
        }
        spec.commandLine().getOut().println("wrote " + out + " (" + width + "×" + height + ")");
        return 0;
    }
}
