package org.borderwatch.slides;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.borderwatch.domain.CrossingStatus;
import org.borderwatch.domain.DateText;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Source;
import org.borderwatch.geo.BaseMap;

/**
 * The speaker notes of a deck: for a map slide, the date, the crossings in view with their status
 * and since when (the start of a crossing's record said as such, never as a change), every event
 * of the slide dated as precisely as it is known, the slide's footnotes in full with their
 * addresses under the numbers the slide shows, the sources published after the slide's day that
 * it does not cite, and the map data attribution; for the title slide, the plan of the deck.
 * Plain text, one item a line.
 */
public final class DeckNotes {
    private DeckNotes() {
    }

    /** Notes of a map slide. */
    public static String forSlide(Slide slide) {
        DateText dates = DateText.current();
        StringBuilder sb = new StringBuilder();
        sb.append(slide.dateStamp()).append(" — ").append(slide.spec().extent().label()).append('\n');
        sb.append(slide.windowLabel()).append('\n');
        if (!slide.spec().subtitle().isEmpty()) {
            sb.append(slide.spec().subtitle()).append('\n');
        }
        sb.append('\n').append("Crossings in view:").append('\n');
        if (slide.crossings().isEmpty()) {
            sb.append("• none").append('\n');
        }
        for (CrossingStatus cs : slide.crossings()) {
            sb.append("• ").append(statusLine(cs)).append(marks(slide, cs.interval() == null ? List.of()
                    : cs.interval().sourceIds())).append('\n');
        }
        sb.append('\n');
        if (slide.events().isEmpty()) {
            sb.append("No events in this area in the window.").append('\n');
        } else {
            sb.append("Events (").append(slide.events().size()).append("):").append('\n');
            for (Event e : slide.events()) {
                sb.append("• ").append(dates.at(e.date(), e.datePrecision())).append(" — ").append(e.title());
                if (e.id().equals(slide.highlightEventId())) {
                    sb.append(" (this slide)");
                }
                sb.append(marks(slide, e.sourceIds())).append('\n');
                if (!e.summary().isEmpty()) {
                    sb.append("  ").append(e.summary()).append('\n');
                }
            }
        }
        sb.append('\n').append("Sources cited on this slide (published by ").append(dates.day(slide.spec().date()))
                .append("):").append('\n');
        if (slide.sources().isEmpty()) {
            sb.append("none").append('\n');
        }
        for (int i = 0; i < slide.sources().size(); i++) {
            sb.append(SlideSources.reference(i + 1, slide.sources().get(i))).append('\n');
        }
        if (!slide.furtherSources().isEmpty()) {
            sb.append('\n').append("Further sources of the same facts:").append('\n');
            for (Source s : slide.furtherSources()) {
                sb.append("• ").append(SlideSources.unnumberedReference(s)).append('\n');
            }
        }
        if (!slide.laterSources().isEmpty()) {
            sb.append('\n').append("Not cited: published after ").append(dates.day(slide.spec().date()))
                    .append(", so not known on this day:").append('\n');
            for (Source s : slide.laterSources()) {
                sb.append("• ").append(SlideSources.unnumberedReference(s)).append('\n');
            }
        }
        sb.append('\n').append(BaseMap.ATTRIBUTION);
        return sb.toString();
    }

    /**
     * "Vaalimaa (Finland–Russia): closed since Sat 18 Nov 2023 (was open)", "… open (record starts
     * Sun 1 Aug 2021)", "… no data".
     */
    static String statusLine(CrossingStatus cs) {
        StringBuilder sb = new StringBuilder(cs.crossing().name()).append(" (").append(cs.crossing().border().label())
                .append("): ").append(cs.status().label().toLowerCase(Locale.ROOT));
        if (cs.interval() != null) {
            String since = DateText.current().dayWithWeekday(cs.since());
            if (cs.recordStart()) {
                sb.append(" (record starts ").append(since).append(')');
            } else {
                sb.append(" since ").append(since).append(" (was ").append(cs.before().label().toLowerCase(Locale.ROOT))
                        .append(')');
            }
        }
        return sb.toString();
    }

    /** " [2] [5]" — the slide's footnote numbers of {@code ids}, or a note when none was published by the day. */
    private static String marks(Slide slide, List<String> ids) {
        List<String> marks = new ArrayList<>();
        boolean later = false;
        for (String id : ids) {
            int n = slide.footnote(id);
            if (n > 0) {
                String m = "[" + n + "]";
                if (!marks.contains(m)) {
                    marks.add(m);
                }
            } else {
                later = true;
            }
        }
        if (marks.isEmpty()) {
            return ids.isEmpty() ? "" : later ? " (sources published later only)" : "";
        }
        return " " + String.join(" ", marks);
    }

    /** Notes of the title slide: range, rule and the list of slides. */
    public static String forTitle(DeckPlan plan) {
        StringBuilder sb = new StringBuilder();
        sb.append(plan.title()).append('\n').append(plan.subtitle()).append('\n').append('\n');
        if (plan.steps().isEmpty()) {
            sb.append("No slides: nothing in this area matched the rule in the range.");
            return sb.toString();
        }
        sb.append("Slides:").append('\n');
        int n = 2;
        for (DeckStep step : plan.steps()) {
            sb.append(n++).append(". ").append(DateText.current().dayWithWeekday(step.date()));
            if (!step.caption().isEmpty()) {
                sb.append(" — ").append(step.caption());
            }
            sb.append('\n');
        }
        return sb.toString().stripTrailing();
    }
}
