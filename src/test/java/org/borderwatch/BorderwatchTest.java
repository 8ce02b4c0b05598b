package org.borderwatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.borderwatch.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the program does with its arguments: the window, a file to open in it, or a command. */
class BorderwatchTest {
    @TempDir
    Path dir;

    @Test
    void aBundleOpenedFromTheFileManagerOpensTheWindowWithIt() throws Exception {
        Path bundle = Files.writeString(dir.resolve("brief.borderwatch"), "{}");
        assertEquals(bundle.toAbsolutePath(), Borderwatch.fileToOpen(new String[] {bundle.toString()}));
        assertEquals(bundle.toAbsolutePath(), Borderwatch.fileToOpen(new String[] {"--db", "x.db", bundle.toString()}));
        assertEquals(bundle.toAbsolutePath(), Borderwatch.fileToOpen(new String[] {"--db=x.db", bundle.toString()}));
    }

    @Test
    void commandsAndWhatIsNoFileStayCommands() throws Exception {
        Files.writeString(dir.resolve("status"), "a file named like a command");
        assertNull(Borderwatch.fileToOpen(new String[] {"status"}), "a command wins over a file of its name");
        assertNull(Borderwatch.fileToOpen(new String[] {dir.resolve("missing.borderwatch").toString()}));
        assertNull(Borderwatch.fileToOpen(new String[] {dir.toString()}), "a folder is not opened");
        assertNull(Borderwatch.fileToOpen(new String[] {"status", "--date", "2023-11-30"}));
        assertNull(Borderwatch.fileToOpen(new String[] {"--help"}));
    }

    @Test
    void aSlideIsPaintedWhereDisplayNamesADisplayThatIsGone() throws Exception {
        Path db = dir.resolve("seed.db");
        Store.openOrCreateSeeded(db).close();
        Path png = dir.resolve("slide.png");
        // as from an SSH session whose X forwarding has ended: no java.awt.headless given, no display there
        ProcessBuilder pb = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Borderwatch.class.getName(), "render", "--db", db.toString(),
                "--date", "2023-11-30", "--view", "finland", "--out", png.toString())).redirectErrorStream(true);
        pb.environment().put("DISPLAY", "127.0.0.1:97");
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        assertEquals(0, p.exitValue(), new String(out, StandardCharsets.UTF_8));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1920, image.getWidth());
        assertEquals(1080, image.getHeight());
    }
}
