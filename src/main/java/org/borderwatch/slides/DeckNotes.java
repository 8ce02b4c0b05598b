package org.borderwatch.slides;

import org.borderwatch.domain.DateText;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Source;
import org.borderwatch.geo.BaseMap;

/**
 * The speaker notes of a deck: for a map slide, the date, the crossings in view with their
 * status, every event of the slide with its full sources, and the map data attribution; for the
 * title slide, the plan of the deck. Plain text, one item a line.
 */
public final class DeckNotes {

    private DeckNotes() {
    }

    /** Notes of a map slide. */
    public static String forSlide(Slide slide) {
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
        for (String line : slide.crossingLines()) {
            sb.append("• ").append(line).append('\n');
        }
        sb.append('\n');
        if (slide.events().isEmpty()) {
            sb.append("No events in this area in the window.").append('\n');
        } else {
            sb.append("Events (").append(slide.events().size()).append("):").append('\n');
            for (Event e : slide.events()) {
                sb.append("• ").append(DateText.current().dayWithWeekday(e.date())).append(" — ").append(e.title());
                if (e.id().equals(slide.highlightEventId())) {
                    sb.append(" (this slide)");
                }
                sb.append('\n');
                if (!e.summary().isEmpty()) {
                    sb.append("  ").append(e.summary()).append('\n');
                }
                for (String id : e.sourceIds()) {
                    sb.append("  Source ").append(reference(slide, id)).append('\n');
                }
            }
        }
        sb.append('\n').append("All sources on this slide:").append('\n');
        for (Source s : slide.sources()) {
            sb.append(SlideSources.reference(s)).append('\n');
        }
        sb.append(BaseMap.ATTRIBUTION);
        return sb.toString();
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

    private static String reference(Slide slide, String id) {
        for (Source s : slide.sources()) {
            if (s.id().equals(id)) {
                return SlideSources.reference(s);
            }
        }
        return "[" + id + "]";
    }
}
