package org.borderwatch.slides;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.borderwatch.domain.Category;
import org.borderwatch.domain.CrossingStatus;
import org.borderwatch.domain.DateText;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Source;
import org.borderwatch.geo.BaseMap;
import org.borderwatch.render.MapLabel;

/**
 * The speaker notes of a deck: for a map slide, the date, the crossings in view with their status
 * and since when (the start of a crossing's record said as such, never as a change), the numbers
 * on its maps with the crossings they stand for, the events
 * of the slide dated as precisely as they are known (beyond {@value #LISTED_EVENTS}, their counts
 * by category and the latest {@value #LISTED_EVENTS}), the slide's footnotes in full with their
 * addresses under the numbers the slide shows, the sources published after the slide's day that
 * it does not cite, and the map data attribution; for the title slide, the plan of the deck.
 * Plain text, one item a line.
 */
public final class DeckNotes {
    /** Events listed one by one in a slide's notes at most. */
    static final int LISTED_EVENTS = 100;

    private DeckNotes() {
    }

    /**
     * Notes of a map slide whose maps carry {@code badges} (its layout's, {@link SlideLayout#badges}):
     * each number with the crossings it stands for in full, as the legend may shorten them.
     */
    public static String forSlide(Slide slide, List<MapLabel> badges) {
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
        if (!badges.isEmpty()) {
            sb.append('\n').append("Numbered on the map:").append('\n');
            for (MapLabel b : badges) {
                sb.append(b.number()).append(' ').append(b.text()).append('\n');
            }
        }
        sb.append('\n');
        if (slide.events().isEmpty()) {
            sb.append("No events in this area in the window.").append('\n');
        } else {
            events(sb, slide, dates);
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
     * The events of the slide: all of them up to {@value #LISTED_EVENTS}; beyond that, how many
     * there are of each category, then the latest {@value #LISTED_EVENTS} (those nearest the
     * slide's day) and the slide's own event wherever it falls — a note of thousands of lines is
     * one nobody reads, and it would make the deck as large as the store's window.
     */
    private static void events(StringBuilder sb, Slide slide, DateText dates) {
        List<Event> all = slide.events();
        if (all.size() <= LISTED_EVENTS) {
            sb.append("Events (").append(all.size()).append("):").append('\n');
            all.forEach(e -> event(sb, slide, dates, e));
            return;
        }
        sb.append(String.format(Locale.ROOT, "Events (%,d; the latest %d listed):", all.size(), LISTED_EVENTS))
                .append('\n');
        Map<Category, Integer> byCategory = new EnumMap<>(Category.class);
        for (Event e : all) {
            byCategory.merge(e.category(), 1, Integer::sum);
        }
        List<String> counts = new ArrayList<>();
        byCategory.forEach((c, n) -> counts.add(String.format(Locale.ROOT, "%s %,d", c.label(), n)));
        sb.append("By category: ").append(String.join(" · ", counts)).append('\n');
        int first = all.size() - LISTED_EVENTS;
        String highlight = slide.highlightEventId();
        for (int i = 0; i < first && highlight != null; i++) {
            if (all.get(i).id().equals(highlight)) {
                event(sb, slide, dates, all.get(i));
                break;
            }
        }
        for (Event e : all.subList(first, all.size())) {
            event(sb, slide, dates, e);
        }
    }

    /** "• Fri 17 Nov 2023 — Vaalimaa closed (this slide) [2]", then its summary. */
    private static void event(StringBuilder sb, Slide slide, DateText dates, Event e) {
        sb.append("• ").append(dates.at(e.date(), e.datePrecision())).append(" — ").append(e.title());
        if (e.id().equals(slide.highlightEventId())) {
            sb.append(" (this slide)");
        }
        sb.append(marks(slide, e.sourceIds())).append('\n');
        if (!e.summary().isEmpty()) {
            sb.append("  ").append(e.summary()).append('\n');
        }
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
