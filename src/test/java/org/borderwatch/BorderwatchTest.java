package org.borderwatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
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
}
