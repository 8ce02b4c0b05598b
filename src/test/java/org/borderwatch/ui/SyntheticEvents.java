package org.borderwatch.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.borderwatch.domain.Category;
import org.borderwatch.domain.Crossing;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.domain.SituationData;

/**
 * Load-test events: {@code n} events spread evenly over the seed's dates, placed within about
 * 30 km of a random crossing (one in ten without a place), of random category, each citing a
 * seed source and marked {@code synthetic} in its tags and attributes. Deterministic for a seed.
 */
final class SyntheticEvents {
    private SyntheticEvents() {
    }

    static List<Event> generate(SituationData data, int n, long seed) {
        Random r = new Random(seed);
        LocalDate[] range = data.range();
        LocalDate first = LocalDate.of(2021, 8, 1).isAfter(range[0]) ? LocalDate.of(2021, 8, 1) : range[0];
        long days = range[1].toEpochDay() - first.toEpochDay() + 1;
        List<Crossing> crossings = data.crossings();
        String source = data.sources().keySet().iterator().next();
        Category[] categories = Category.values();
        List<Event> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Crossing c = crossings.get(r.nextInt(crossings.size()));
            LocalDate d = first.plusDays((long) (r.nextDouble() * days));
            GeoPoint at = r.nextInt(10) == 0 ? null : new GeoPoint(
                    clamp(c.location().lat() + r.nextGaussian() * 0.15, -90, 90),
                    clamp(c.location().lon() + r.nextGaussian() * 0.3, -180, 180));
            Category cat = categories[r.nextInt(categories.length)];
            out.add(new Event("synthetic-" + i, d, DatePrecision.DAY, "Synthetic " + cat.label().toLowerCase() + " near " + c.name(),
                    "Load-test event " + i + ".", cat, c.border(), null, at, c.name(), List.of(source),
                    List.of("synthetic"), Map.of("generator", "SyntheticEvents")));
        }
        return out;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
