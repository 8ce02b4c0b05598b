package org.borderwatch.slides;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.DateText;

/**
 * A planned deck: a title slide, then one slide per step, each made from the template spec with
 * the step's date and caption. Made by {@link DeckPlanner}; immutable.
 *
 * @param template the spec every slide starts from (title, extent, parts, banner …)
 * @param from     first day of the range (inclusive)
 * @param to       last day of the range (inclusive)
 * @param rule     how the range was stepped
 * @param steps    the slides after the title slide, in date order
 */
public record DeckPlan(SlideSpec template, LocalDate from, LocalDate to, DeckRule rule, List<DeckStep> steps) {

    public DeckPlan {
        if (template == null || from == null || to == null || rule == null) {
            throw new IllegalArgumentException("a deck plan needs a template, a range and a rule");
        }
        steps = List.copyOf(steps);
    }

    /**
     * The spec of one step's slide: the template on the step's date, the caption as subtitle —
     * shortened at a clause ("; ") or word to the longest subtitle a slide holds, ending in "…"
     * (the notes list every change in full).
     */
    public SlideSpec specFor(DeckStep step) {
        return template.withDate(step.date()).withSubtitle(shortened(step.caption(), SlideSpec.MAX_TITLE));
    }

    static String shortened(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        String head = text.substring(0, max - 1);
        int cut = head.lastIndexOf("; ");
        if (cut < max / 2) {
            cut = head.lastIndexOf(' ');
        }
        return (cut > 0 ? head.substring(0, cut) : head).stripTrailing() + "…";
    }

    /** The deck title: the template's title. */
    public String title() {
        return template.title();
    }

    /** The title slide's subtitle: "16 Nov 2023 – 20 Dec 2023 · one slide per status change · Finland–Russia". */
    public String subtitle() {
        return DateText.current().day(from) + " – " + DateText.current().day(to) + " · " + rule.describe() + " · " + template.extent().label();
    }
}
