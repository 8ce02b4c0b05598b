package org.borderwatch.slides;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.borderwatch.domain.Crossing;
import org.borderwatch.domain.DateText;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventSource;
import org.borderwatch.domain.SituationData;
import org.borderwatch.domain.Status;
import org.borderwatch.domain.StatusInterval;

/**
 * Plans a deck over a date range: which days get a slide and what each slide's subtitle says.
 * Only what lies in the template's extent counts ({@link SlideScope}), so a deck of the Finnish
 * border does not step on a Polish event.
 *
 * <ul>
 *   <li>{@link DeckRule#every}: the start date and every N days after it up to the end date
 *       (the end date itself only when it falls on a step); captioned with the status changes
 *       since the previous slide. With {@code skipUnchanged}, a step is left out when no crossing
 *       changed status and no event happened since the last slide kept.</li>
 *   <li>{@link DeckRule#events}: one slide per event of the range, on its date, captioned with its
 *       title and highlighting it.</li>
 *   <li>{@link DeckRule#changes}: one slide per day on which a crossing's status differs from the
 *       day before, captioned with the changes.</li>
 * </ul>
 * Pure and thread-safe.
 */
public final class DeckPlanner {
    /** Most slides a deck may have (the title slide not counted). */
    public static final int MAX_SLIDES = 500;

    private DeckPlanner() {
    }

    /**
     * Plans the deck of {@code template} from {@code from} to {@code to} (both inclusive).
     *
     * @throws IllegalArgumentException when the range is reversed or the deck would exceed {@value #MAX_SLIDES} slides
     */
    public static DeckPlan plan(SituationData data, SlideSpec template, LocalDate from, LocalDate to, DeckRule rule,
                                boolean skipUnchanged) {
        return plan(data, data, template, from, to, rule, skipUnchanged);
    }

