package org.borderwatch.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.borderwatch.geo.BaseMap;
import org.borderwatch.render.EventPainter;
import org.borderwatch.slides.SlideData;
import org.borderwatch.store.OpenOptions;
import org.borderwatch.store.Store;

/**
 * The bench's slide rows ({@link BenchSlides#measure}) measured in a JVM of their own, started as
 * {@code bin/borderwatch} starts the {@code render} and {@code slides} commands: the client
 * compiler alone and the serial collector, the class-data archive. No slide is made otherwise — the
 * commands run so, and the window's composer on the client compiler too — while in the bench's own
 * JVM the optimising compiler spends a core compiling beside the first dozens of slides (a PNG
 * slide's processor time 650 against 410 ms). The child reads the store for reading, as
 * {@code render} does, and prints its rows and notes, one a line, for the bench to take up.
 */
final class SlideRuns {
    private static final String ROW = "slide-row\t";
    private static final String NOTE = "slide-note\t";

    private SlideRuns() {
    }

    /** {@code db dir quick}: measures the slides of the store {@code db}, writing them in {@code dir}. */
    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        Path dir = Path.of(args[1]);
        boolean quick = Boolean.parseBoolean(args[2]);
        BaseMap map = BaseMap.loadBundled();
        BenchTable table = new BenchTable();
        try (Store store = Store.openOrCreateSeeded(db, OpenOptions.reading())) {
            // as the render and slides commands read them: only the attributes slides paint, only
            // the annotations shown on the slides' days
            SlideData slides = new SlideData(store.loadStatusData(), store.eventSource(EventPainter.PAINTED_ATTRIBUTES),
                    map, store.annotationsShown(BenchSlides.DAY, BenchSlides.LAST_DAY), List.of());
            BenchSlides.measure(dir, slides, table, quick);
        }
        PrintStream out = System.out;
        for (BenchTable.Row r : table.rows()) {
            out.println(ROW + String.join("\t", r.what(), Double.toString(r.value()), Double.toString(r.p95()), r.unit(),
                    r.goal(), Boolean.toString(r.met())));
        }
        for (String n : table.notes()) {
            out.println(NOTE + n);
        }
        out.flush();
    }

    /** Runs {@link #main} in a child JVM over {@code db} and adds its rows and notes to {@code table}. */
    static void measure(Path db, Path dir, boolean quick, BenchTable table) throws Exception {
        List<String> cmd = WholeProcess.javaLike("render", "512m", SlideRuns.class.getName(), db.toString(),
                dir.toString(), Boolean.toString(quick));
        Process p = WholeProcess.process(cmd).redirectErrorStream(true).start();
        List<String> other = new ArrayList<>();
        int rows = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith(ROW)) {
                    String[] f = line.substring(ROW.length()).split("\t", -1);
                    table.add(new BenchTable.Row(f[0], Double.parseDouble(f[1]), Double.parseDouble(f[2]), f[3], f[4],
                            Boolean.parseBoolean(f[5]), Double.NaN));
                    rows++;
                } else if (line.startsWith(NOTE)) {
                    table.note(line.substring(NOTE.length()));
                } else {
                    other.add(line);
                }
            }
        } finally {
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
            }
        }
        if (p.exitValue() != 0 || rows == 0) {
            throw new IllegalStateException(String.format(Locale.ROOT, "the slides' JVM ended with %d and %d rows: %s",
                    p.exitValue(), rows, String.join(" | ", other)));
        }
    }
}
