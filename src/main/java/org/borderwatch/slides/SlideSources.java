package org.borderwatch.slides;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.borderwatch.domain.CrossingStatus;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SituationData;
import org.borderwatch.domain.Source;

/**
 * Compiles the sources block of a slide: the sources of every status shown (the interval in force
 * at each crossing of the extent) and of every event shown, each once, in the order first cited.
 * A cited id that the snapshot does not hold is kept as a bare entry, so a gap in the data shows.
 */
public final class SlideSources {
    private SlideSources() {
    }

    /** The sources behind {@code crossings} and {@code events}, deduplicated, first-cited order. */
    public static List<Source> compile(SituationData data, List<CrossingStatus> crossings, List<Event> events) {
        Set<String> ids = new LinkedHashSet<>();
        for (CrossingStatus cs : crossings) {
            if (cs.interval() != null) {
                ids.addAll(cs.interval().sourceIds());
            }
        }
        for (Event e : events) {
            ids.addAll(e.sourceIds());
        }
        List<Source> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            Source s = data.source(id);
            out.add(s != null ? s : new Source(id, "(source " + id + " not in the store)", null, null));
        }
        return out;
    }

    /** A short line for a sources block, publisher first so a shortened line still says who: "[F14] ERR News: Title". */
    public static String line(Source s) {
        return "[" + s.id() + "] " + (s.publisher() == null ? "" : s.publisher() + ": ") + s.title();
    }

    /** The full reference for notes: "[F14] Title — publisher — address". */
    public static String reference(Source s) {
        return "[" + s.id() + "] " + s.title() + (s.publisher() == null ? "" : " — " + s.publisher())
                + (s.url() == null ? "" : " — " + s.url());
    }
}