    /**
     * Plans the deck with the crossings and intervals of {@code data} and the events of
     * {@code events}, which is asked for the days between two steps at a time (and, for one slide
     * per event, a month at a time until the deck would be too long), never for the whole range.
     *
     * @throws IllegalArgumentException when the range is reversed or the deck would exceed {@value #MAX_SLIDES} slides
     * @throws org.borderwatch.domain.EventsUnavailableException when the events cannot be read
     */
    public static DeckPlan plan(SituationData data, EventSource events, SlideSpec template, LocalDate from, LocalDate to,
                                DeckRule rule, boolean skipUnchanged) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(events, "events");
        if (from == null || to == null) {
            throw new IllegalArgumentException("a deck needs a start and an end date");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the end date " + to + " is before the start date " + from);
        }
        SlideScope scope = new SlideScope(template.extent().envelope(), data.crossings());
        List<Crossing> crossings = data.crossings().stream().filter(scope::includes).toList();
        List<DeckStep> steps = switch (rule.kind()) {
            case EVERY -> everyN(data, events, scope, crossings, from, to, rule.days(), skipUnchanged);
            case EVENTS -> perEvent(events, scope, from, to);
            case CHANGES -> perChange(data, crossings, from, to);
        };
        return new DeckPlan(template, from, to, rule, steps);
    }

    private static List<DeckStep> everyN(SituationData data, EventSource source, SlideScope scope, List<Crossing> crossings,
                                         LocalDate from, LocalDate to, int days, boolean skipUnchanged) {
        long count = ChronoUnit.DAYS.between(from, to) / days + 1;
        if (count > MAX_SLIDES && !skipUnchanged) {
            throw tooMany(count);
        }
        List<DeckStep> steps = new ArrayList<>();
        LocalDate last = null;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(days)) {
            if (last == null) {
                steps.add(new DeckStep(d, summary(data, crossings, d), null));
                last = d;
                continue;
            }
            String changes = changes(data, crossings, last, d);
            boolean changed = changed(data, crossings, last, d);
            boolean events = skipUnchanged && anyEvent(source, scope, last.plusDays(1), d);
            if (skipUnchanged && !changed && !events) {
                continue;
            }
            String since = DateText.current().dayAndMonth(last);
            String caption = changed ? "Since " + since + ": " + changes
                    : "No change in crossing status since " + since + (changes.isEmpty() ? "" : "; " + changes);
            steps.add(new DeckStep(d, caption, null));
            last = d;
            if (steps.size() > MAX_SLIDES) {
                throw tooMany(steps.size());
            }
        }
        return steps;
    }

    /**
     * Whether an event of the days {@code from} … {@code to} concerns the slides, read a month at a
     * time until the first one (a step of a year over a large import is never read whole).
     */
    private static boolean anyEvent(EventSource source, SlideScope scope, LocalDate from, LocalDate to) {
        for (LocalDate start = from; !start.isAfter(to); start = start.plusMonths(1)) {
            LocalDate end = monthFrom(start, to);
            if (source.eventsBetween(start, end, scope.geoBox()).stream().anyMatch(scope::concerns)) {
                return true;
            }
        }
        return false;
    }

    /** The last day of the month of days starting at {@code start}, or {@code to} when sooner. */
    private static LocalDate monthFrom(LocalDate start, LocalDate to) {
        LocalDate end = start.plusMonths(1).minusDays(1);
        return end.isAfter(to) ? to : end;
    }

    private static List<DeckStep> perEvent(EventSource source, SlideScope scope, LocalDate from, LocalDate to) {
        List<DeckStep> steps = new ArrayList<>();
        for (LocalDate start = from; !start.isAfter(to); start = start.plusMonths(1)) {
            LocalDate end = monthFrom(start, to);
            for (Event e : source.eventsBetween(start, end, scope.geoBox())) {
                if (scope.concerns(e)) {
                    steps.add(new DeckStep(e.date(), e.title(), e.id()));
                }
            }
            if (steps.size() > MAX_SLIDES) {
                // no need to read the rest: the deck is too long already
                throw new IllegalArgumentException("the deck would have more than " + MAX_SLIDES + " slides ("
                        + steps.size() + " events by " + end + "); choose a shorter range or a longer step");
            }
        }
        return steps;
    }

    private static List<DeckStep> perChange(SituationData data, List<Crossing> crossings, LocalDate from, LocalDate to) {
        TreeSet<LocalDate> candidates = new TreeSet<>();
        for (Crossing c : crossings) {
            for (StatusInterval i : data.intervals(c.id())) {
                addIfIn(candidates, i.from(), from, to);
                if (i.until() != null) {
                    addIfIn(candidates, i.until(), from, to);
                }
            }
        }
        List<DeckStep> steps = new ArrayList<>();
        for (LocalDate d : candidates) {
            // a day on which records only start is no change
            if (changed(data, crossings, d.minusDays(1), d)) {
                steps.add(new DeckStep(d, changes(data, crossings, d.minusDays(1), d), null));
            }
        }
        if (steps.size() > MAX_SLIDES) {
            throw tooMany(steps.size());
        }
        return steps;
    }

    private static void addIfIn(TreeSet<LocalDate> set, LocalDate d, LocalDate from, LocalDate to) {
        if (!d.isBefore(from) && !d.isAfter(to)) {
            set.add(d);
        }
    }

    /** True when a crossing's known status on {@code after} differs from its known status on {@code before}. */
    static boolean changed(SituationData data, List<Crossing> crossings, LocalDate before, LocalDate after) {
        for (Crossing c : crossings) {
            Status was = status(data, c, before);
            Status now = status(data, c, after);
            if (was != now && was.isKnown()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Vaalimaa, Niirala: closed (was open); Vartius: closed (was open)", with the crossings whose
     * record starts said as such ("record starts: Bobrowniki open") — never as a change from "no
     * data" — or "" when nothing changed and no record started.
     */
    static String changes(SituationData data, List<Crossing> crossings, LocalDate before, LocalDate after) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        List<String> starts = new ArrayList<>();
        for (Crossing c : crossings) {
            Status was = status(data, c, before);
            Status now = status(data, c, after);
            if (was == now) {
                continue;
            }
            if (!was.isKnown() && now.isKnown()) {
                starts.add(c.name() + " " + now.label().toLowerCase(Locale.ROOT));
            } else {
                String key = now.label().toLowerCase(Locale.ROOT) + " (was " + was.label().toLowerCase(Locale.ROOT) + ")";
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(c.name());
            }
        }
        List<String> parts = new ArrayList<>();
        groups.forEach((change, names) -> parts.add(String.join(", ", names) + ": " + change));
        if (!starts.isEmpty()) {
            parts.add("record starts: " + String.join(", ", starts));
        }
        return String.join("; ", parts);
    }

    /** "Crossings in view: 1 open, 1 restricted, 4 closed". */
    static String summary(SituationData data, List<Crossing> crossings, LocalDate d) {
        if (crossings.isEmpty()) {
            return "No crossings in view";
        }
        Map<Status, Integer> counts = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            counts.put(s, 0);
        }
        for (Crossing c : crossings) {
            counts.merge(status(data, c, d), 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((s, n) -> {
            if (n > 0) {
                parts.add(n + " " + (s == Status.UNKNOWN ? "without data" : s.label().toLowerCase(Locale.ROOT)));
            }
        });
        return "Crossings in view: " + String.join(", ", parts);
    }

    private static Status status(SituationData data, Crossing c, LocalDate d) {
        return data.statusOn(c, d).status();
    }

    private static IllegalArgumentException tooMany(long count) {
        return new IllegalArgumentException("the deck would have " + count + " slides, more than " + MAX_SLIDES
                + "; choose a shorter range or a longer step");
    }
}
