package org.borderwatch.slides;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.domain.CrossingStatus;
import org.borderwatch.domain.DateText;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SituationData;
import org.borderwatch.domain.Source;

/**
 * What a slide cites: for every status it shows (the interval in force at each crossing of the
 * extent) and every event it shows, its first source (in the data's order, the curator's) that was
 * published on or before the slide's day — one source per fact keeps the footnotes few enough to
 * read; the notes list the further sources of the same facts. Each source is cited once, in the
 * order first cited. A source published later (a 2025 report of a 2021
 * closure) is not cited on the slide: the slide tells what was known on its day; its notes say that
 * later sources exist. A source whose date is not known, or known only to a month or year that
 * contains the day, is cited with the date as far as it is known ("Nov 2023", "undated"), so the
 * reader can judge. A cited id the snapshot does not hold is kept as an entry saying so.
 *
 * <p>On the slide the cited sources are numbered footnotes, "[1] Yle, 17 Nov 2023"; the speaker
 * notes give each in full with its address, under the same number.
 */
public final class SlideSources {
    private SlideSources() {
    }

    /**
     * The sources of a slide, split by their date and role.
     *
     * @param cited   one source per fact shown, published on or before the day (or not known to be
     *                later), first-cited order: the slide's footnotes
     * @param further the other sources of the same facts published by the day, first-cited order
     * @param later   the sources of the same facts known to be published after the day
     */
    public record Split(List<Source> cited, List<Source> further, List<Source> later) {
        public Split {
            cited = List.copyOf(cited);
            further = List.copyOf(further);
            later = List.copyOf(later);
        }
    }

    /** The sources behind {@code crossings} and {@code events} on {@code day} (see the class comment). */
    public static Split compile(SituationData data, List<CrossingStatus> crossings, List<Event> events, LocalDate day) {
        List<List<String>> facts = new ArrayList<>();
        for (CrossingStatus cs : crossings) {
            if (cs.interval() != null) {
                facts.add(cs.interval().sourceIds());
            }
        }
        for (Event e : events) {
            facts.add(e.sourceIds());
        }
        Map<String, Source> cited = new LinkedHashMap<>();
        Map<String, Source> further = new LinkedHashMap<>();
        Map<String, Source> later = new LinkedHashMap<>();
        for (List<String> ids : facts) {
            boolean first = true;
            for (String id : ids) {
                Source s = data.source(id);
                if (s == null) {
                    s = new Source(id, "(source " + id + " is not in the store)", null, null);
                } else if (Boolean.FALSE.equals(s.publishedBy(day))) {
                    later.putIfAbsent(id, s);
                    continue;
                }
                if (first) {
                    cited.putIfAbsent(id, s);
                    first = false;
                } else {
                    further.putIfAbsent(id, s);
                }
            }
        }
        cited.keySet().forEach(further::remove);
        return new Split(new ArrayList<>(cited.values()), new ArrayList<>(further.values()), new ArrayList<>(later.values()));
    }

    /** Where a deck's slides give their sources in full. */
    public static final String SPEAKER_NOTES = "the speaker notes";
    /** What the last line of a deck slide's sources block says of the footnotes it has no room for. */
    public static final String MORE = more(SPEAKER_NOTES);

    /** What the last line of a sources block says of the footnotes it has no room for, given {@code where} they are in full. */
    public static String more(String where) {
        return "in full in " + where;
    }

    /** "17 Nov 2023", "Nov 2023", "2023" or "undated": a source's date as far as it is known. */
    public static String date(Source s) {
        return s.published() == null ? "undated" : DateText.current().at(s.published().date(), s.published().precision());
    }

    /**
     * The footnote on the slide: "[1] Yle, 17 Nov 2023" (the title stands in for a missing
     * publisher). The number and the date are held together by no-break spaces, so a footnote
     * broken over two lines never splits them.
     */
    public static String footnote(int number, Source s) {
        String who = s.publisher() != null ? s.publisher() : s.title();
        return "[" + number + "]\u00A0" + who + ", " + date(s).replace(' ', '\u00A0');
    }

    /** The full reference for notes: "[1] Title — Yle, 17 Nov 2023 — address". */
    public static String reference(int number, Source s) {
        return "[" + number + "] " + s.title() + " — " + (s.publisher() == null ? "" : s.publisher() + ", ") + date(s)
                + (s.url() == null ? "" : " — " + s.url()) + (s.archiveUrl() == null ? "" : " (archived: " + s.archiveUrl() + ")");
    }

    /** A source listed in notes without a footnote number: "Title — Yle, 12 Mar 2025 — address". */
    public static String unnumberedReference(Source s) {
        return s.title() + " — " + (s.publisher() == null ? "" : s.publisher() + ", ") + date(s)
                + (s.url() == null ? "" : " — " + s.url());
    }
}
