package org.borderwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.borderwatch.geo.MapProjection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/** A slide centred on a place names the border it shows, not both. */
class CenteredRenderTest {
    @TempDir
    Path dir;

    private static Envelope around(double lat, double lon) {
        Coordinate c = MapProjection.forward(lon, lat);
        return new Envelope(c.x - 30_000, c.x + 30_000, c.y - 20_000, c.y + 20_000);
    }

    @Test
    void aFrameNamesTheBordersItReaches() {
        assertEquals("Finland–Russia border", SlideOptions.titleFor(around(60.5976, 27.8597)));
        assertEquals("Poland–Belarus border", SlideOptions.titleFor(around(53.6494, 23.7994)));
        assertEquals("Border situation", SlideOptions.titleFor(around(40.4, -3.7)));
    }

    @Test
    void aSlideAtVaalimaaIsTitledWithTheFinnishBorderOnly() throws Exception {
        Path db = dir.resolve("store.db");
        Path svg = dir.resolve("vaalimaa.svg");
        StringWriter err = new StringWriter();
        int exit = Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err)).execute("render",
                "--db", db.toString(), "--create", "--center", "60.5976,27.8597", "--scale", "250000",
                "--date", "2023-11-30", "--out", svg.toString());
        assertEquals(0, exit, err.toString());
        String text = Files.readString(svg);
        assertTrue(text.contains("Finland–Russia"), "the title names the border in view");
        assertFalse(text.contains("Poland–Belarus"), "and not the one 800 km away");
    }
}
